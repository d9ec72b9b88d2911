package org.newsledger.core.facts;

import java.util.Locale;

/** How a statement is attributed. */
public enum AttributionKind {
  /** Quoted words. */
  DIRECT,
  /** Reported speech: "X said that ...". */
  INDIRECT,
  /** Reported speech holding quoted fragments. */
  MIXED,
  /** "According to X, ...". */
  ACCORDING_TO,
  /** A report by an outlet or a report noun: "media reports about ...". */
  REPORT,
  /** A state of mind rather than an utterance: "X fears ...", "X plans to ...". */
  BELIEF;

  /** Lower-case name used in JSON. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
