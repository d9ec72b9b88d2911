package org.newsledger.cli.bench;

import java.util.Arrays;

/** Nearest-rank percentiles of measured values. */
public final class Percentiles {

  private Percentiles() {}

  /**
   * The nearest-rank {@code percent} percentile (0 < percent <= 100) of {@code values}: the
   * smallest value with at least that share of values at or below it; 0 for no values.
   */
  public static double of(long[] values, double percent) {
    if (percent <= 0 || percent > 100) {
      throw new IllegalArgumentException("percent must be in (0, 100]: " + percent);
    }
    if (values.length == 0) {
      return 0;
    }
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    // the epsilon keeps 99 % of 100 values at rank 99 despite floating-point rounding
    int rank = (int) Math.ceil(percent * sorted.length / 100.0 - 1e-9);
    return sorted[Math.max(rank, 1) - 1];
  }
}
