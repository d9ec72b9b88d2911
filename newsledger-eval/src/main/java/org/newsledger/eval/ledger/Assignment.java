package org.newsledger.eval.ledger;

import java.util.Arrays;

/** Maximum-weight one-to-one assignment (Kuhn-Munkres, O(n³)) for CEAF. */
final class Assignment {

  private Assignment() {}

  /** The largest total weight of a one-to-one matching of rows to columns (weights >= 0). */
  static double maximumWeight(double[][] weights) {
    int rows = weights.length;
    int columns = rows == 0 ? 0 : weights[0].length;
    int n = Math.max(rows, columns);
    if (n == 0) {
      return 0;
    }
    double[][] cost = new double[n + 1][n + 1];
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < columns; j++) {
        cost[i + 1][j + 1] = -weights[i][j];
      }
    }
    int[] match = minimumCostMatching(cost, n);
    double total = 0;
    for (int j = 1; j <= n; j++) {
      if (match[j] >= 1 && match[j] <= rows && j <= columns) {
        total += weights[match[j] - 1][j - 1];
      }
    }
    return total;
  }

  /** For each column 1..n, the row matched to it, with potentials (the e-maxx formulation). */
  private static int[] minimumCostMatching(double[][] cost, int n) {
    double[] u = new double[n + 1];
    double[] v = new double[n + 1];
    int[] match = new int[n + 1];
    int[] way = new int[n + 1];
    for (int row = 1; row <= n; row++) {
      match[0] = row;
      int column = 0;
      double[] minimum = new double[n + 1];
      Arrays.fill(minimum, Double.POSITIVE_INFINITY);
      boolean[] used = new boolean[n + 1];
      do {
        used[column] = true;
        int matchedRow = match[column];
        double delta = Double.POSITIVE_INFINITY;
        int next = 0;
        for (int j = 1; j <= n; j++) {
          if (!used[j]) {
            double reduced = cost[matchedRow][j] - u[matchedRow] - v[j];
            if (reduced < minimum[j]) {
              minimum[j] = reduced;
              way[j] = column;
            }
            if (minimum[j] < delta) {
              delta = minimum[j];
              next = j;
            }
          }
        }
        for (int j = 0; j <= n; j++) {
          if (used[j]) {
            u[match[j]] += delta;
            v[j] -= delta;
          } else {
            minimum[j] -= delta;
          }
        }
        column = next;
      } while (match[column] != 0);
      do {
        int previous = way[column];
        match[column] = match[previous];
        column = previous;
      } while (column != 0);
    }
    return match;
  }
}
