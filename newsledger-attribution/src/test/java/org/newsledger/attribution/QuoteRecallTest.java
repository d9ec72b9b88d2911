package org.newsledger.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsledger.attribution.Analyzer.attributions;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsledger.core.facts.Attribution;

/**
 * Invented quotations whose reporting clause stands between or after their parts: time and place
 * phrases, cues opening a sentence, quote marks run together, plural possessives.
 */
class QuoteRecallTest {

  private static Attribution cued(List<Attribution> found, String cue) {
    return found.stream()
        .filter(a -> a.cue().text().equals(cue))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no attribution cued by '" + cue + "': " + found));
  }

  @Test
  void takesASpeakerWhoseSurnameTheTaggerReadsAsAnAdjective() {
    Attribution a =
        cued(
            attributions(
                "\"The ferry will run again in spring,\" said Tad Devine, the harbour master."),
            "said");
    assertThat(a.source().name()).isEqualTo("Tad Devine");
    assertThat(a.content().text()).isEqualTo("The ferry will run again in spring");
  }

  @Test
  void takesAQuotationOfSentencesEndingInAPeriodBeforeItsSpeaker() {
    Attribution a =
        cued(
            attributions(
                "\"The ferry is late again. Nobody tells us why it is late.\" Mara Lint said."),
            "said");
    assertThat(a.source().name()).isEqualTo("Mara Lint");
    assertThat(a.content().text())
        .isEqualTo("The ferry is late again. Nobody tells us why it is late");
  }

  @Test
  void endsAQuotationAtMarksRunTogetherThatTheSplitterMovedOn() {
    Attribution a =
        cued(
            attributions(
                "\u201CHer first words were, \u2018How can we help the town?\u2019\u201D Mara"
                    + " Lint said."),
            "said");
    assertThat(a.source().name()).isEqualTo("Mara Lint");
    assertThat(a.content().text()).startsWith("Her first words were").contains("help the town");
  }

  @Test
  void joinsQuotePartsAroundACueFollowedByATimePhrase() {
    Attribution a =
        cued(
            attributions(
                "\"The ferry will run again in spring,\" she said last month. \"The harbour is"
                    + " ready for it.\""),
            "said");
    assertThat(a.content().text()).startsWith("The ferry will run again").endsWith("ready for it");
    assertThat(a.rule()).isEqualTo(SaidAfterRule.NAME);
  }

  @Test
  void takesTheQuestionBeforeACueOpeningTheNextSentence() {
    Attribution a =
        cued(
            attributions(
                "\"Who will pay for the new bridge over the river?\" said Mara Lint, a member of"
                    + " the town council. \"Nobody has told the people who live here.\""),
            "said");
    assertThat(a.source().name()).contains("Mara Lint");
    assertThat(a.content().text())
        .startsWith("Who will pay for the new bridge")
        .contains("Nobody has told the people");
  }

  @Test
  void joinsQuotePartsAroundAClauseWithAPlaceName() {
    Attribution a =
        cued(
            attributions(
                "\"We will rebuild the old pier,\" Tom Hale said during a visit to Valmora, Ohio,"
                    + " \"and we will finish it this year.\""),
            "said");
    assertThat(a.content().text())
        .contains("We will rebuild the old pier")
        .contains("finish it this year");
  }

  @Test
  void readsQuoteMarksRunTogetherAsTheEndOfAQuotation() {
    Attribution a =
        cued(
            attributions(
                "\u201CThey told us \u2018wait a little longer,\u2019\u201D Lena Roth said."
                    + " \u201CWe waited for ten long years.\u201D"),
            "said");
    assertThat(a.source().name()).contains("Lena Roth");
    assertThat(a.content().text()).startsWith("They told us").contains("ten long years");
  }

  @Test
  void takesTheQuoteBeforeItsSpeakerWhateverFollowsTheCue() {
    Attribution a =
        cued(
            attributions(
                "\"The plant will close by the end of the year,\" she said at a meeting"
                    + " announcing that the town would lose four hundred jobs."),
            "said");
    assertThat(a.content().text()).isEqualTo("The plant will close by the end of the year");
  }

  @Test
  void keepsAPluralPossessiveInsideTheContent() {
    Attribution a =
        cued(
            attributions(
                "Tom Hale told the council that the farmers\u2019 market is \u201Cthriving\u201D"
                    + " and says he will expand it."),
            "told");
    assertThat(a.content().text()).contains("market is").contains("thriving");
  }

