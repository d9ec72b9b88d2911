package org.newsledger.eval;

/**
 * Counts of true positives, false positives and false negatives, with precision, recall and F1.
 *
 * @param tp true positives
 * @param fp false positives
 * @param fn false negatives
 */
public record Prf(int tp, int fp, int fn) {

  /** Validates the counts. */
  public Prf {
    if (tp < 0 || fp < 0 || fn < 0) {
      throw new IllegalArgumentException("negative count: tp " + tp + " fp " + fp + " fn " + fn);
    }
  }

  /** All zero. */
  public static Prf zero() {
    return new Prf(0, 0, 0);
  }

  /** Sum of both. */
  public Prf plus(Prf other) {
    return new Prf(tp + other.tp, fp + other.fp, fn + other.fn);
  }

  /** tp / (tp + fp), 0 when nothing was proposed. */
  public double precision() {
    return tp + fp == 0 ? 0.0 : (double) tp / (tp + fp);
  }

  /** tp / (tp + fn), 0 when nothing was expected. */
  public double recall() {
    return tp + fn == 0 ? 0.0 : (double) tp / (tp + fn);
  }

  /** Harmonic mean of precision and recall, 0 when both are 0. */
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }
}
