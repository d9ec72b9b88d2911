package org.newsledger.eval;

/**
 * Counts of true positives, false positives and false negatives; their scores are a {@link Prf}.
 *
 * @param tp true positives
 * @param fp false positives
 * @param fn false negatives
 */
public record Counts(int tp, int fp, int fn) {

  /** Validates the counts. */
  public Counts {
    if (tp < 0 || fp < 0 || fn < 0) {
      throw new IllegalArgumentException("negative count: tp " + tp + " fp " + fp + " fn " + fn);
    }
  }

  /** All zero. */
  public static Counts zero() {
    return new Counts(0, 0, 0);
  }

  /** Sum of both. */
  public Counts plus(Counts other) {
    return new Counts(tp + other.tp, fp + other.fp, fn + other.fn);
  }

  /** Precision, recall and F1 of these counts. */
  public Prf prf() {
    return Prf.ofCounts(tp, fp, fn);
  }

  /** tp / (tp + fp), 0 when nothing was proposed. */
  public double precision() {
    return prf().precision();
  }

  /** tp / (tp + fn), 0 when nothing was expected. */
  public double recall() {
    return prf().recall();
  }

  /** Harmonic mean of precision and recall, 0 when both are 0. */
  public double f1() {
    return prf().f1();
  }
}
