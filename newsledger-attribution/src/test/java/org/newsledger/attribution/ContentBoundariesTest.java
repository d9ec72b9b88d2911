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
  void keepsATimeClauseInAnObjectContent() {
    Attribution a =
        only("Senator Ruth Adler described the mayor as a coward when she ran for office.");
    assertThat(a.content().text()).isEqualTo("the mayor as a coward when she ran for office");
  }

  @Test
  void keepsAReasonClauseInAnObjectContent() {
    Attribution a =
        only(
            "Senator Ruth Adler urged the council to close the pier because the beams had rotted.");
    assertThat(a.content().text())
        .isEqualTo("the council to close the pier because the beams had rotted");
  }

  @Test
  void keepsTheMembersAfterIncludingInAnObjectContent() {
    Attribution a =
        only("Senator Ruth Adler praised the harbor plan, including its second dredging site.");
    assertThat(a.content().text()).isEqualTo("the harbor plan, including its second dredging site");
  }

  @Test
  void runsAnAccordingToContentOnWhenThePhraseInterruptsANounPhrase() {
    Attribution a =
        only("The main flaw, according to Senator Ruth Adler, was the timing of the vote.");
    assertThat(a.cue().text()).isEqualTo("according to");
    assertThat(a.content().text())
        .isEqualTo("The main flaw, according to Senator Ruth Adler, was the timing of the vote");
  }

  @Test
  void endsAnAccordingToContentAtTheCommaAfterAClause() {
    Attribution a =
        only("The vote failed, according to Senator Ruth Adler, and the pier stayed shut.");
    assertThat(a.content().text()).isEqualTo("The vote failed");
  }

  @Test
  void keepsACoordinatedSubjectWithoutAVerbInTheContent() {
    Attribution a = only("Governor Ruth Adler said ports like Dover and Calais will close early.");
    assertThat(a.content().text()).isEqualTo("ports like Dover and Calais will close early");
  }

  @Test
  void endsAnObjectContentBeforeAnAdjunctOfTheAuthor() {
    Attribution a =
        only("Senator Ruth Adler praised the harbor plan while at a rally in the port.");
    assertThat(a.content().text()).isEqualTo("the harbor plan");
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

  @Test
  void keepsTheListOfAnInfinitiveObject() {
    Attribution a =
        only(
            "Governor Ruth Adler wants to widen the river port, build two bridges and repave the"
                + " coast road.");
    assertThat(a.content().text())
        .isEqualTo("to widen the river port, build two bridges and repave the coast road");
  }

  @Test
  void keepsAnAppositionOfAnObjectContent() {
    Attribution a =
        only("Senator Ruth Adler praised the harbor plan, a proposal of the port board.");
    assertThat(a.content().text()).isEqualTo("the harbor plan, a proposal of the port board");
  }

  @Test
  void keepsARelativeClauseThatInterruptsAnObjectContent() {
    Attribution a =
        only(
            "Governor Ruth Adler vowed to form a river task force, which would include the coast"
                + " guard, to stop illegal dumping.");
    assertThat(a.content().text())
        .isEqualTo(
            "to form a river task force, which would include the coast guard, to stop illegal"
                + " dumping");
  }

  @Test
  void endsAnObjectContentBeforeAParticipleAside() {
    Attribution a = only("Senator Ruth Adler criticized the harbor plan, drawing loud cheers.");
    assertThat(a.content().text()).isEqualTo("the harbor plan");
  }

  @Test
  void endsAContentInAFrontedClauseBeforeTheMainClause() {
    List<Attribution> found =
        attributions(
            "While Senator Ruth Adler insisted that the harbor plan was sound, the port board"
                + " voted against it.");
    assertThat(found)
        .filteredOn(a -> a.cue().text().equals("insisted"))
        .extracting(a -> a.content().text())
        .containsExactly("the harbor plan was sound");
  }

  @Test
  void endsAContentBeforeAccordingTo() {
    List<Attribution> found =
        attributions(
            "Governor Ruth Adler said the harbor plan would cost more, according to two aides.");
    assertThat(found)
        .filteredOn(a -> a.cue().text().equals("said"))
        .extracting(a -> a.content().text())
        .containsExactly("the harbor plan would cost more");
  }

  @Test
  void endsAnObjectContentBeforeTheMediumItWasSaidIn() {
    Attribution a = only("Senator Ruth Adler attacked the harbor plan in a radio interview.");
    assertThat(a.content().text()).isEqualTo("the harbor plan");
  }

  @Test
  void keepsAPlaceAfterAnObjectContent() {
    Attribution a = only("Senator Ruth Adler praised the new schools in her district.");
    assertThat(a.content().text()).isEqualTo("the new schools in her district");
  }

  @Test
  void endsAnObjectContentBeforeAClauseJoinedByAnd() {
    Attribution a = only("Governor Ruth Adler seeks to cut port fees and shippers hope for more.");
    assertThat(a.content().text()).isEqualTo("to cut port fees");
  }

  @Test
  void endsAnObjectContentBeforeAsOpeningAClause() {
    Attribution a = only("The council condemned the dumping as crews cleaned the beach.");
    assertThat(a.content().text()).isEqualTo("the dumping");
  }

  @Test
  void endsAClauseContentBeforeASecondPredicateOfTheSpeaker() {
    List<Attribution> found =
        attributions(
            "Senator Ruth Adler warned that the ferry plan would fail and urged voters to call the"
                + " council.");
    assertThat(found).extracting(a -> a.content().text()).contains("the ferry plan would fail");
  }

  @Test
  void endsAnObjectContentBeforeASecondCueOfTheSpeaker() {
    List<Attribution> found =
        attributions(
            "Senator Ruth Adler called the harbor fees \"absurd\" and called for a refund to the"
                + " fishermen.");
    assertThat(found)
        .extracting(a -> a.cue().text() + ": " + a.content().text())
        .containsExactly(
            "called: the harbor fees \"absurd\"", "called for: a refund to the fishermen");
  }

  @Test
  void keepsASecondPredicateInTheCuesTenseThatTheClauseShares() {
    Attribution a =
        only("Senator Ruth Adler said the ferry company hired ten pilots and fired two captains.");
    assertThat(a.content().text())
        .isEqualTo("the ferry company hired ten pilots and fired two captains");
  }

  @Test
  void keepsAPassiveParticipleAfterAndInAnObjectContent() {
    Attribution a =
        only(
            "Senator Ruth Adler called the harbor fees unfair and approved by nobody on the"
                + " council.");
    assertThat(a.content().text())
        .isEqualTo("the harbor fees unfair and approved by nobody on the council");
  }

  @Test
  void attributesARelativeWhichAndEndsItsContentBeforeTheMainVerb() {
    Attribution a =
        only("The ferry company, which noted that fuel costs had doubled, raised its fares.");
    assertThat(a.source().mention().text()).isEqualTo("which");
    assertThat(a.content().text()).isEqualTo("fuel costs had doubled");
  }
}
