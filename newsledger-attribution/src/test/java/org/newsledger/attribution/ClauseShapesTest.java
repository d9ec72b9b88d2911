package org.newsledger.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsledger.attribution.Analyzer.attributions;
import static org.newsledger.attribution.Analyzer.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsledger.core.facts.Attribution;

/**
 * Invented sentences for subject, source and content shapes found missing on PolNeAR's train split:
 * participles around sources, polls' own speakers, and where a reported clause stops.
 */
class ClauseShapesTest {

  @Test
  void keepsAParticipleBeforeTheNounInAnInvertedSource() {
    Attribution a = only("\"The harbour will reopen by June,\" said retired engineer Mara Quist.");
    assertThat(a.source().mention().text()).isEqualTo("retired engineer Mara Quist");
    assertThat(a.content().text()).isEqualTo("The harbour will reopen by June");
  }

  @Test
  void letsARelativeClauseFollowAnInvertedSource() {
    Attribution a =
        only(
            "\"The pumps failed twice,\" said one engineer who asked not to be named because"
                + " the inquiry is open.");
    assertThat(a.source().mention().text()).isEqualTo("one engineer");
    assertThat(a.content().text()).isEqualTo("The pumps failed twice");
  }

  @Test
  void takesAGerundSubjectAsAStatement() {
    Attribution a =
        only("Dredging the channel before winter is not as cheap as it looks, she said.");
    assertThat(a.content().text())
        .isEqualTo("Dredging the channel before winter is not as cheap as it looks");
  }

  @Test
  void readsAClauseAfterTheAddresseeWithoutThat() {
    Attribution a = only("Lena Ortiz told the council her office would audit the contract.");
    assertThat(a.source().name()).isEqualTo("Lena Ortiz");
    assertThat(a.content().text()).isEqualTo("her office would audit the contract");
  }

  @Test
  void givesAParticipleAfterWithItsOwnSubject() {
    Attribution a =
        only(
            "Support for the levy has grown, with 58 percent of residents saying they would"
                + " pay more for clean water.");
    assertThat(a.source().mention().text()).isEqualTo("58 percent of residents");
    assertThat(a.content().text()).isEqualTo("they would pay more for clean water");
  }

  @Test
  void endsTheContentBeforeAComparison() {
    Attribution a =
        only(
            "This month, 61 percent said the bridge should reopen, compared with 40 percent in May.");
    assertThat(a.content().text()).isEqualTo("the bridge should reopen");
  }

  @Test
  void endsTheContentBeforeAnIndefiniteAsideOfTheAuthor() {
    Attribution a =
        only(
            "Quist said the old crane would stay in the yard, a nod to the dockers of the old"
                + " port.");
    assertThat(a.content().text()).isEqualTo("the old crane would stay in the yard");
  }

  @Test
  void takesAParticipleAfterAClosingQuote() {
    Attribution a =
        only(
            "Ortiz gave a spirited defence of the \"harbour compact,\" saying it kept the port"
                + " open through the strike.");
    assertThat(a.rule()).isEqualTo(ParticipleRule.NAME);
    assertThat(a.content().text()).isEqualTo("it kept the port open through the strike");
  }

  @Test
  void readsASpeakerLabelPastABracketedAside() {
    Attribution a =
        only("Councillor Lena Ortiz (Harbour Ward): \"I have not seen a single invoice for it.\"");
    assertThat(a.rule()).isEqualTo(ColonSpeakerRule.NAME);
    assertThat(a.content().text()).isEqualTo("I have not seen a single invoice for it");
  }

  @Test
  void takesNoParticipleBeforeItsNounForACue() {
    List<Attribution> found =
        attributions("The union has 410 pledged members and 30 reported vacancies in the yard.");
    assertThat(found).isEmpty();
  }

  @Test
  void endsAParticiplesContentWhereASecondParticipleJoins() {
    List<Attribution> found =
        attributions(
            "The mayor toured the docks, promising new cranes and urging the union to return"
                + " to talks.");
    assertThat(found)
        .filteredOn(a -> a.cue().text().equals("promising"))
        .singleElement()
        .satisfies(a -> assertThat(a.content().text()).isEqualTo("new cranes"));
  }

  @Test
  void takesThoseSurveyedAndAFractionAsSpeakers() {
    assertThat(
            only("Sixty percent of those surveyed say the ferry fares are too high.")
                .source()
                .mention()
                .text())
        .isEqualTo("Sixty percent of those surveyed");
    assertThat(only("Nearly a third say they have never used the ferry.").source().mention().text())
        .isEqualTo("a third");
  }

  @Test
  void opensAReportedClauseWithAGerundOrAConcession() {
    assertThat(only("Economists say taxing fuel encourages thrift.").content().text())
        .isEqualTo("taxing fuel encourages thrift");
    assertThat(only("She says despite the delays, the ferry will sail on time.").content().text())
        .isEqualTo("despite the delays, the ferry will sail on time");
  }

  @Test
  void takesARoleWithAnAsideAsTheSubject() {
    Attribution a =
        only("The former mayor, who left office in 2019, noted that the port had never flooded.");
    assertThat(a.source().mention().text()).isEqualTo("The former mayor");
    assertThat(a.content().text()).isEqualTo("the port had never flooded");
  }

  @Test
  void looksPastThreeAsidesForTheSubject() {
    Attribution a = only("Tam Ruiz, 34, of Valmora, Ore., said the ferry had been late all week.");
    assertThat(a.source().name()).isEqualTo("Tam Ruiz");
    assertThat(a.content().text()).isEqualTo("the ferry had been late all week");
  }

  @Test
  void endsAFrontedClausesQuotationBeforeTheMainClause() {
    Attribution a =
        only(
            "While she conceded the plan was \"not a perfect one,\" Ortiz won the vote on"
                + " Tuesday.");
    assertThat(a.content().text()).isEqualTo("the plan was \"not a perfect one,\"");
  }

  @Test
  void takesNoReportingClauseAsAContent() {
    Attribution a = only("In the end, he said, the dockers will decide.");
    assertThat(a.content().text()).isEqualTo("the dockers will decide");
  }
}
