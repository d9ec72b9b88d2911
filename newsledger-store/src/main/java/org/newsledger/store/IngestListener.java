package org.newsledger.store;

/** Told after each article of an ingest, e.g. to draw a progress bar. */
@FunctionalInterface
public interface IngestListener {

  /** Called after the article from {@code label} was stored, skipped or failed. */
  void articleDone(String label, IngestSummary soFar);

  /** A listener that ignores every call. */
  static IngestListener none() {
    return (label, soFar) -> {};
  }
}
