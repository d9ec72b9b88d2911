package org.newsledger;

import static java.util.Objects.requireNonNull;

import org.newsledger.core.Document;

/**
 * One article of a batch: analyzed, or the one-line reason it could not be read.
 *
 * @param label where it came from ("a.jsonl:3", "crawl.warc.gz#12", a file name)
 * @param document the analyzed document, or null when the input could not be read
 * @param error the one-line reason, or null when {@code document} is set
 */
public record Outcome(String label, Document document, String error) {

  /** Checks that exactly one of document and error is set. */
  public Outcome {
    requireNonNull(label, "label is null");
    if ((document == null) == (error == null)) {
      throw new IllegalArgumentException("exactly one of document and error must be set");
    }
  }

  /** True when the article was read and analyzed. */
  public boolean isOk() {
    return document != null;
  }

  /** The analysis of the document; throws when the input could not be read. */
  public Analysis analysis() {
    if (document == null) {
      throw new IllegalStateException(label + " was not read: " + error);
    }
    return new Analysis(document);
  }
}
