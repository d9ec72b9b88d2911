package org.newsledger.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/**
 * String operations that behave as Python 3's do, so the Java scorer prints exactly what
 * score_attributions.py prints: {@code str.split()} white space, {@code \w}, {@code repr} of a list
 * of strings and {@code format(x, ".2f")}.
 */
final class PythonTexts {

  private PythonTexts() {}

  /** True for the code points Python's {@code str.isspace()} accepts. */
  static boolean isSpace(int codePoint) {
    return Character.isWhitespace(codePoint)
        || Character.isSpaceChar(codePoint)
        || codePoint == 0x85;
  }

  /** True for the code points Python's Unicode {@code \w} accepts. */
  static boolean isWord(int codePoint) {
    if (codePoint == '_' || Character.isLetter(codePoint)) {
      return true;
    }
    int type = Character.getType(codePoint);
    return type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  /** {@code " ".join(s.split())}: runs of white space become one space, ends trimmed. */
  static String collapseSpace(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean pendingSpace = false;
    for (int i = 0; i < s.length(); ) {
      int codePoint = s.codePointAt(i);
      i += Character.charCount(codePoint);
      if (isSpace(codePoint)) {
        pendingSpace = out.length() > 0;
      } else {
        if (pendingSpace) {
          out.append(' ');
          pendingSpace = false;
        }
        out.appendCodePoint(codePoint);
      }
    }
    return out.toString();
  }

  /** Lower-cases as {@code str.lower()} does. */
  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  /** Number of code points, as Python's {@code len}. */
  static int length(String s) {
    return s.codePointCount(0, s.length());
  }

  /** The first {@code n} code points, as Python's {@code s[:n]}. */
  static String prefix(String s, int n) {
    if (length(s) <= n) {
      return s;
    }
    return s.substring(0, s.offsetByCodePoints(0, n));
  }

  /** Python's {@code repr} of a list of strings: {@code ['a', "it's"]}. */
  static String repr(List<String> values) {
    StringBuilder out = new StringBuilder("[");
    for (int i = 0; i < values.size(); i++) {
      out.append(i == 0 ? "" : ", ").append(repr(values.get(i)));
    }
    return out.append(']').toString();
  }

  /** Python's {@code repr} of a string: non-printable code points escaped. */
  static String repr(String s) {
    char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
    StringBuilder out = new StringBuilder().append(quote);
    s.codePoints().forEach(codePoint -> out.append(escape(codePoint, quote)));
    return out.append(quote).toString();
  }

  private static String escape(int codePoint, char quote) {
    switch (codePoint) {
      case '\\':
        return "\\\\";
      case '\n':
        return "\\n";
      case '\r':
        return "\\r";
      case '\t':
        return "\\t";
      default:
        break;
    }
    if (codePoint == quote) {
      return "\\" + quote;
    }
    if (isPrintable(codePoint)) {
      return new String(Character.toChars(codePoint));
    }
    String format = codePoint < 0x100 ? "\\x%02x" : codePoint < 0x10000 ? "\\u%04x" : "\\U%08x";
    return String.format(Locale.ROOT, format, codePoint);
  }

  private static boolean isPrintable(int codePoint) {
    if (codePoint == ' ') {
      return true;
    }
    int type = Character.getType(codePoint);
    return type != Character.CONTROL
        && type != Character.FORMAT
        && type != Character.SURROGATE
        && type != Character.PRIVATE_USE
        && type != Character.UNASSIGNED
        && type != Character.LINE_SEPARATOR
        && type != Character.PARAGRAPH_SEPARATOR
        && type != Character.SPACE_SEPARATOR;
  }

  /** Python's {@code format(value, ".Nf")}: the exact binary value rounded half-even. */
  static String fixed(double value, int decimals) {
    return new BigDecimal(value).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
  }
}
