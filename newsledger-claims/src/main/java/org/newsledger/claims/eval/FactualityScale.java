package org.newsledger.claims.eval;

import org.newsledger.core.facts.ClaimStatus;
import org.newsledger.core.facts.Event;

/**
 * Maps newsledger's statuses to the unified factuality scale [-3, 3]; see {@link FactualityEval}
 * for the table.
 */
final class FactualityScale {

  /** A token no event and no claim covers: a plain assertion. */
  static final double DEFAULT = 3.0;

  private FactualityScale() {}

  /** The value of a claim status. */
  static double of(ClaimStatus status) {
    return switch (status) {
      case ASSERTED, CONFIRMED -> 3.0;
      case REPORTED -> 2.0;
      case HEDGED -> 1.0;
      case NOT_CONFIRMED, NOT_DENIED, DECLINED_TO_COMMENT, DISPUTED -> 0.0;
      case DENIED -> -3.0;
    };
  }

  /** The ceiling an event's modality puts on its value. */
  static double ceiling(Event event) {
    return switch (event.modality()) {
      case ASSERTED, REPORTED -> 3.0;
      case ANNOUNCED -> 2.0;
      case PLANNED, FUTURE -> 1.0;
      case HYPOTHETICAL, DEMANDED -> 0.0;
    };
  }

  /**
   * The value of an event under a claim status (null when no claim covers it): the lower of the
   * status value and the modality ceiling, sign flipped when the event is negated.
   */
  static double of(Event event, ClaimStatus status) {
    double value = Math.min(status == null ? DEFAULT : of(status), ceiling(event));
    return event.negated() ? -value : value;
  }
}
