package org.newsledger.eval.quantities;

import java.util.Locale;
import org.newsledger.eval.Prf;

/**
 * Counts of a quantity evaluation.
 *
 * @param tp predicted quantities matching a gold one (equal value, overlapping text)
 * @param fp predicted quantities matching none
 * @param fn gold quantities not found
 * @param qualifierCorrect matches whose qualifier equals the gold one
 */
public record QuantityScores(int tp, int fp, int fn, int qualifierCorrect) {

  /** No counts. */
  public static QuantityScores zero() {
    return new QuantityScores(0, 0, 0, 0);
  }

  /** The sum of both. */
  public QuantityScores plus(QuantityScores other) {
    return new QuantityScores(
        tp + other.tp, fp + other.fp, fn + other.fn, qualifierCorrect + other.qualifierCorrect);
  }

  /** tp / (tp + fp), 0 when nothing was predicted. */
  public double precision() {
    return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
  }

  /** tp / (tp + fn), 0 when there is no gold. */
  public double recall() {
    return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
  }

  /** Harmonic mean of precision and recall. */
  public double f1() {
    return Prf.of(precision(), recall()).f1();
  }

  /** Share of matches with the right qualifier, 0 when there is no match. */
  public double qualifierAccuracy() {
    return tp == 0 ? 0 : (double) qualifierCorrect / tp;
  }

  /** "F1 0.889 (P 0.800 R 1.000; tp 4 fp 1 fn 0) qualifier accuracy 1.000 (4/4)". */
  public String summary() {
    return String.format(
        Locale.ROOT,
        "F1 %.3f (P %.3f R %.3f; tp %d fp %d fn %d) qualifier accuracy %.3f (%d/%d)",
        f1(),
        precision(),
        recall(),
        tp,
        fp,
        fn,
        qualifierAccuracy(),
        qualifierCorrect,
        tp);
  }
}
