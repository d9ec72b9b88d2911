package org.newsledger.core.nlp;

import java.util.List;
import org.newsledger.core.CharSpan;
import org.newsledger.core.text.Paragraph;

/**
 * The text a backend sees when it analyzes a whole article in one call: same length and offsets as
 * the original, chars outside paragraphs blanked, and a line break between two paragraphs that
 * share a line ("BRUSSELS (Reuters) - The EU said"), so no sentence can span two paragraphs.
 */
final class ParagraphText {

  private ParagraphText() {}

  /**
   * The masked text, or null when two paragraphs touch with no char between them to break on, or
   * are not in text order.
   */
  static String of(String text, List<Paragraph> paragraphs) {
    char[] chars = text.toCharArray();
    int previousEnd = 0;
    for (int p = 0; p < paragraphs.size(); p++) {
      CharSpan span = paragraphs.get(p).span();
      if (span.begin() < previousEnd || (p > 0 && span.begin() == previousEnd)) {
        return null;
      }
      boolean lineBreak = blank(chars, previousEnd, span.begin());
      if (p > 0 && !lineBreak) {
        chars[previousEnd] = '\n';
      }
      previousEnd = span.end();
    }
    blank(chars, previousEnd, chars.length);
    return new String(chars);
  }

  /** Blanks chars {@code begin..end} except line breaks; true when one was among them. */
  private static boolean blank(char[] chars, int begin, int end) {
    boolean lineBreak = false;
    for (int i = begin; i < end; i++) {
      if (chars[i] == '\n' || chars[i] == '\r') {
        lineBreak = true;
      } else {
        chars[i] = ' ';
      }
    }
    return lineBreak;
  }
}
