package org.newsledger.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsledger.attribution.Analyzer.attributions;
import static org.newsledger.attribution.Analyzer.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsledger.core.facts.Attribution;

/**
 * Invented sentences for where content ends and which attributions stand inside others (the partial
 * matches found on PolNeAR's dev split), each with a case the rule must leave alone.
 */
class ContentBoundariesTest {

  @Test
  void endsAnObjectContentBeforeARelativeClause() {
    Attribution a =
        only("Senator Ruth Adler praised the harbor plan, which includes a second dredging site.");
    assertThat(a.content().text()).isEqualTo("the harbor plan");
  }

  @Test
  void endsAnObjectContentBeforeATimeClause() {
    Attribution a =
        only("Senator Ruth Adler described the mayor as a coward when she ran for office.");
    assertThat(a.content().text()).isEqualTo("the mayor as a coward");
  }

  @Test
  void keepsTheRelativeClauseOfAReportedClause() {
    Attribution a = only("Senator Ruth Adler said the harbor plan failed, which surprised nobody.");
    assertThat(a.content().text()).isEqualTo("the harbor plan failed, which surprised nobody");
  }

  @Test
  void keepsTheLabelAfterAsInAnObjectContent() {
    Attribution a = only("Senator Ruth Adler described the strike as a last resort.");
    assertThat(a.content().text()).isEqualTo("the strike as a last resort");
  }

  @Test
  void keepsACueInsideAQuotationInsideTheQuotation() {
    Attribution a =
        only(
            "\"You say you accept responsibility, but you blamed the tellers,\" Senator Ruth Adler"
                + " said.");
    assertThat(a.source().name()).contains("Ruth Adler");
    assertThat(a.content().text())
        .isEqualTo("You say you accept responsibility, but you blamed the tellers");
  }

  @Test
  void keepsACueOutsideQuotationsNestedInAnotherContent() {
    List<Attribution> found =
        attributions(
            "Israeli media reported that officials are saying the offer is not the same"
                + " proposal.");
    assertThat(found).extracting(a -> a.cue().text()).contains("reported", "saying");
  }

  @Test
  void readsAPronounSpeakerAtTheStartOfAContentAsTheSameSpeaker() {
    Attribution a = only("Governor Ruth Adler said she plans to run for a second term.");
    assertThat(a.cue().text()).isEqualTo("said");
    assertThat(a.content().text()).isEqualTo("she plans to run for a second term");
  }

  @Test
  void keepsANamedSpeakerInsideAnotherContent() {
    List<Attribution> found =
        attributions("Governor Ruth Adler said Mayor Tom Reyes plans to run for a second term.");
    assertThat(found).extracting(a -> a.cue().text()).containsExactly("said", "plans");
  }

  @Test
  void keepsAPronounSpeakerWhoseCueComesBeforeALaterCue() {
    List<Attribution> found =
        attributions(
            "The minister resigned on Friday. He said the mayor is \"a model of honesty for me\";"
                + " however, \"I wrote a resignation letter,\" he added.");
    assertThat(found).extracting(a -> a.cue().text()).contains("said", "added");
  }

  @Test
  void doesNotContinueAQuotationSignedWithADash() {
    List<Attribution> found =
        attributions(
            "\"The port must stay open to every ship.\" \u2015 Ruth Adler\n\n"
                + "\"We can build a better harbor than this one.\" \u2015 Tom Reyes");
    assertThat(found).extracting(Attribution::rule).containsOnly(QuoteDashSpeakerRule.NAME);
    assertThat(found).extracting(a -> a.source().name()).hasSize(2);
  }

  @Test
  void endsAQuoteBeforeAnAsideAboutTheSpeaker() {
    Attribution a =
        only(
            "\"A pretty cynical place,\" said Tim Hess, a developer in Virginia, who introduced"
                + " him to the bankers.");
    assertThat(a.source().name()).contains("Tim Hess");
    assertThat(a.content().text()).isEqualTo("A pretty cynical place");
  }

  @Test
  void joinsAClauseTheCueInterrupts() {
    Attribution a =
        only("Too often, Mr. Clarke said, the debate over coal is infected with tribalism.");
    assertThat(a.content().text()).endsWith("the debate over coal is infected with tribalism");
  }
}
