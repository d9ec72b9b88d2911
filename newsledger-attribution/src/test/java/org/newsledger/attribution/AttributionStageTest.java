package org.newsledger.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsledger.core.Document;
import org.newsledger.core.Layers;
import org.newsledger.core.facts.Attribution;
import org.newsledger.core.facts.AttributionKind;
import org.newsledger.core.facts.SourceType;

/** One invented news sentence per rule of the cascade, plus sentences that must give nothing. */
class AttributionStageTest {

  private static List<Attribution> attributions(String text) {
    Document doc = Analyzer.body(text);
    return doc.get(Layers.ATTRIBUTIONS);
  }

  private static Attribution only(String text) {
    List<Attribution> found = attributions(text);
    assertThat(found).as("attributions of: " + text).hasSize(1);
    return found.get(0);
  }

  @Test
  void attributesSaidThatToSubject() {
    Attribution a =
        only("Mayor Anna Lindqvist said on Tuesday that the bridge would reopen in June.");
    assertThat(a.source().name()).contains("Anna Lindqvist");
    assertThat(a.content().text()).isEqualTo("the bridge would reopen in June");
    assertThat(a.cue().text()).isEqualTo("said");
    assertThat(a.kind()).isEqualTo(AttributionKind.INDIRECT);
    assertThat(a.rule()).isEqualTo(SaidThatRule.NAME);
  }

  @Test
  void attributesClauseWithoutComplementizer() {
    Attribution a = only("The union announced it had rejected the latest wage offer.");
    assertThat(a.source().mention().text()).isEqualTo("The union");
    assertThat(a.content().text()).isEqualTo("it had rejected the latest wage offer");
  }

  @Test
  void attributesClauseWhoseSubjectCarriesPrepositionalPhrases() {
    Attribution a = only("The mayor thinks the new road to the harbour will be finished by May.");
    assertThat(a.content().text()).isEqualTo("the new road to the harbour will be finished by May");
    assertThat(a.source().mention().text()).isEqualTo("The mayor");
  }

  @Test
  void attributesClauseWithCoordinatedSubjectButNotASecondClause() {
    assertThat(only("Many residents believe noise and dust are the real problem.").content().text())
        .isEqualTo("noise and dust are the real problem");
    Attribution second =
        only("In the poll, 40 percent prefer the mayor and 10 percent support her rival.");
    assertThat(second.cue().text()).isEqualTo("support");
    assertThat(second.content().text()).isEqualTo("her rival");
  }

  @Test
  void attributesCourtRuling() {
    Attribution a =
        only("The appeals court ruled that the county had counted the ballots lawfully.");
    assertThat(a.cue().text()).isEqualTo("ruled");
    assertThat(a.content().text()).isEqualTo("the county had counted the ballots lawfully");
  }

  @Test
  void firstPersonOutsideQuotesIsTheAuthorNotTheLastSpeaker() {
    List<Attribution> found =
        attributions(
            "The mayor said the road would open in May. We know that the budget has doubled.");
    assertThat(found).hasSize(2);
    assertThat(found.get(1).source().type()).isEqualTo(SourceType.AUTHOR);
    assertThat(found.get(1).source().name()).isEqualTo("We");
  }

  @Test
  void attributesQuoteBeforeSaidToFollowingSpeaker() {
    Attribution a = only("\"We will not give up the harbour,\" said Harbour Master Tomas Berg.");
    assertThat(a.source().name()).contains("Tomas Berg");
    assertThat(a.content().text()).isEqualTo("We will not give up the harbour");
    assertThat(a.kind()).isEqualTo(AttributionKind.DIRECT);
    assertThat(a.rule()).isEqualTo(SaidAfterRule.NAME);
  }

  @Test
  void attributesQuoteOverSeveralSentencesToSpeakerAfterIt() {
    Attribution a =
        only("\"The water is rising. We have moved every family out,\" the fire chief said.");
    assertThat(a.content().text()).isEqualTo("The water is rising. We have moved every family out");
    assertThat(a.source().mention().text()).isEqualTo("the fire chief");
  }

  @Test
  void attributesColonQuoteToSubject() {
    Attribution a = only("The coach told reporters: \"We were simply not good enough today.\"");
    assertThat(a.content().text()).contains("We were simply not good enough today");
    assertThat(a.source().mention().text()).isEqualTo("The coach");
  }

