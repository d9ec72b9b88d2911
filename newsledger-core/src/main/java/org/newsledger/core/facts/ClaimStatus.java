package org.newsledger.core.facts;

import java.util.Locale;

/** Where a claim stands: who puts it forward and how others treat it. */
public enum ClaimStatus {
  /** Stated by the article itself, with no source. */
  ASSERTED,
  /** Put forward by a named source or an outlet. */
  REPORTED,
  /** A source confirms it. */
  CONFIRMED,
  /** A source denies it. */
  DENIED,
  /** A source was asked and did not confirm it. */
  NOT_CONFIRMED,
  /** A source was asked and did not deny it. */
  NOT_DENIED,
  /** A source declined to comment on it. */
  DECLINED_TO_COMMENT,
  /** Sources disagree about it. */
  DISPUTED,
  /** Presented with a hedge: "reportedly", "allegedly", "is said to". */
  HEDGED;

  /** Lower-case name used in JSON. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
