package org.newsledger.eval.ledger;

import java.util.HashMap;
import java.util.Map;

/** Entropies of a contingency table: gold class -> predicted cluster -> count (natural log). */
final class Entropies {

  private Entropies() {}

  /** H(C) of the gold classes ({@code ofGold}) or H(K) of the predicted clusters. */
  static double of(Map<String, Map<String, Integer>> table, boolean ofGold) {
    Map<String, Integer> totals = totals(table, ofGold);
    double n = totals.values().stream().mapToInt(Integer::intValue).sum();
    double entropy = 0;
    for (int count : totals.values()) {
      entropy -= count / n * Math.log(count / n);
    }
    return entropy;
  }

  /** H(C|K) when {@code ofGold}, else H(K|C). */
  static double conditional(Map<String, Map<String, Integer>> table, boolean ofGold) {
    Map<String, Integer> givenTotals = totals(table, !ofGold);
    double n = givenTotals.values().stream().mapToInt(Integer::intValue).sum();
    double entropy = 0;
    for (Map.Entry<String, Map<String, Integer>> row : table.entrySet()) {
      for (Map.Entry<String, Integer> cell : row.getValue().entrySet()) {
        int given = givenTotals.get(ofGold ? cell.getKey() : row.getKey());
        entropy -= cell.getValue() / n * Math.log((double) cell.getValue() / given);
      }
    }
    return entropy;
  }

  private static Map<String, Integer> totals(
      Map<String, Map<String, Integer>> table, boolean ofGold) {
    Map<String, Integer> totals = new HashMap<>();
    table.forEach(
        (gold, row) ->
            row.forEach(
                (predicted, count) ->
                    totals.merge(ofGold ? gold : predicted, count, Integer::sum)));
    return totals;
  }
}
