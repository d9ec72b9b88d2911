package org.newsledger.claims.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsledger.core.CharSpan;
import org.newsledger.core.Excerpt;
import org.newsledger.core.facts.ClaimStatus;
import org.newsledger.core.facts.Event;
import org.newsledger.core.facts.EventModality;

class FactualityScaleTest {

  private static Event event(boolean negated, EventModality modality) {
    return new Event(
        "v1",
        new Excerpt(new CharSpan(0, 4), "sent"),
        new CharSpan(0, 4),
        "AID",
        null,
        "07",
        null,
        null,
        null,
        null,
        null,
        negated,
        modality,
        null,
        "test");
  }

  @Test
  void plainAssertedEventIsCertainlyFactual() {
    assertThat(FactualityScale.of(event(false, EventModality.ASSERTED), null)).isEqualTo(3.0);
  }

  @Test
  void negatedEventIsCertainlyNotFactual() {
    assertThat(FactualityScale.of(event(true, EventModality.ASSERTED), ClaimStatus.ASSERTED))
        .isEqualTo(-3.0);
  }

  @Test
  void futureModalityCapsAReportedEvent() {
    assertThat(FactualityScale.of(event(false, EventModality.FUTURE), ClaimStatus.REPORTED))
        .isEqualTo(1.0);
  }

  @Test
  void deniedClaimIsNotFactual() {
    assertThat(FactualityScale.of(ClaimStatus.DENIED)).isEqualTo(-3.0);
  }
}
