package org.newsledger.eval;

import java.util.Locale;

/**
 * Precision, recall and their harmonic mean, each in 0..1: the one score type of every evaluation.
 *
 * @param precision share of the predicted that is right
 * @param recall share of the gold that is found
 * @param f1 harmonic mean of precision and recall, 0 when both are 0
 */
public record Prf(double precision, double recall, double f1) {

  /** Validates the values. */
  public Prf {
    for (double value : new double[] {precision, recall, f1}) {
      if (!(value >= 0 && value <= 1 + 1e-9)) {
        throw new IllegalArgumentException("not a score in 0..1: " + value);
      }
    }
  }

  /** Scores from precision and recall, F1 computed. */
  public static Prf of(double precision, double recall) {
    double sum = precision + recall;
    return new Prf(precision, recall, sum == 0 ? 0 : 2 * precision * recall / sum);
  }

  /**
   * Scores from counts of true positives, false positives and false negatives; precision is 0 when
   * nothing was proposed, recall 0 when nothing was expected.
   */
  public static Prf ofCounts(int tp, int fp, int fn) {
    return of(
        tp + fp == 0 ? 0.0 : (double) tp / (tp + fp), tp + fn == 0 ? 0.0 : (double) tp / (tp + fn));
  }

  /** "P 0.912 R 0.874 F1 0.893". */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "P %.3f R %.3f F1 %.3f", precision, recall, f1);
  }
}
