package org.newsledger.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpeakerNamesTest {

  @Test
  void matchesASurnameInsideAFullName() {
    assertThat(SpeakerNames.matches("Kirby", List.of("John Kirby"))).isTrue();
    assertThat(
            SpeakerNames.matches(
                "National Security Council spokesman John Kirby", List.of("John Kirby")))
        .isTrue();
  }

  @Test
  void doesNotMatchAWordInsideALongerWord() {
    assertThat(SpeakerNames.matches("Israeli officials", List.of("Israel"))).isFalse();
  }

  @Test
  void treatsAnApostropheAfterTheNameAsAWordEnd() {
    assertThat(SpeakerNames.matches("Israel's officials", List.of("Israel"))).isTrue();
  }

  @Test
  void ignoresShortNamesUnlessEqual() {
    assertThat(SpeakerNames.matches("Bob's aide", List.of("Bo"))).isFalse();
    assertThat(SpeakerNames.matches("the US", List.of("US"))).isTrue();
  }

  @Test
  void foldsCurlyQuotesCaseAndSpace() {
    assertThat(SpeakerNames.norm("  \u201cHe\u2019s\u00a0 HERE\u201d\n"))
        .isEqualTo("\"he's here\"");
  }

  @Test
  void neverMatchesABlankSpeaker() {
    assertThat(SpeakerNames.matches("", List.of(""))).isFalse();
    assertThat(SpeakerNames.matches(null, List.of("Kirby"))).isFalse();
  }
}
