package org.newsledger.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsledger.attribution.Analyzer.attributions;
import static org.newsledger.attribution.Analyzer.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsledger.core.facts.Attribution;

/**
 * Invented sentences for subject shapes found missing on PolNeAR's dev split: an aside between
 * dashes, a cue naming its addressee after a quotation, a restrictive "who" clause, a bare
 * reporting clause after a comma and a second predicate sharing the subject, each with a case the
 * form must leave alone.
 */
class SubjectShapesTest {

  @Test
  void looksPastAnAsideBetweenDashesForTheSubject() {
    Attribution a =
        only(
            "Kall -- co-editor of a book about the debates -- said the candidate tended to make"
                + " announcements at those encounters.");
    assertThat(a.source().mention().text()).isEqualTo("Kall");
    assertThat(a.content().text())
        .isEqualTo("the candidate tended to make announcements at those encounters");
  }

  @Test
  void stillTakesTheSpeakerAfterADashAndCue() {
    Attribution a = only("The talks will resume next week -- said spokesman John Kirby.");
    assertThat(a.source().mention().text()).contains("John Kirby");
    assertThat(a.content().text()).isEqualTo("The talks will resume next week");
  }

  @Test
  void takesTheSubjectOfToldNotItsAddresseeAfterAQuote() {
    Attribution a =
        only(
            "\"The plan will fail,\" Ruth Adler, the head of the committee, told CNN on"
                + " Sunday.");
    assertThat(a.source().name()).contains("Ruth Adler");
    assertThat(a.content().text()).isEqualTo("The plan will fail");
  }

  @Test
  void stillReadsAnInvertedAddresseeVerbWithoutASubjectBefore() {
    Attribution a = only("\"The plan will fail,\" warned Ruth Adler.");
    assertThat(a.source().name()).contains("Ruth Adler");
    assertThat(a.content().text()).isEqualTo("The plan will fail");
  }

  @Test
  void takesTheNounARestrictiveWhoClauseReportsAbout() {
    Attribution a =
        attributions(
                "Trump refused to pay an architect who said he was stiffed after he designed a"
                    + " clubhouse.")
            .stream()
            .filter(found -> found.cue().text().equals("said"))
            .findFirst()
            .orElseThrow();
    assertThat(a.source().mention().text()).isEqualTo("who");
    assertThat(a.source().name()).contains("architect");
    assertThat(a.content().text()).isEqualTo("he was stiffed after he designed a clubhouse");
  }

  @Test
  void leavesAPresentRestrictiveClauseInsideASubjectAlone() {
    List<Attribution> found =
        attributions(
            "The governor mocked the complaint, saying anybody who complains about a microphone"
                + " is not having a good night.");
    assertThat(found).noneMatch(a -> a.content().text().startsWith("is not having"));
  }

  @Test
  void readsABareReportingClauseAfterACommaAsTheCueOfTheWordsBefore() {
    Attribution a = only("Those discussions are continuing, he said.");
    assertThat(a.source().mention().text()).isEqualTo("he");
    assertThat(a.content().text()).isEqualTo("Those discussions are continuing");
  }

  @Test
  void keepsALongerClauseAfterACommaAsContent() {
    Attribution a = only("Ann Lee added, she had never seen the plan.");
    assertThat(a.source().name()).contains("Ann Lee");
    assertThat(a.content().text()).isEqualTo("she had never seen the plan");
  }

  @Test
  void takesTheSubjectSharedByTwoPredicates() {
    Attribution a =
        only(
            "Senator Ruth Adler, the head of the committee, visited the harbor on Tuesday and"
                + " said the harbor plan would cost less than expected.");
    assertThat(a.source().name()).contains("Ruth Adler");
    assertThat(a.content().text()).isEqualTo("the harbor plan would cost less than expected");
  }

  @Test
  void takesTheSubjectOfItsOwnClauseAfterAConjunction() {
    Attribution a =
        only("The senator voted for the bill and her aides said she would not run again.");
    assertThat(a.source().mention().text()).isEqualTo("her aides");
    assertThat(a.content().text()).isEqualTo("she would not run again");
  }

  @Test
  void takesANounWithItsPrepositionalModifierAsSubject() {
    Attribution a =
        only(
            "In recent weeks, advisers to the governor say, the governor has lost patience with"
                + " the press.");
    assertThat(a.source().mention().text()).isEqualTo("advisers to the governor");
  }

  @Test
  void readsACueAfterAClosingDashAsTheVerbOfTheSubjectBeforeTheAside() {
    Attribution a =
        only(
            "Dale Hart -- the head of a small firm that builds boats, which also sells them abroad"
                + " -- told me, \"We are busier than ever.\"");
    assertThat(a.source().mention().text()).contains("Dale Hart");
    assertThat(a.content().text()).isEqualTo("We are busier than ever");
  }

  @Test
  void sharesTheSubjectAfterAFrontedPhraseWithACoordinatedCue() {
    List<Attribution> found =
        attributions(
            "In his speech, Senator Ann Lee urged farmers to plant earlier, and criticized the"
                + " ministry's lack of planning.");
    assertThat(found).hasSize(2);
    assertThat(found.get(1).source().mention().text()).contains("Ann Lee");
    assertThat(found.get(1).content().text()).isEqualTo("the ministry's lack of planning");
  }

  @Test
  void looksPastABareTimePhraseBeforeTheCueForTheSubject() {
    Attribution a = only("The bakery chain just this month announced it would close two stores.");
    assertThat(a.source().mention().text()).isEqualTo("The bakery chain");
    assertThat(a.content().text()).isEqualTo("it would close two stores");
  }

  @Test
  void neverTakesTheDayAfterTheCueAsAnInvertedSpeaker() {
    Attribution a =
        only("\"The bridge will reopen soon,\" Mayor Lena Ortiz, D-Ore., said Wednesday.");
    assertThat(a.source().name()).contains("Lena Ortiz");
  }

  @Test
  void resolvesAWhoBeforeATimePhraseToItsAntecedent() {
    Attribution a =
        attributions(
                "The board met with Lisa Moreau, who in 2014 said the plant"
                    + " would never close.")
            .stream()
            .filter(found -> found.cue().text().equals("said"))
            .findFirst()
            .orElseThrow();
    assertThat(a.source().name()).contains("Lisa Moreau");
  }

  @Test
  void takesTheNounAParticiplePhraseModifiesAsTheSubject() {
    Attribution a = only("Fans waiting outside the stadium chanted \"Bring him back!\"");
    assertThat(a.source().mention().text()).isEqualTo("Fans");
  }

  @Test
  void sharesTheSubjectOfAPredicateAfterADashWithASecondCue() {
    List<Attribution> found =
        attributions("She drew his ire - he called her \"weak\" and said she had no support.");
    assertThat(found).extracting(a -> a.cue().text()).containsExactly("called", "said");
    assertThat(found.get(1).source().mention().text()).isEqualTo("he");
    assertThat(found.get(1).content().text()).isEqualTo("she had no support");
  }

  @Test
  void sharesTheSubjectBeforeAnAgeWithASecondCue() {
    Attribution a =
        only("One of the men, Tom Hale, 70, had served in the navy and said the plan would fail.");
    assertThat(a.source().name()).contains("Tom Hale");
    assertThat(a.content().text()).isEqualTo("the plan would fail");
  }
}
