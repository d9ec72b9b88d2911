package org.newsledger.eval.time;

import java.util.Locale;
import org.newsledger.eval.Prf;

/**
 * TIMEX3 scores in the TempEval-3 style: counts of gold and system expressions, strict (same
 * extent) and relaxed (overlapping extent) matches, and matches with the right value and type.
 */
public record TempEvalScores(
    int files, int gold, int system, int strict, int relaxed, int valueCorrect, int typeCorrect) {

  /** All zero. */
  public static TempEvalScores empty() {
    return new TempEvalScores(0, 0, 0, 0, 0, 0, 0);
  }

  /** The sum of both score sets. */
  public TempEvalScores plus(TempEvalScores o) {
    return new TempEvalScores(
        files + o.files,
        gold + o.gold,
        system + o.system,
        strict + o.strict,
        relaxed + o.relaxed,
        valueCorrect + o.valueCorrect,
        typeCorrect + o.typeCorrect);
  }

  /** Strict-match precision, 0..1. */
  public double strictPrecision() {
    return ratio(strict, system);
  }

  /** Strict-match recall, 0..1. */
  public double strictRecall() {
    return ratio(strict, gold);
  }

  /** Strict-match F1, 0..1. */
  public double strictF1() {
    return f1(strictPrecision(), strictRecall());
  }

  /** Relaxed (overlap) precision, 0..1. */
  public double relaxedPrecision() {
    return ratio(relaxed, system);
  }

  /** Relaxed (overlap) recall, 0..1. */
  public double relaxedRecall() {
    return ratio(relaxed, gold);
  }

  /** Relaxed (overlap) F1, 0..1. */
  public double relaxedF1() {
    return f1(relaxedPrecision(), relaxedRecall());
  }

  /** Share of relaxed matches whose value equals the gold value, 0..1. */
  public double valueAccuracy() {
    return ratio(valueCorrect, relaxed);
  }

  /** Share of relaxed matches whose type equals the gold type, 0..1. */
  public double typeAccuracy() {
    return ratio(typeCorrect, relaxed);
  }

  /** TempEval-3 value F1: relaxed matches with the right value over system and gold counts. */
  public double valueF1() {
    return f1(ratio(valueCorrect, system), ratio(valueCorrect, gold));
  }

  /** A multi-line report for people. */
  public String report() {
    return String.format(
        Locale.ROOT,
        "files %d, gold %d, system %d%n"
            + "strict  P %.3f R %.3f F1 %.3f%n"
            + "relaxed P %.3f R %.3f F1 %.3f%n"
            + "value accuracy %.3f (value F1 %.3f), type accuracy %.3f (on %d relaxed matches)",
        files,
        gold,
        system,
        strictPrecision(),
        strictRecall(),
        strictF1(),
        relaxedPrecision(),
        relaxedRecall(),
        relaxedF1(),
        valueAccuracy(),
        valueF1(),
        typeAccuracy(),
        relaxed);
  }

  private static double ratio(int part, int whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }

  private static double f1(double precision, double recall) {
    return Prf.of(precision, recall).f1();
  }
}
