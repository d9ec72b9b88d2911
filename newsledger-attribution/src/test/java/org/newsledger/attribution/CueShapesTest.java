package org.newsledger.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsledger.attribution.Analyzer.only;

import org.junit.jupiter.api.Test;
import org.newsledger.core.facts.Attribution;

/**
 * Invented sentences for lexicon cues that stood in shapes the rules did not read: an auxiliary or
 * adverb between an apposition and its cue.
 */
class CueShapesTest {

  @Test
  void findsTheSubjectBeforeAnAppositionAndAnAuxiliary() {
    Attribution a =
        only("Nora Falk, a former aide to the governor, has said the budget was a mistake.");
    assertThat(a.source().mention().text()).isEqualTo("Nora Falk");
    assertThat(a.cue().text()).isEqualTo("said");
    assertThat(a.content().text()).isEqualTo("the budget was a mistake");
  }

  @Test
  void findsTheSubjectBeforeARelativeClauseAndAnAdverb() {
    Attribution a = only("Tom Hale, who ran the campaign in 2012, also said the polls were wrong.");
    assertThat(a.source().mention().text()).isEqualTo("Tom Hale");
    assertThat(a.content().text()).isEqualTo("the polls were wrong");
  }
}
