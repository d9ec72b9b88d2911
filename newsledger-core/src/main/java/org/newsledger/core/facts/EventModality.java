package org.newsledger.core.facts;

/** How the text presents an event: as having happened, announced, planned, demanded, ... */
public enum EventModality {
  /** Stated as fact by the text: "Hamas attacked". */
  ASSERTED,
  /** Announced by its actor: "X announced it will ...". */
  ANNOUNCED,
  /** Planned or prepared: "the planned assault". */
  PLANNED,
  /** In the future: "will send". */
  FUTURE,
  /** Conditional or hypothetical: "would put". */
  HYPOTHETICAL,
  /** Demanded of its actor by someone else: "called on X to". */
  DEMANDED,
  /** Reported by a source other than the text: "media reports about ...". */
  REPORTED
}
