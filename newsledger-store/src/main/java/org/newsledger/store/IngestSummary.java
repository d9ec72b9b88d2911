package org.newsledger.store;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The counts of an ingest run, so far or final.
 *
 * @param read articles (and unreadable inputs) met
 * @param added articles stored that copy nothing stored before
 * @param duplicates articles not stored because the same normalized text is stored
 * @param nearDuplicates articles stored and linked to the earlier article they nearly copy
 * @param failures inputs that could not be read, analyzed or stored, with the reason
 */
public record IngestSummary(
    int read, int added, int duplicates, int nearDuplicates, List<Failure> failures) {

  /** Validates and copies the fields. */
  public IngestSummary {
    failures = List.copyOf(failures);
  }

  /** A summary of nothing read yet. */
  public static IngestSummary empty() {
    return new IngestSummary(0, 0, 0, 0, List.of());
  }

  /** Number of failures. */
  public int failed() {
    return failures.size();
  }

  /**
   * One input that was not stored.
   *
   * @param label where it came from ("feed.xml#3", "crawl.warc.gz#12", "folder/a.txt")
   * @param reason a one-line message
   */
  public record Failure(String label, String reason) {

    /** Validates the fields. */
    public Failure {
      requireNonNull(label, "label is null");
      requireNonNull(reason, "reason is null");
    }
  }
}
