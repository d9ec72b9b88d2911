package org.newsledger.io;

import static java.util.Objects.requireNonNull;

import org.newsledger.core.Document;

/**
 * One article read, or why it could not be read.
 *
 * @param label where it came from: the path as given, "path:line" for JSON Lines, "stdin"
 * @param document the article, or null on error
 * @param error a one-line message naming the input, or null on success
 */
public record ReadResult(String label, Document document, String error) {

  /** Validates that exactly one of document and error is present. */
  public ReadResult {
    requireNonNull(label, "label is null");
    if ((document == null) == (error == null)) {
      throw new IllegalArgumentException("exactly one of document and error must be set");
    }
  }

  /** A successfully read article. */
  public static ReadResult ok(String label, Document document) {
    return new ReadResult(label, requireNonNull(document, "document is null"), null);
  }

  /** A failure with a one-line message. */
  public static ReadResult failed(String label, String error) {
    return new ReadResult(label, null, requireNonNull(error, "error is null"));
  }

  /** True when a document was read. */
  public boolean isOk() {
    return document != null;
  }
}
