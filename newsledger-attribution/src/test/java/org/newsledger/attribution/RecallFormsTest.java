package org.newsledger.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsledger.attribution.Analyzer.attributions;
import static org.newsledger.attribution.Analyzer.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsledger.core.facts.Attribution;
import org.newsledger.core.facts.SourceType;

/**
 * Invented sentences for the subject, complement and content-boundary forms found missing on
 * PolNeAR's dev split, each with a case the form must leave alone.
 */
class RecallFormsTest {

  @Test
  void readsAContractedIsAfterAPronounAsAVerb() {
    Attribution a =
        only("Tom Joyce told reporters he\u2019s not planning an appeal of the ruling.");
    assertThat(a.source().name()).isEqualTo("Tom Joyce");
    assertThat(a.content().text()).isEqualTo("he\u2019s not planning an appeal of the ruling");
  }

  @Test
  void takesACountedSpeakerAfterTheCue() {
    Attribution a =
        only("\"The choice is a hard one,\" said one person with knowledge of the mayor's plans.");
    assertThat(a.source().mention().text()).startsWith("one person");
    assertThat(a.content().text()).isEqualTo("The choice is a hard one");
  }

  @Test
  void takesAnAgeAsTheSpeaker() {
    Attribution a = only("\"I will vote for the first time this year,\" said the 19-year-old.");
    assertThat(a.source().mention().text()).isEqualTo("the 19-year-old");
    assertThat(a.content().text()).isEqualTo("I will vote for the first time this year");
  }

  @Test
  void takesASubjectModifiedByAParticipleAndATime() {
    Attribution a = only("A court filing released Thursday says the mill will close in May.");
    assertThat(a.source().mention().text()).isEqualTo("A court filing");
    assertThat(a.content().text()).isEqualTo("the mill will close in May");
  }

  @Test
  void keepsTheParticipleAndItsAgentInTheSubject() {
    Attribution a = only("A report published by the Valmora Herald said the mill will close.");
    assertThat(a.source().mention().text()).isEqualTo("A report published by the Valmora Herald");
  }

  @Test
  void takesASurnameTheTaggerReadsAsAVerb() {
    Attribution a =
        only("Shane Shook, a harbour engineer, said the pier would not last the winter.");
    assertThat(a.source().name()).isEqualTo("Shane Shook");
    assertThat(a.content().text()).isEqualTo("the pier would not last the winter");
  }

  @Test
  void skipsAComparativeTimeAdverbBeforeThat() {
    Attribution a =
        only("Ann Lee said earlier on Friday during a visit that the pier would be rebuilt.");
    assertThat(a.content().text()).isEqualTo("the pier would be rebuilt");
  }

  @Test
  void takesAnInvertedSpeakerFollowedByAnAdverbialClause() {
    Attribution a =
        Analyzer.attributions("\"The pier will be rebuilt,\" said Ann Lee when asked about it.")
            .stream()
            .filter(x -> x.cue().text().equals("said"))
            .findFirst()
            .orElseThrow();
    assertThat(a.source().name()).isEqualTo("Ann Lee");
    assertThat(a.content().text()).isEqualTo("The pier will be rebuilt");
  }

  @Test
  void quotedTitleBeforeTheSubjectDoesNotHideTheReport() {
    Attribution a =
        only(
            "On this weekend's broadcast of \"Valmora Today,\" Governor Ruth Adler said her"
                + " rival's letter was only a joke.");
    assertThat(a.source().name()).contains("Ruth Adler");
    assertThat(a.content().text()).isEqualTo("her rival's letter was only a joke");
  }

  @Test
  void takesTheNameApposedToARoleAsSubject() {
    Attribution a =
        only("The state's campaign chairman, Phil Lovas, said he cannot comment on the letter.");
    assertThat(a.source().mention().text()).contains("Phil Lovas");
    assertThat(a.content().text()).isEqualTo("he cannot comment on the letter");
  }

  @Test
  void looksPastTwoAsidesForTheSubject() {
    Attribution a =
        only(
            "Adam Lindqvist, 56, who has served on the committee for a decade, said the break-in"
                + " can be traced to a foreign service.");
    assertThat(a.source().name()).contains("Lindqvist");
    assertThat(a.content().text()).isEqualTo("the break-in can be traced to a foreign service");
  }