  @Test
  void attributesAQuoteAfterAParticipleOpenedBySubordinator() {
    Attribution a =
        cued(
            attributions(
                "The singer waved to the crowd before asking them, \"Are you ready for the last"
                    + " song of the night?\""),
            "asking");
    assertThat(a.content().text()).startsWith("Are you ready for the last song");
  }

  @Test
  void attributesAQuotationToTheDocumentItIsReadFrom() {
    Attribution a =
        cued(attributions("\"The harbour will stay open all winter,\" the notice read."), "read");
    assertThat(a.content().text()).isEqualTo("The harbour will stay open all winter");
  }

  @Test
  void endsTheContentAtAQuoteClosingBeforeANewClause() {
    Attribution a =
        cued(
            attributions(
                "The mayor is promising new roads and \"jobs, jobs, jobs,\" but she has also"
                    + " raised the port fees twice."),
            "promising");
    assertThat(a.content().text()).startsWith("new roads").doesNotContain("port fees");
  }

  @Test
  void endsAnObjectContentAtADashAfterItsQuotation() {
    Attribution a =
        cued(
            attributions(
                "Tom Hale dismissed the plan as a \"paper harbour\" \u2014 a phrase that stuck"
                    + " with the town for years."),
            "dismissed");
    assertThat(a.content().text()).doesNotContain("phrase that stuck");
  }

  @Test
  void takesTheParagraphAfterACueEndingInAColon() {
    Attribution a =
        cued(
            attributions(
                "The harbour master said:\n\n\"We have waited long enough for the new cranes."
                    + " The ships will not wait for us.\""),
            "said");
    assertThat(a.content().text())
        .startsWith("We have waited long enough")
        .endsWith("will not wait for us");
  }

  @Test
  void opensTheContentAtAQuoteAfterThatTaggedAsARelativePronoun() {
    Attribution a =
        cued(
            attributions(
                "Spokeswoman Ann Lee said via email that, \"Of course the council will defend"
                    + " itself\" against the claims."),
            "said");
    assertThat(a.content().text()).contains("Of course the council will defend itself");
  }

  @Test
  void readsAContractedAuxiliaryBeforeAParticipleCue() {
    Attribution a =
        cued(
            attributions(
                "He\u2019s claiming that the vote was \u201Crigged from the start\u201D by the"
                    + " council."),
            "claiming");
    assertThat(a.content().text()).startsWith("the vote was");
  }

  @Test
  void joinsQuotePartsAroundAParticipleAside() {
    Attribution a =
        cued(
            attributions(
                "\"Every time you say that,\" Tom Hale said, turning to the mayor, \"you give the"
                    + " opposition another argument.\""),
            "said");
    assertThat(a.content().text()).contains("Every time you say that").contains("another argument");
  }

  @Test
  void leavesTheWordsBeforeAMidSentenceQuoteToTheirOwnCue() {
    List<Attribution> found =
        attributions(
            "Lena Roth said she wrote the book because \"nobody remembers the old harbour,\" she"
                + " said. \"We have no future if we forget the past.\"");
    Attribution second = found.get(found.size() - 1);
    assertThat(second.content().text()).startsWith("nobody remembers").contains("forget the past");
  }

  @Test
  void takesTheObjectOfAComparisonAsContent() {
    Attribution a =
        cued(
            attributions("Mayor Lena Roth likened the new bridge to \"a gift from the river.\""),
            "likened");
    assertThat(a.content().text()).contains("a gift from the river");
  }

  @Test
  void takesTheOuterQuotationWhenQuoteMarksCloseTogether() {
    Attribution a =
        cued(
            attributions(
                "\u201CThey came to us and said, \u2018We own the harbour.\u2019 I would say,"
                    + " \u2018That is not true,\u2019 \u201D the mayor added."),
            "added");
    assertThat(a.content().text()).startsWith("They came to us");
  }

  @Test
  void readsACueAfterAPartyTagEndingInAPeriod() {
    Attribution a =
        cued(attributions("Rep. Tom Hale (R-S.C.) said the harbour budget would fail."), "said");
    assertThat(a.source().name()).contains("Tom Hale");
    assertThat(a.content().text()).isEqualTo("the harbour budget would fail");
  }

  @Test
  void joinsQuotePartsAroundASpeakerWithAPartyTag() {
    Attribution a =
        cued(
            attributions(
                "\"This is a sad day,\" said Rep. Ann Lee (R-S.C.), head of the harbour caucus."
                    + " \"The port deserves better than this plan, and the families who work"
                    + " here deserve to be heard before the vote.\""),
            "said");
    assertThat(a.content().text()).contains("This is a sad day").contains("deserves better");
  }
}
