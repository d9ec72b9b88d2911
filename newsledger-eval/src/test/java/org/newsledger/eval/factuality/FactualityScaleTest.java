package org.newsledger.eval.factuality;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsledger.core.facts.EventModality;
import org.newsledger.events.Factuality;

class FactualityScaleTest {

  private static double value(
      EventModality modality, boolean negated, boolean hedged, boolean reported) {
    return FactualityScale.of(new Factuality.Judgment(modality, negated, hedged, reported, "test"));
  }

  @Test
  void plainAssertedPredicateIsCertainlyFactual() {
    assertThat(value(EventModality.ASSERTED, false, false, false)).isEqualTo(3.0);
  }

  @Test
  void negatedPredicateIsCertainlyNotFactual() {
    assertThat(value(EventModality.ASSERTED, true, false, false)).isEqualTo(-3.0);
  }

  @Test
  void modalitiesRankFromAssertedDownToHypothetical() {
    assertThat(value(EventModality.FUTURE, false, false, false))
        .isLessThan(3.0)
        .isGreaterThan(value(EventModality.PLANNED, false, false, false));
    assertThat(value(EventModality.PLANNED, false, false, false))
        .isGreaterThan(value(EventModality.HYPOTHETICAL, false, false, false));
  }

  @Test
  void hedgeCapsButReportingLeavesTheValue() {
    assertThat(value(EventModality.ASSERTED, false, true, false)).isEqualTo(FactualityScale.HEDGED);
    assertThat(value(EventModality.ASSERTED, false, false, true)).isEqualTo(3.0);
    assertThat(value(EventModality.HYPOTHETICAL, false, true, false))
        .isEqualTo(FactualityScale.ceiling(EventModality.HYPOTHETICAL));
  }

  @Test
  void negatedPlanIsBelowZeroButNotCertain() {
    assertThat(value(EventModality.PLANNED, true, false, false)).isBetween(-3.0, 0.0);
  }
}
