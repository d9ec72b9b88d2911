package org.newsledger.corenlp;

/**
 * The text CoreNLP's tokenizer is given: the same length and offsets as the original, with two
 * pathological shapes defused so its cost stays linear. CoreNLP's lexer rescans a run of
 * non-whitespace for every straight quotation mark, apostrophe or ampersand in it, so such a run
 * costs the square of its length (8,000 quotation marks in a row: 8 s); a stretch without any
 * sentence end becomes one sentence that every later step walks whole. Normal prose is unchanged:
 * both guards only fire far beyond what sentences and words of news text hold.
 */
final class TokenizerText {

  /** Non-whitespace runs longer than this with {@link #MIN_MARKS} marks or more are cut. */
  static final int MAX_MARKED_RUN = 64;

  /** Marks a run must hold before it is cut. */
  static final int MIN_MARKS = 8;

  /** Chars of a cut run between two blanked marks, at least. */
  static final int PIECE = 32;

  /** Chars without '.', '!', '?' or a line break after which a space becomes a line break. */
  static final int MAX_SENTENCE_CHARS = 1_000;

  private TokenizerText() {}

  /** The defused text; {@code text} itself when nothing needed changing. */
  static String of(String text) {
    char[] chars = null;
    int runStart = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || Character.isWhitespace(text.charAt(i))) {
        if (i - runStart > MAX_MARKED_RUN && marks(text, runStart, i) >= MIN_MARKS) {
          chars = chars == null ? text.toCharArray() : chars;
          cut(chars, runStart, i);
        }
        runStart = i + 1;
      }
    }
    int sinceEnd = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = chars == null ? text.charAt(i) : chars[i];
      if (c == '.' || c == '!' || c == '?' || c == '\n' || c == '\r') {
        sinceEnd = 0;
      } else if (++sinceEnd > MAX_SENTENCE_CHARS && Character.isWhitespace(c)) {
        chars = chars == null ? text.toCharArray() : chars;
        chars[i] = '\n';
        sinceEnd = 0;
      }
    }
    return chars == null ? text : new String(chars);
  }

  private static boolean isMark(char c) {
    return c == '"' || c == '\'' || c == '&';
  }

  private static int marks(String text, int begin, int end) {
    int count = 0;
    for (int i = begin; i < end; i++) {
      count += isMark(text.charAt(i)) ? 1 : 0;
    }
    return count;
  }

  /** Blanks a mark at least every {@link #PIECE} chars of the run, so no piece is longer. */
  private static void cut(char[] chars, int begin, int end) {
    int pieceStart = begin;
    for (int i = begin; i < end; i++) {
      if (isMark(chars[i]) && i - pieceStart >= PIECE) {
        chars[i] = ' ';
        pieceStart = i + 1;
      }
    }
  }
}
