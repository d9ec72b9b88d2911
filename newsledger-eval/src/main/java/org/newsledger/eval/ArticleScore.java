package org.newsledger.eval;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * How one article scored against its seed gold.
 *
 * @param counts true positives, false positives (spurious plus wrong speakers), false negatives
 * @param misses one line per error, worded as score_attributions.py words them
 */
public record ArticleScore(Counts counts, List<String> misses) {

  /** Validates and copies the fields. */
  public ArticleScore {
    requireNonNull(counts, "counts is null");
    misses = List.copyOf(misses);
  }
}
