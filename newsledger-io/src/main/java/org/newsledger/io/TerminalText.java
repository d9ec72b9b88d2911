package org.newsledger.io;

/**
 * Text from articles made safe to print on a terminal or in a CSV file: control characters
 * (including the escape that starts an ANSI sequence, and C1 controls) and bidirectional override
 * characters are shown as {@code \\u001b}-style escapes; line breaks and tabs stay.
 */
public final class TerminalText {

  private TerminalText() {}

  /** {@code text} with every unsafe character escaped; {@code text} itself when there is none. */
  public static String escape(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (unsafe(c)) {
        if (out == null) {
          out = new StringBuilder(text.length() + 16).append(text, 0, i);
        }
        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  private static boolean unsafe(char c) {
    boolean control = Character.getType(c) == Character.CONTROL && c != '\n' && c != '\t';
    boolean bidi = (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    return control || bidi;
  }
}
