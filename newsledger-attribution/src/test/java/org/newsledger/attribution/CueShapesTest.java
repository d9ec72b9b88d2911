package org.newsledger.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsledger.attribution.Analyzer.attributions;
import static org.newsledger.attribution.Analyzer.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsledger.core.facts.Attribution;

/**
 * Invented sentences for lexicon cues that stood in shapes the rules did not read: an auxiliary or
 * adverb between an apposition and its cue, a past tense read as a participle after an apposition,
 * a judgment participle after the main clause of a sentence opening with an adjunct.
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

  @Test
  void readsAPastTenseAfterAnAppositionAsTheCue() {
    Attribution a = only("Nora Falk, the mayor of Easton, endorsed the harbour plan on Friday.");
    assertThat(a.source().mention().text()).isEqualTo("Nora Falk");
    assertThat(a.cue().text()).isEqualTo("endorsed");
  }

  @Test
  void readsAParticipleAfterACommaWithItsAgentAsAPassive() {
    Attribution a = only("The harbour plan, endorsed by the council, will cost more.");
    assertThat(a.rule()).isEqualTo(PassiveByRule.NAME);
    assertThat(a.source().mention().text()).isEqualTo("the council");
    assertThat(a.content().text()).isEqualTo("The harbour plan");
  }

  @Test
  void findsTheMainSubjectOfAJudgmentParticipleAfterAComma() {
    List<Attribution> found =
        attributions(
            "In May, Mayor Nora Falk rejected the budget, calling it \"a reckless gamble.\"");
    assertThat(found).hasSize(2);
    assertThat(found.get(1).cue().text()).isEqualTo("calling");
    assertThat(found.get(1).source().mention().text()).isEqualTo("Mayor Nora Falk");
    assertThat(found.get(1).content().text()).startsWith("it");
  }

  @Test
  void readsWentOnToSayAsOneCue() {
    Attribution a = only("The mayor went on to say that the bridge would reopen in May.");
    assertThat(a.source().mention().text()).isEqualTo("The mayor");
    assertThat(a.cue().text()).isEqualTo("went on to say");
    assertThat(a.content().text()).isEqualTo("the bridge would reopen in May");
  }

  @Test
  void readsWentOnToDiscussWithItsObjectAsContent() {
    Attribution a = only("Nora Falk went on to discuss the new harbour tolls.");
    assertThat(a.source().mention().text()).isEqualTo("Nora Falk");
    assertThat(a.cue().text()).isEqualTo("went on to discuss");
    assertThat(a.content().text()).isEqualTo("the new harbour tolls");
  }
}