  @Test
  void attributesDashSaidToFollowingSpeaker() {
    Attribution a =
        only("The talks will resume next week - said Finance Minister Clara Holm on Friday.");
    assertThat(a.source().name()).contains("Clara Holm");
    assertThat(a.content().text()).isEqualTo("The talks will resume next week");
    assertThat(a.rule()).isEqualTo(DashRule.SAID_AFTER);
  }

  @Test
  void attributesDashParagraphOverSeveralSentences() {
    Attribution a =
        only(
            "Prices must come down: families cannot wait. We have been clear about it"
                + " - Holm said, summing up the meeting.");
    assertThat(a.content().text())
        .isEqualTo("Prices must come down: families cannot wait. We have been clear about it");
    assertThat(a.rule()).isEqualTo(DashRule.SOURCE_SAID);
  }

  @Test
  void dashContentStopsAfterSentenceNamingTheSpeaker() {
    Attribution a =
        only(
            "Senator Ida Moss voted against the bill. It leaves farmers with nothing"
                + " - Moss said after the vote.");
    assertThat(a.content().text()).isEqualTo("It leaves farmers with nothing");
  }

  @Test
  void attributesDashMediaReportsToMedia() {
    Attribution a = only("The minister is expected to resign this week - local media reports.");
    assertThat(a.source().type()).isEqualTo(SourceType.MEDIA);
    assertThat(a.content().text()).isEqualTo("The minister is expected to resign this week");
  }

  @Test
  void attributesAccordingToBeforeAndAfter() {
    Attribution before = only("According to the ministry, the new school will open in autumn.");
    assertThat(before.source().mention().text()).isEqualTo("the ministry");
    assertThat(before.content().text()).isEqualTo("the new school will open in autumn");
    assertThat(before.kind()).isEqualTo(AttributionKind.ACCORDING_TO);
    Attribution after = only("Twelve people were injured, according to the regional police.");
    assertThat(after.content().text()).isEqualTo("Twelve people were injured");
    assertThat(after.source().type()).isEqualTo(SourceType.ORGANIZATION);
  }

  @Test
  void attributesAsXStatedToItsSubject() {
    Attribution a = only("As the senator pointed out, the budget has not changed since March.");
    assertThat(a.cue().text()).isEqualTo("pointed out");
    assertThat(a.content().text()).isEqualTo("the budget has not changed since March");
    assertThat(a.rule()).isEqualTo(AsStatedRule.NAME);
  }

  @Test
  void attributesImpersonalPassiveToPreviousSource() {
    List<Attribution> found =
        attributions(
            "The airline said that flights would resume on Monday."
                + " It was also stressed, however, that refunds will be paid.");
    assertThat(found).hasSize(2);
    assertThat(found.get(1).rule()).isEqualTo(PassiveItRule.NAME);
    assertThat(found.get(1).source().name()).isEqualTo(found.get(0).source().name());
    assertThat(found.get(1).source().mention()).isNull();
    assertThat(found.get(1).content().text()).isEqualTo("refunds will be paid");
  }

  @Test
  void attributesStatementToItsIssuer() {
    List<Attribution> found =
        attributions(
            "The plant will close in May, the Nordvik Steel company"
                + " announced.\nThe statement also noted that 300 jobs would be lost.");
    assertThat(found).hasSize(2);
    assertThat(found.get(1).rule()).isEqualTo(SaidThatRule.STATEMENT_ISSUER);
    assertThat(found.get(1).source().name()).isEqualTo(found.get(0).source().name());
  }

  @Test
  void chainsNestedSourcesThroughVia() {
    List<Attribution> found =
        attributions("The newspaper reported that officials are saying" + " that the deal is off.");
    assertThat(found).hasSize(2);
    Attribution outer = found.get(0);
    Attribution inner = found.get(1);
    assertThat(outer.source().type()).isEqualTo(SourceType.MEDIA);
    assertThat(inner.source().type()).isEqualTo(SourceType.ANONYMOUS);
    assertThat(inner.via()).isEqualTo(outer.id());
    assertThat(inner.content().text()).isEqualTo("the deal is off");
  }

  @Test
  void attributesReportNounToNamedOutlet() {
    Attribution a =
        only(
            "Asked about reports, including from the Daily Courier newspaper, about"
                + " a merger, the chief executive smiled.");
    assertThat(a.kind()).isEqualTo(AttributionKind.REPORT);
    assertThat(a.source().mention().text()).isEqualTo("the Daily Courier newspaper");
    assertThat(a.content().text()).isEqualTo("a merger");
  }

