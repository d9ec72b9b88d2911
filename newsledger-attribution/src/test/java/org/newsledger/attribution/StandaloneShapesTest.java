package org.newsledger.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsledger.attribution.Analyzer.only;

import org.junit.jupiter.api.Test;
import org.newsledger.core.facts.Attribution;

/**
 * Invented sentences for words that stand alone where a noun phrase is expected: quantifiers as
 * subjects ("Most said"), demonstratives opening a reported clause ("told reporters this was"), and
 * an adjective or participle describing an inverted source ("said a person close to ...").
 */
class StandaloneShapesTest {

  @Test
  void takesAQuantifierAloneAsTheSubject() {
    Attribution a = only("Most said they would not cross the picket line at the harbour.");
    assertThat(a.source().mention().text()).isEqualTo("Most");
    assertThat(a.content().text()).isEqualTo("they would not cross the picket line at the harbour");
  }

  @Test
  void takesAQuantifierOfAPronounAsTheSubject() {
    Attribution a = only("Many of them say the ferry fares are too high.");
    assertThat(a.source().mention().text()).isEqualTo("Many of them");
    assertThat(a.content().text()).isEqualTo("the ferry fares are too high");
  }

  @Test
  void readsADemonstrativeSubjectAfterTheAddressee() {
    Attribution a = only("Mara Quist told reporters this was the last chance to save the pier.");
    assertThat(a.source().name()).isEqualTo("Mara Quist");
    assertThat(a.content().text()).isEqualTo("this was the last chance to save the pier");
  }

  @Test
  void keepsAQuantifiedNounPhraseOpeningTheReportedClause() {
    Attribution a = only("Ann Lee told the council that few people understood the tides.");
    assertThat(a.content().text()).isEqualTo("few people understood the tides");
  }

  @Test
  void letsAnAdjectiveWithItsPrepositionDescribeAnInvertedSource() {
    Attribution a = only("\"The pumps will hold,\" said a person close to the harbour board.");
    assertThat(a.source().mention().text()).isEqualTo("a person");
    assertThat(a.content().text()).isEqualTo("The pumps will hold");
  }

  @Test
  void letsAParticipleWithItsPrepositionDescribeAnInvertedSource() {
    Attribution a =
        only(
            "\"It is a way to stay in the race,\" says a source involved in the campaign's"
                + " planning who asked not to be named.");
    assertThat(a.source().mention().text()).isEqualTo("a source");
    assertThat(a.content().text()).isEqualTo("It is a way to stay in the race");
  }

  @Test
  void takesWhatIsCitedAsContentWhenItIsNoSource() {
    Attribution a =
        only("The port board delayed the vote, citing fears of another strike at the docks.");
    assertThat(a.source().mention().text()).isEqualTo("The port board");
    assertThat(a.cue().text()).isEqualTo("citing");
    assertThat(a.content().text()).isEqualTo("fears of another strike at the docks");
  }
}
