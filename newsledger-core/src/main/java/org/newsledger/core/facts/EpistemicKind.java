package org.newsledger.core.facts;

import java.util.Locale;

/** A stance a source takes towards a piece of information without asserting it. */
public enum EpistemicKind {
  CONFIRMED,
  DENIED,
  NOT_CONFIRMED,
  NOT_DENIED,
  DECLINED_TO_COMMENT;

  /** Lower-case name used in JSON. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
