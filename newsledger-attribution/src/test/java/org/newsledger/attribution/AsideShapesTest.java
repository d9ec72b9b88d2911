package org.newsledger.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsledger.attribution.Analyzer.only;

import org.junit.jupiter.api.Test;
import org.newsledger.core.facts.Attribution;

/**
 * Invented sentences for subjects set off from their verb: asides about people ("Pilots, who ...,
 * say"), a base-form verb the tagger reads after an aside, a subject described by an adjective or
 * participle and its preposition, and a surname the tagger reads as a modal.
 */
class AsideShapesTest {

  @Test
  void takesACommonNounBeforeAWhoAsideAsTheSubject() {
    Attribution a =
        only("Ferry pilots, who staged a walkout last spring, say the new rota is unsafe.");
    assertThat(a.source().mention().text()).isEqualTo("Ferry pilots");
    assertThat(a.content().text()).isEqualTo("the new rota is unsafe");
  }

  @Test
  void takesACommonNounBeforeAWhichAsideAsTheSubject() {
    Attribution a =
        only("The ferry union, which represents 400 pilots, said the new rota is unsafe.");
    assertThat(a.source().mention().text()).isEqualTo("The ferry union");
    assertThat(a.content().text()).isEqualTo("the new rota is unsafe");
  }

  @Test
  void takesACommonNounBeforeALikeAsideAsTheSubject() {
    Attribution a =
        only("The harbour's oldest tenants, like Mara Quist and Ivo Dane, say the rent doubled.");
    assertThat(a.source().mention().text()).isEqualTo("The harbour's oldest tenants");
    assertThat(a.content().text()).isEqualTo("the rent doubled");
  }

  @Test
  void keepsTheNameBeforeAnAgeAndAWhoAside() {
    Attribution a = only("Ivo Dane, 58, who lives near the pier, says he never saw the plans.");
    assertThat(a.source().name()).isEqualTo("Ivo Dane");
  }

  @Test
  void readsAnInvertedPresentAfterTheReportedClause() {
    Attribution a = only("The toll plan is dead, say some councillors.");
    assertThat(a.source().mention().text()).isEqualTo("some councillors");
    assertThat(a.content().text()).isEqualTo("The toll plan is dead");
  }

  @Test
  void takesTheNounBeforeAnAdjectiveAndItsPrepositionAsTheSubject() {
    Attribution a = only("A source close to the mayor said the toll plan was dead.");
    assertThat(a.source().mention().text()).isEqualTo("A source");
    assertThat(a.content().text()).isEqualTo("the toll plan was dead");
  }

  @Test
  void readsASurnameTaggedAsAModalAsAName() {
    Attribution a = only("Prime Minister Ada May said the harbour would reopen in June.");
    assertThat(a.source().name()).isEqualTo("Ada May");
    assertThat(a.content().text()).isEqualTo("the harbour would reopen in June");
  }

  @Test
  void takesACommonNounBeforeAnAdverbialAsideAsTheSubject() {
    Attribution a =
        only("Dock workers, on the other hand, argued that the new cranes would cost jobs.");
    assertThat(a.source().mention().text()).isEqualTo("Dock workers");
    assertThat(a.content().text()).isEqualTo("the new cranes would cost jobs");
  }

  @Test
  void neverTakesTheAntecedentOfARelativeClauseAsItsContent() {
    Attribution a = only("The board says that Ivo Dane, who charges high fees, has lost money.");
    assertThat(a.source().mention().text()).isEqualTo("The board");
    assertThat(a.content().text()).isEqualTo("Ivo Dane, who charges high fees, has lost money");
  }

  @Test
  void takesTwoCoordinatedNamesAsTheSubject() {
    Attribution a = only("\"The pier is unsafe,\" Mara Quist and Ivo Dane wrote.");
    assertThat(a.source().mention().text()).isEqualTo("Mara Quist and Ivo Dane");
    assertThat(a.content().text()).isEqualTo("The pier is unsafe");
  }

  @Test
  void joinsAClauseTheSplitterCutAfterAnAbbreviation() {
    Attribution a = only("Sen. Ann Lee, R-S.C., said the harbour levy would pass.");
    assertThat(a.source().name()).isEqualTo("Ann Lee");
    assertThat(a.content().text()).isEqualTo("the harbour levy would pass");
  }

  @Test
  void takesANounBeforeApposedNamesAsTheSubject() {
    Attribution a =
        only("The mayor's biographers, Ada and Ivo Dane, wrote that she loved the sea.");
    assertThat(a.source().mention().text()).isEqualTo("The mayor's biographers");
    assertThat(a.content().text()).isEqualTo("she loved the sea");
  }

  @Test
  void takesCoordinatedPluralNounsAsAnInvertedReportingClause() {
    Attribution a =
        only("The strike is losing support, dockers and union officials told reporters.");
    assertThat(a.source().mention().text()).isEqualTo("dockers and union officials");
    assertThat(a.content().text()).isEqualTo("The strike is losing support");
  }

  @Test
  void takesARoleAfterAPossessiveNameAsAnInvertedSpeaker() {
    Attribution a = only("\"We will win the port,\" said Quist's campaign manager, Ivo Dane.");
    assertThat(a.source().mention().text()).startsWith("Quist's campaign manager");
    assertThat(a.content().text()).isEqualTo("We will win the port");
  }

  @Test
  void takesAnApproximateShareBeforeItsPercentageAsTheSubject() {
    Attribution a = only("Just over a quarter, 26 percent, say they will vote against the levy.");
    assertThat(a.source().mention().text()).isEqualTo("Just over a quarter");
    assertThat(a.content().text()).isEqualTo("they will vote against the levy");
  }
}
