package org.newsledger.eval;

import static java.util.Objects.requireNonNull;

/**
 * One system's figures on a PolNeAR split.
 *
 * @param system the system's name as printed
 * @param articles articles scored
 * @param failures articles on which the system threw (scored as finding nothing)
 * @param seconds wall-clock time spent in the system's analysis, in seconds
 * @param counts what the system got right
 */
public record PolnearFigures(
    String system, int articles, int failures, double seconds, PolnearCounts counts) {

  /** Validates the fields. */
  public PolnearFigures {
    requireNonNull(system, "system is null");
    requireNonNull(counts, "counts is null");
  }

  /** Content precision, recall and F1 with token overlap &ge; 50%. */
  public Counts content() {
    return counts.content();
  }

  /** Content precision, recall and F1 on exact spans. */
  public Counts exact() {
    return counts.exactContent();
  }

  /** Source accuracy on matched contents whose gold names a source. */
  public double sourceAccuracy() {
    return counts.sourceAccuracy();
  }

  /** Cue accuracy on matched contents. */
  public double cueAccuracy() {
    return counts.cueAccuracy();
  }

  /** Content recall on gold attributions with a speech cue. */
  public double speechCueRecall() {
    return counts.speechRecall();
  }

  /** Articles analyzed per second; 0 when no time was measured. */
  public double articlesPerSecond() {
    return seconds <= 0 ? 0.0 : articles / seconds;
  }
}
