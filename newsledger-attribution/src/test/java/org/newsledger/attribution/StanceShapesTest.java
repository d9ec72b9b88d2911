package org.newsledger.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsledger.attribution.Analyzer.attributions;
import static org.newsledger.attribution.Analyzer.only;

import org.junit.jupiter.api.Test;
import org.newsledger.core.facts.Attribution;
import org.newsledger.core.facts.AttributionKind;

/**
 * Invented sentences for states of mind and claims named by an adjective or a noun rather than a
 * verb ({@link StanceAdjectiveRule}, {@link StanceNounRule}), each with a case the rule leaves
 * alone.
 */
class StanceShapesTest {

  @Test
  void attributesAClauseAfterAnAdjectiveOfAStateOfMind() {
    Attribution a = only("The harbor master is confident that the new pier will open in May.");
    assertThat(a.rule()).isEqualTo(StanceAdjectiveRule.NAME);
    assertThat(a.cue().text()).isEqualTo("is confident");
    assertThat(a.source().mention().text()).isEqualTo("The harbor master");
    assertThat(a.content().text()).isEqualTo("the new pier will open in May");
    assertThat(a.kind()).isEqualTo(AttributionKind.BELIEF);
  }

  @Test
  void attributesAClauseWithoutThatAfterAParticipleAdjective() {
    Attribution a = only("Several ferry captains were worried the storm would close the harbor.");
    assertThat(a.cue().text()).isEqualTo("were worried");
    assertThat(a.content().text()).isEqualTo("the storm would close the harbor");
  }

  @Test
  void leavesAnImpersonalAdjectiveToTheAuthor() {
    assertThat(attributions("It is clear that the new pier will open in May.")).isEmpty();
  }

  @Test
  void leavesAPassiveAfterAModalAlone() {
    assertThat(attributions("The harbor master can be convinced that the pier is safe."))
        .noneMatch(a -> a.rule().equals(StanceAdjectiveRule.NAME));
  }

  @Test
  void attributesAClaimToThePossessivePronounBeforeIt() {
    Attribution a =
        attributions("Fishermen dismissed her claim that the new fees pay for the dredging.")
            .stream()
            .filter(found -> found.rule().equals(StanceNounRule.NAME))
            .findFirst()
            .orElseThrow();
    assertThat(a.cue().text()).isEqualTo("claim");
    assertThat(a.source().mention().text()).isEqualTo("her");
    assertThat(a.content().text()).isEqualTo("the new fees pay for the dredging");
  }

  @Test
  void endsAClaimInASubjectBeforeTheMainVerb() {
    Attribution a = only("The harbor master's fear that the old pier would collapse proved right.");
    assertThat(a.cue().text()).isEqualTo("fear");
    assertThat(a.content().text()).isEqualTo("the old pier would collapse");
    assertThat(a.kind()).isEqualTo(AttributionKind.BELIEF);
  }

  @Test
  void leavesANounWithoutAPossessiveAlone() {
    assertThat(attributions("The claim that the new fees pay for the dredging is old."))
        .noneMatch(a -> a.rule().equals(StanceNounRule.NAME));
  }
}
