package org.newsledger.core.pipeline;

import java.time.Duration;

/**
 * What one article may cost: text beyond {@code maxChars} is not analyzed (a {@code truncated}
 * diagnostic says so), and an analysis still running after {@code timeLimit} stops at the next
 * check (a {@code timed_out} diagnostic; the layers made so far are kept). The time limit is
 * cooperative: it is checked between stages and inside the rule stages' loops over sentences,
 * attributions and claims, not inside one call of the NLP backend.
 *
 * @param maxChars characters (UTF-16 units) analyzed at most; longer text is cut to them
 * @param timeLimit wall-clock time an analysis may take; {@link Duration#ZERO} for none
 */
public record Budget(int maxChars, Duration timeLimit) {

  /** The largest article analyzed whole by default: 1,000,000 characters (about 1 MB). */
  public static final int DEFAULT_MAX_CHARS = 1_000_000;

  /** The default time per article: 5 minutes. */
  public static final Duration DEFAULT_TIME_LIMIT = Duration.ofMinutes(5);

  /** Validates the fields. */
  public Budget {
    if (maxChars < 1) {
      throw new IllegalArgumentException("maxChars must be positive, not " + maxChars);
    }
    if (timeLimit == null || timeLimit.isNegative()) {
      throw new IllegalArgumentException("timeLimit must be zero or positive");
    }
  }

  /** The default budget: {@link #DEFAULT_MAX_CHARS} and {@link #DEFAULT_TIME_LIMIT}. */
  public static Budget defaults() {
    return new Budget(DEFAULT_MAX_CHARS, DEFAULT_TIME_LIMIT);
  }

  /** No limit on either. */
  public static Budget unlimited() {
    return new Budget(Integer.MAX_VALUE, Duration.ZERO);
  }

  /** True when there is a time limit. */
  public boolean timed() {
    return !timeLimit.isZero();
  }
}
