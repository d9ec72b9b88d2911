package org.newsledger.eval.factuality;

import org.newsledger.core.facts.EventModality;
import org.newsledger.events.Factuality;

/**
 * Maps newsledger's factuality judgments to the unified factuality scale [-3, 3]; see {@link
 * FactualityEval} for the table.
 */
final class FactualityScale {

  /** A token newsledger cannot place: a plain assertion. */
  static final double DEFAULT = 3.0;

  /** The ceiling of a predicate the text presents as possible or believed only. */
  static final double HEDGED = 2.0;

  private FactualityScale() {}

  /** The ceiling a modality puts on a predicate's value. */
  static double ceiling(EventModality modality) {
    return switch (modality) {
      case ASSERTED -> 3.0;
      case REPORTED, ANNOUNCED, FUTURE -> 2.5;
      case PLANNED -> 2.0;
      case DEMANDED -> 1.5;
      case HYPOTHETICAL -> 1.0;
    };
  }

  /**
   * The value of a judged predicate: its modality's ceiling, at most {@link #HEDGED} when hedged,
   * sign flipped when negated. Reporting leaves it unchanged: both corpora rate an event from the
   * author's view, and a reported event stands high there (MEANTIME train 3.0, UW 2.3).
   */
  static double of(Factuality.Judgment judgment) {
    double value = ceiling(judgment.modality());
    if (judgment.hedged()) {
      value = Math.min(value, HEDGED);
    }
    return judgment.negated() ? -value : value;
  }
}
