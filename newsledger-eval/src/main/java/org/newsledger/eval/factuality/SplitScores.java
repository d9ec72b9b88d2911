package org.newsledger.eval.factuality;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * Factuality figures for one split.
 *
 * @param split split name ("meantime", "uw")
 * @param tokens gold event tokens scored
 * @param byEvent tokens an event trigger of newsledger covers
 * @param byClaim tokens a claim's proposition covers
 * @param mae mean absolute error on the [-3, 3] scale
 * @param pearson Pearson correlation, NaN when either side is constant
 */
public record SplitScores(
    String split, int tokens, int byEvent, int byClaim, double mae, double pearson) {

  /** Validates the split name. */
  public SplitScores {
    requireNonNull(split, "split is null");
  }

  /** One line: "uw: 1234 tokens (events 10%, claims 20%) MAE 0.91 r 0.12". */
  public String line() {
    return String.format(
        Locale.ROOT,
        "%s: %d tokens (events %.1f%%, claims %.1f%%) MAE %.3f r %.3f",
        split,
        tokens,
        percent(byEvent),
        percent(byClaim),
        mae,
        pearson);
  }

  private double percent(int count) {
    return tokens == 0 ? 0 : 100.0 * count / tokens;
  }
}
