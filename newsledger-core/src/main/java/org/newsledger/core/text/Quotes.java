package org.newsledger.core.text;

import java.util.List;

/**
 * Questions about quotation marks, asked of token text and of the spaces around a token: which
 * marks are quotes, which pair of them points which way. Taggers lose track of curly and clustered
 * marks, so the answers read the text as well as the tags.
 */
public final class Quotes {

  private Quotes() {}

  /**
   * True for a quotation mark, straight, curly or doubled: " “ ” '' `` ‘ ’. The straight apostrophe
   * (') is left out: in news text it is mostly a possessive ("the States'").
   */
  public static boolean isMark(String text) {
    return switch (text) {
      case "\"", "\u201C", "\u201D", "''", "``", "\u2018", "\u2019" -> true;
      default -> false;
    };
  }

  /** True for a single quotation mark: ' ` ‘ ’. */
  public static boolean isSingleMark(String text) {
    return text.equals("'") || text.equals("`") || text.equals("\u2018") || text.equals("\u2019");
  }

  /** True for quotation marks run together with at least one double mark ("’”"). */
  public static boolean isCluster(String text) {
    boolean doubleMark = false;
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      if (c != '"'
          && c != '\''
          && c != '\u201C'
          && c != '\u201D'
          && c != '\u2018'
          && c != '\u2019') {
        return false;
      }
      doubleMark |= c == '"' || c == '\u201C' || c == '\u201D';
    }
    return text.length() > 1 && doubleMark;
  }

  /**
   * True for a double quotation mark that closes: "”" (alone or after single marks, "’”"), or '"'
   * stuck to the word before it and followed by a space or the end of {@code text}.
   */
  public static boolean closesDouble(Token t, String text) {
    String mark = t.text();
    if (mark.endsWith("\u201D") && (mark.length() == 1 || isCluster(mark))) {
      return true;
    }
    return mark.endsWith("\"")
        && (mark.length() == 1 || isCluster(mark))
        && t.begin() > 0
        && !Character.isWhitespace(text.charAt(t.begin() - 1))
        && (t.end() == text.length() || Character.isWhitespace(text.charAt(t.end())));
  }

  /**
   * Which way token {@code i} points as a quotation mark: 1 when it opens, -1 when it closes, 0
   * when it is no quotation mark (or the apostrophe of a plural possessive, see {@link
   * #isPossessiveApostrophe}). A mark with a space on one side only points away from it; otherwise
   * the tag decides ("``" opens). {@code sentenceFirst} is the first token of the sentence holding
   * token {@code i}.
   */
  public static int direction(List<Token> tokens, int i, String text, int sentenceFirst) {
    Token t = tokens.get(i);
    boolean tagged = t.pos().equals("``") || t.pos().equals("''") || isCluster(t.text());
    if (!tagged || isPossessiveApostrophe(tokens, i, text, sentenceFirst)) {
      return 0;
    }
    boolean spaceBefore = t.begin() == 0 || Character.isWhitespace(text.charAt(t.begin() - 1));
    boolean spaceAfter = t.end() >= text.length() || Character.isWhitespace(text.charAt(t.end()));
    if (spaceBefore != spaceAfter) {
      return spaceBefore ? 1 : -1;
    }
    return t.pos().equals("``") ? 1 : -1;
  }

  /**
   * True for the apostrophe of a plural possessive ("the States’ military"): a single mark stuck to
   * a word ending in s, before a space, with no single quotation opened earlier in the sentence
   * (from token {@code sentenceFirst}).
   */
  public static boolean isPossessiveApostrophe(
      List<Token> tokens, int i, String text, int sentenceFirst) {
    Token t = tokens.get(i);
    boolean single = t.text().equals("\u2019") || t.text().equals("'");
    if (!single || i == 0 || t.begin() == 0 || t.end() >= text.length()) {
      return false;
    }
    char before = text.charAt(t.begin() - 1);
    if ((before != 's' && before != 'S') || !Character.isWhitespace(text.charAt(t.end()))) {
      return false;
    }
    for (int j = i - 1; j >= sentenceFirst; j--) {
      String mark = tokens.get(j).text();
      if (mark.equals("\u2018") || mark.equals("`") || mark.equals("'")) {
        return false;
      }
    }
    return true;
  }
}