  @Test
  void keepsThePrepositionalModifierOfTheSubject() {
    Attribution a =
        only(
            "Officials at the Valmora Port Authority, a division of the transport ministry, said"
                + " they were worried about the dredging plan.");
    assertThat(a.source().mention().text()).startsWith("Officials at");
    assertThat(a.content().text()).isEqualTo("they were worried about the dredging plan");
  }

  @Test
  void looksPastATimePhraseForTheSubject() {
    Attribution a = only("Senator Ruth Adler on Tuesday said the tax code has four loopholes.");
    assertThat(a.source().name()).contains("Ruth Adler");
    assertThat(a.content().text()).isEqualTo("the tax code has four loopholes");
  }

  @Test
  void keepsAnOfPhraseInTheSpeakerAfterAQuote() {
    Attribution a = only("\"It was the least bad outcome,\" Mr. Morgan of the Sierra Club said.");
    assertThat(a.source().mention().text()).isEqualTo("Mr. Morgan of the Sierra Club");
    assertThat(a.content().text()).isEqualTo("It was the least bad outcome");
  }

  @Test
  void readsThatAfterAnAddresseeAsAComplementizer() {
    Attribution a =
        only(
            "In Honolulu, the president told a meeting of island leaders that few people"
                + " understood the stakes better than they did.");
    assertThat(a.content().text())
        .isEqualTo("few people understood the stakes better than they did");
  }

  @Test
  void takesAnObjectAndInfinitiveAfterWant() {
    Attribution a = only("Governor Ruth Adler wants the legislature to cut the fuel tax.");
    assertThat(a.content().text()).isEqualTo("the legislature to cut the fuel tax");
  }

  @Test
  void takesTheWholeObjectOfAJudgmentNotOnlyItsQuote() {
    Attribution a = only("Senator Ruth Adler called half of the council \"cowards.\"");
    assertThat(a.content().text()).startsWith("half of the council");
  }

  @Test
  void readsAProperNameBeforeAParticipleAsThePastTense() {
    Attribution a = only("In July, the NAACP called for a moratorium on charter schools.");
    assertThat(a.cue().text()).isEqualTo("called for");
    assertThat(a.content().text()).isEqualTo("a moratorium on charter schools");
  }

  @Test
  void leavesAParticipleWithAnAgentAlone() {
    assertThat(attributions("The Harbor Plan called for by the unions was dropped in May."))
        .isEmpty();
  }

  @Test
  void startsAClauseAtAnApproximateNumber() {
    Attribution a = only("Governor Ruth Adler has said about 20 people applied for the seat.");
    assertThat(a.content().text()).isEqualTo("about 20 people applied for the seat");
  }

  @Test
  void endsContentWhereTheAuthorStartsANewClause() {
    assertThat(
            only("Mayor Ann Lee said the port would reopen, and residents cheered in the street.")
                .content()
                .text())
        .isEqualTo("the port would reopen");
    assertThat(
            only("Mayor Ann Lee said the delay was not intentional; the crews arrived on Friday.")
                .content()
                .text())
        .isEqualTo("the delay was not intentional");
    assertThat(
            only("Mayor Ann Lee claimed that the toll was fair, although she never paid it.")
                .content()
                .text())
        .isEqualTo("the toll was fair");
  }

  @Test
  void keepsAClauseCoordinatedInsideTheContent() {
    Attribution a = only("Mayor Ann Lee said the port would reopen and the ferries would run.");
    assertThat(a.content().text()).isEqualTo("the port would reopen and the ferries would run");
  }

  @Test
  void findsTheSpeakerOfAParticipleAfterAFrontedPhrase() {
    List<Attribution> found =
        attributions(
            "During a speech in Ohio, Senator Ruth Adler attacked the governor over the budget,"
                + " saying he had misled voters.");
    Attribution saying =
        found.stream().filter(a -> a.rule().equals(ParticipleRule.NAME)).findFirst().orElseThrow();
    assertThat(saying.source().name()).contains("Ruth Adler");
    assertThat(saying.content().text()).isEqualTo("he had misled voters");
  }