  @Test
  void marksHeadlineAttributions() {
    Document doc = Analyzer.article("h", "Bridge will reopen in June, mayor says\nWork goes on.");
    assertThat(doc.get(Layers.ATTRIBUTIONS))
        .singleElement()
        .satisfies(a -> assertThat(a.inHeadline()).isTrue());
  }

  @Test
  void ignoresVerbsWithPlainObjects() {
    assertThat(attributions("The city announced its decision to build a new stadium.")).isEmpty();
    assertThat(attributions("She told the story of her grandfather.")).isEmpty();
  }

  @Test
  void ignoresAbsentStatementsAndNegatedCues() {
    assertThat(attributions("There has been no official reaction so far.")).isEmpty();
    assertThat(attributions("The club did not confirm the transfer.")).isEmpty();
    assertThat(attributions("There were reports about a fire.")).isEmpty();
  }

  @Test
  void takesNoQuotedSectionHeadingForAContinuedQuote() {
    List<Attribution> found =
        attributions(
            "\"We are hopeful,\" Governor Lena Roth said on Sunday."
                + "\n\"Return of the Old Mill Town.\"\nThe mill reopened in May.");
    assertThat(found).extracting(Attribution::rule).doesNotContain(QuoteContinuationRule.NAME);
  }

  @Test
  void continuesSpeakerIntoQuoteParagraph() {
    List<Attribution> found =
        attributions(
            "\"We are hopeful,\" Governor Lena Roth said on Sunday."
                + "\n\"The hard part is behind us.\"");
    assertThat(found).hasSize(2);
    assertThat(found.get(1).rule()).isEqualTo(QuoteContinuationRule.NAME);
    assertThat(found.get(1).source().name()).isEqualTo(found.get(0).source().name());
    assertThat(found.get(1).content().text()).isEqualTo("The hard part is behind us");
  }

  @Test
  void chainsCitedSourcesToTheReportingOutlet() {
    List<Attribution> found =
        attributions(
            "The Morning Ledger reported, citing two senior"
                + " officials, that the ceasefire talks had collapsed.");
    assertThat(found).hasSize(2);
    assertThat(found.get(0).content().text()).isEqualTo("the ceasefire talks had collapsed");
    assertThat(found.get(1).rule()).isEqualTo(Citations.NAME);
    assertThat(found.get(1).source().type()).isEqualTo(SourceType.ANONYMOUS);
    assertThat(found.get(1).via()).isEqualTo(found.get(0).id());
  }

  @Test
  void citesNoSourceForAReasonAfterCitingButReportsTheReasonCited() {
    List<Attribution> found =
        attributions(
            "The ferry operator said, citing the cost of fuel, that it would cancel the night"
                + " crossings.");
    assertThat(found).extracting(Attribution::rule).doesNotContain(Citations.NAME);
    assertThat(found).hasSize(2);
    assertThat(found).extracting(a -> a.content().text()).contains("the cost of fuel");
  }

  @Test
  void readsNoStatementIntoAParticipleAfterWithout() {
    List<Attribution> found =
        attributions("The minister left the hall without saying the budget would be cut.");
    assertThat(found).isEmpty();
  }

  @Test
  void readsNoComplementWhenAndFollowsTheCue() {
    List<Attribution> found =
        attributions("Voters would punish a rookie who said and did the same things as him.");
    assertThat(found).extracting(a -> a.cue().text()).doesNotContain("said");
  }

  @Test
  void attributesToNameBeforeApposition() {
    Attribution a =
        only("Maria Olsen, the head of the nurses' union, said the strike would" + " continue.");
    assertThat(a.source().mention().text()).isEqualTo("Maria Olsen");
    assertThat(a.content().text()).isEqualTo("the strike would continue");
  }

  @Test
  void attributesParticipleSayingToSentenceSubject() {
    Attribution a = only("The governor vetoed the bill, saying it would raise taxes.");
    assertThat(a.source().mention().text()).isEqualTo("The governor");
    assertThat(a.content().text()).isEqualTo("it would raise taxes");
    assertThat(a.rule()).isEqualTo(ParticipleRule.NAME);
  }

  @Test
  void attributesQuestionQuoteToSpeakerInNextSentence() {
    Attribution a = only("\"Who will pay for this?\" Senator Ruth Adler said.");
    assertThat(a.content().text()).isEqualTo("Who will pay for this");
    assertThat(a.source().name()).contains("Ruth Adler");
  }
}
