package org.newsledger.io;

import org.newsledger.core.ArticleMeta;
import org.newsledger.core.CharSpan;
import org.newsledger.core.Diagnostic;
import org.newsledger.core.Document;
import org.newsledger.core.text.Datelines;

/**
 * Builds a document from plain text: the whole text is kept, its first non-blank line is the title
 * unless it is a date line.
 */
final class PlainTextReader {

  static final String STAGE = "reader";

  private PlainTextReader() {}

  /**
   * The document for {@code text}; blank text gives an empty document with an "empty_input" note.
   */
  static Document read(String id, String text, ReadOptions options) {
    ArticleMeta meta = ArticleMeta.of(id);
    CharSpan titleLine = firstLine(text);
    if (titleLine == null) {
      return Document.of(meta, text)
          .withDiagnostic(new Diagnostic("empty_input", "the input holds no text", STAGE, null));
    }
    // A text that opens with its date line (as some archives do) has no headline line.
    if (Datelines.dateOfLine(titleLine.textOf(text)).isEmpty()) {
      meta = meta.withTitle(titleLine.textOf(text), titleLine);
    }
    // A date line in the text is the article's own date; LayoutStage reads it later.
    if (options.published() != null && !hasDateLine(text)) {
      meta = meta.withPublished(options.published());
    }
    return Document.of(meta, text);
  }

  /** Span of the first non-blank line, trimmed, or null when the text is blank. */
  static CharSpan firstLine(String text) {
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
        CharSpan line = trim(text, start, i);
        if (!line.isEmpty()) {
          return line;
        }
        start = i + 1;
      }
    }
    return null;
  }

  private static boolean hasDateLine(String text) {
    return text.lines().anyMatch(line -> Datelines.dateOfLine(line).isPresent());
  }

  private static CharSpan trim(String text, int begin, int end) {
    int b = begin;
    int e = end;
    while (b < e && Character.isWhitespace(text.charAt(b))) {
      b++;
    }
    while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    return new CharSpan(b, e);
  }
}