  @Test
  void readsAnAdverbialClauseAfterTheCueAsPartOfTheAttribution() {
    Attribution a =
        only(
            "\"I am not going to follow a script,\" Prime Minister Ruth Adler said after the"
                + " meeting broke up.");
    assertThat(a.source().name()).contains("Ruth Adler");
    assertThat(a.content().text()).isEqualTo("I am not going to follow a script");
  }

  @Test
  void acceptsAPronounAddresseeAfterTheQuote() {
    Attribution a = only("\"We must not overreact to campaign rhetoric,\" the minister told me.");
    assertThat(a.content().text()).isEqualTo("We must not overreact to campaign rhetoric");
  }

  @Test
  void keepsTheLongerQuotedPartAcrossALongInterruption() {
    Attribution a =
        only(
            "\"It is hard to avoid,\" said Ryan Ellis, a tax consultant who advised the Senate"
                + " finance committee on the estate tax for many years in the nineties. \"Any"
                + " time you cut taxes, the cut goes to the people at the top.\"");
    assertThat(a.content().text())
        .isEqualTo("Any time you cut taxes, the cut goes to the people" + " at the top");
  }

  @Test
  void ignoresAFrontedParticipleAsContent() {
    assertThat(attributions("Speaking to students in Philadelphia, the senator responded."))
        .isEmpty();
  }

  @Test
  void ignoresAnAdverbialClauseAfterSay() {
    assertThat(attributions("Liz Wahl said when she resigned from the network in 2014.")).isEmpty();
  }

  @Test
  void readsAHyphenatedParticipleInsideTheSource() {
    Attribution a =
        only(
            "Incomes at the top would rise by 19 percent, according to the conservative-leaning"
                + " Tax Foundation.");
    assertThat(a.source().mention().text()).contains("Tax Foundation");
  }

  @Test
  void attributesTheObjectOfBlame() {
    assertThat(only("The union blamed the company for the strike.").content().text())
        .isEqualTo("the company for the strike");
  }

  @Test
  void attributesTheObjectOfALessFrequentJudgmentVerb() {
    Attribution a = only("Senator Ruth Adler lamented the closure of the paper mill.");
    assertThat(a.cue().text()).isEqualTo("lamented");
    assertThat(a.content().text()).isEqualTo("the closure of the paper mill");
  }

  @Test
  void attributesTheObjectOfAVerbEndingInAPreposition() {
    Attribution a = only("Mayor Ann Lee railed against the new toll on the harbor bridge.");
    assertThat(a.cue().text()).isEqualTo("railed against");
    assertThat(a.content().text()).isEqualTo("the new toll on the harbor bridge");
  }

  @Test
  void attributesANounPhraseObjectOfMentionAndNote() {
    assertThat(only("Governor Ruth Adler mentioned the flood relief fund.").content().text())
        .isEqualTo("the flood relief fund");
    assertThat(only("Mayor Ann Lee noted the rising cost of housing.").content().text())
        .isEqualTo("the rising cost of housing");
  }

  @Test
  void endsAnObjectBeforeAClosingTimePhrase() {
    Attribution a = only("The dockworkers union endorsed Mayor Ann Lee in early June.");
    assertThat(a.content().text()).isEqualTo("Mayor Ann Lee");
  }

  @Test
  void endsAnObjectBeforeTheSubjectsNextAct() {
    Attribution a =
        only("Senator Ruth Adler criticized the ferry contract and voted against the budget.");
    assertThat(a.content().text()).isEqualTo("the ferry contract");
  }

  @Test
  void keepsAnInfinitiveCoordinatedInsideTheContent() {
    Attribution a = only("Governor Ruth Adler vowed to cut the fuel tax and raise school funds.");
    assertThat(a.content().text()).isEqualTo("to cut the fuel tax and raise school funds");
  }

  @Test
  void attributesARefusalButLeavesADeclinedCommentToTheStances() {
    Attribution a = only("Senator Ruth Adler refused to release the audit of the port.");
    assertThat(a.cue().text()).isEqualTo("refused");
    assertThat(a.content().text()).isEqualTo("to release the audit of the port");
    assertThat(attributions("Mayor Ann Lee declined to comment on the audit.")).isEmpty();
  }

