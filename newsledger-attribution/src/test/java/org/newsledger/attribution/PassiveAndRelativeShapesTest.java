package org.newsledger.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsledger.attribution.Analyzer.attributions;
import static org.newsledger.attribution.Analyzer.only;

import org.junit.jupiter.api.Test;
import org.newsledger.core.facts.Attribution;

/**
 * Invented sentences for cues in the passive with their agent after "by" and for cues in
 * restrictive relative clauses, with negatives.
 */
class PassiveAndRelativeShapesTest {

  @Test
  void creditsTheAgentOfAPassiveCue() {
    Attribution a = only("The audit was first reported by the Halden Tribune.");
    assertThat(a.rule()).isEqualTo(PassiveByRule.NAME);
    assertThat(a.cue().text()).isEqualTo("reported");
    assertThat(a.content().text()).isEqualTo("The audit");
    assertThat(a.source().name()).isEqualTo("Halden Tribune");
  }

  @Test
  void takesTheWholeSubjectOfAPassiveCue() {
    Attribution a = only("In May, the plan to sell the old ferry was rejected by the council.");
    assertThat(a.content().text()).isEqualTo("the plan to sell the old ferry");
    assertThat(a.source().mention().text()).isEqualTo("the council");
  }

  @Test
  void takesTheNounAParticipleCueModifies() {
    Attribution a =
        only("The ferry deal, first reported by the Halden Tribune, is worth ten million.");
    assertThat(a.content().text()).isEqualTo("The ferry deal");
  }

  @Test
  void ignoresAPassiveWithoutASpeakingAgent() {
    assertThat(attributions("The vote on the pier was endorsed by Friday.")).isEmpty();
    assertThat(attributions("The fare rise was not endorsed by the board.")).isEmpty();
  }

  @Test
  void leavesAPassiveAddresseeToItsOwnRule() {
    assertThat(attributions("Ines Vale was told by officials to leave the pier."))
        .noneMatch(a -> a.rule().equals(PassiveByRule.NAME));
  }

  @Test
  void findsACueInARestrictiveRelativeClauseAfterTheVerb() {
    Attribution a = only("The harbour plan has critics who say the new pier is unsafe.");
    assertThat(a.content().text()).isEqualTo("the new pier is unsafe");
    assertThat(a.source().name()).isEqualTo("critics");
  }

  @Test
  void findsANamedSpeakerBeforeARestrictiveThat() {
    Attribution a = only("The mayor met the Halden Ferry Union that supports a new vote on fares.");
    assertThat(a.content().text()).isEqualTo("a new vote on fares");
    assertThat(a.source().name()).isEqualTo("Halden Ferry Union");
  }

  @Test
  void ignoresARestrictiveRelativeInsideTheSubject() {
    assertThat(attributions("Economists who argue that the tax should be cut are in the minority."))
        .isEmpty();
    assertThat(
            attributions("Lena Roth mocked it, saying anyone who complains about fares is lazy."))
        .noneMatch(a -> a.source().mention().text().equals("who"));
  }

  @Test
  void endsTheContentOfARelativeInsideTheSubjectBeforeTheMainVerb() {
    Attribution a =
        only("Voters who said the ferry was too slow backed the bridge plan last year.");
    assertThat(a.content().text()).isEqualTo("the ferry was too slow");
    assertThat(a.source().name()).isEqualTo("Voters");
  }

  @Test
  void ignoresThatAfterADayName() {
    assertThat(attributions("The party released an ad Thursday that supports the harbour plan."))
        .noneMatch(a -> a.source().mention().text().equals("that"));
  }

  @Test
  void ignoresThatAfterANounThatCannotSpeak() {
    assertThat(attributions("The ferry has windows that show the harbour.")).isEmpty();
  }
}