  @Test
  void attributesAnImpersonalExpectationToNoOne() {
    Attribution a = only("The harbor bill is expected to pass the council next week.");
    assertThat(a.cue().text()).isEqualTo("is expected");
    assertThat(a.content().text())
        .isEqualTo("The harbor bill is expected to pass the council next week");
    assertThat(a.source().type()).isEqualTo(SourceType.UNKNOWN);
    assertThat(a.rule()).isEqualTo(ExpectedToRule.NAME);
    assertThat(attributions("The ferry is scheduled to leave at noon.")).isEmpty();
  }

  @Test
  void attributesHowThingsAppearToNoOne() {
    Attribution a = only("The harbor plan appears to be working, at least for now.");
    assertThat(a.cue().text()).isEqualTo("appears");
    assertThat(a.content().text()).isEqualTo("The harbor plan appears to be working");
    assertThat(a.source().type()).isEqualTo(SourceType.UNKNOWN);
    assertThat(a.rule()).isEqualTo(AppearsRule.NAME);
    assertThat(only("The fishermen seemed unconvinced by the offer.").content().text())
        .isEqualTo("The fishermen seemed unconvinced by the offer");
    assertThat(only("It appears that the ferry was never late.").content().text())
        .isEqualTo("the ferry was never late");
  }

  @Test
  void leavesAnAppearanceOnAirAndARaisedCueAlone() {
    assertThat(attributions("The mayor appeared on the evening news on Sunday.")).isEmpty();
    Attribution a = only("The mayor appeared to suggest that the ferry would stop.");
    assertThat(a.cue().text()).isEqualTo("suggest");
    assertThat(a.source().mention().text()).isEqualTo("The mayor");
  }

  @Test
  void creditsAClauseAfterInAPollToThePoll() {
    Attribution a = only("In the latest harbour poll, the ferry plan leads by nine points.");
    assertThat(a.cue().text()).isEqualTo("In");
    assertThat(a.source().mention().text()).isEqualTo("the latest harbour poll");
    assertThat(a.content().text()).isEqualTo("the ferry plan leads by nine points");
    assertThat(a.rule()).isEqualTo(InSourceRule.NAME);
    assertThat(attributions("In the end, the ferry plan passed.")).isEmpty();
    Attribution said = only("In a statement, the port board said the ferry would run.");
    assertThat(said.cue().text()).isEqualTo("said");
    assertThat(said.source().mention().text()).isEqualTo("the port board");
  }

  @Test
  void readsThatAfterAnAdjunctAsTheCuesComplement() {
    Attribution a =
        only("Mayor Ann Lee said during the debate that she could rebuild the pier this year.");
    assertThat(a.content().text()).isEqualTo("she could rebuild the pier this year");
  }

  @Test
  void takesNoDatelineForTheContentBeforeADash() {
    Attribution a =
        only("VALMORA \u2014 Mayor Ann Lee argued during the debate that the pier could be saved.");
    assertThat(a.content().text()).isEqualTo("the pier could be saved");
    assertThat(a.rule()).isEqualTo(SaidThatRule.NAME);
  }

  @Test
  void takesAYesOrNoAnswerAsTheContent() {
    Attribution a = only("Most harbour workers said yes, yes, over and over again.");
    assertThat(a.content().text()).isEqualTo("yes, yes");
    assertThat(only("The mayor said no.").content().text()).isEqualTo("no");
  }

  @Test
  void readsAVerbTaggedFirstNameAsAName() {
    Attribution a =
        only("\"The pier will open in May,\" harbour spokeswoman Hope Hicks said on Friday.");
    assertThat(a.source().name()).contains("Hope Hicks");
  }

  @Test
  void keepsAGradedAdjectiveInsideASourcePhrase() {
    Attribution a = only("Ferry use fell by a third, according to the most recent harbour data.");
    assertThat(a.source().mention().text()).isEqualTo("the most recent harbour data");
    Attribution b = only("The most senior harbour official said the pier would close.");
    assertThat(b.source().mention().text()).isEqualTo("The most senior harbour official");
  }
}
