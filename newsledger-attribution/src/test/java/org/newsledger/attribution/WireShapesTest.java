package org.newsledger.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsledger.attribution.Analyzer.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsledger.core.Excerpt;
import org.newsledger.core.facts.Attribution;
import org.newsledger.core.facts.AttributionKind;
import org.newsledger.core.facts.SourceType;

/**
 * Invented sentences for shapes of wire copy: a quotation split around its reporting clause, the
 * article's own hedge that credits no one, outlets relaying other sources, pronoun speakers and
 * words inside a quotation.
 */
class WireShapesTest {

  @Test
  void keepsTheTwoPartsOfAQuotationSplitAroundItsReportingClause() {
    Attribution a =
        only("\"The pier is unsafe,\" harbour master Ines Vale said. \"We closed it at noon.\"");

    assertThat(a.source().name()).isEqualTo("Ines Vale");
    assertThat(a.kind()).isEqualTo(AttributionKind.DIRECT);
    assertThat(a.contentParts())
        .extracting(Excerpt::text)
        .containsExactly("The pier is unsafe", "We closed it at noon");
  }

  @Test
  void keepsTheClauseOutOfTheSecondPartWhenTheCueComesFirst() {
    Attribution a =
        only("\"Fares will rise,\" said Tomas Brandt, the ferry operator. \"Fuel costs more.\"");

    assertThat(a.contentParts())
        .extracting(Excerpt::text)
        .containsExactly("Fares will rise", "Fuel costs more");
  }

  @Test
  void keepsAQuotationWithoutASplitAsOnePart() {
    Attribution a = only("\"The pier is unsafe and we closed it,\" Ines Vale said.");

    assertThat(a.contentParts()).containsExactly(a.content());
  }

  @Test
  void leavesTheArticlesOwnHedgeUnattributed() {
    List<Attribution> found =
        Analyzer.attributions("The harbour master is reportedly expected to resign next week.");

    assertThat(found).isEmpty();
  }

  @Test
  void stillReportsAnExpectationWithoutAHedge() {
    List<Attribution> found =
        Analyzer.attributions("The harbour vote is expected to pass next week.");

    assertThat(found)
        .singleElement()
        .satisfies(a -> assertThat(a.source().type().name()).isEqualTo("UNKNOWN"));
  }

  @Test
  void creditsTheSourcesViaTheOutletNamedFirst() {
    List<Attribution> found =
        Analyzer.attributions(
            "According to the Halden Tribune, a deal is expected within days, sources close to"
                + " the talks reported.");

    assertThat(found).hasSize(2);
    Attribution outlet = found.get(0);
    Attribution inner = found.get(1);
    assertThat(outlet.source().name()).isEqualTo("Halden Tribune");
    assertThat(inner.source().mention().text()).isEqualTo("sources");
    assertThat(inner.content().text()).isEqualTo("a deal is expected within days");
    assertThat(inner.via()).isEqualTo(outlet.id());
  }

  @Test
  void creditsTheSourcesViaTheOutletNamedLast() {
    List<Attribution> found =
        Analyzer.attributions(
            "A new round of talks is planned for July, officials said, according to the Nordic"
                + " Times.");

    Attribution inner =
        found.stream().filter(a -> a.cue().text().equals("said")).findFirst().orElseThrow();
    Attribution outlet =
        found.stream().filter(a -> a.rule().equals(AccordingToRule.NAME)).findFirst().orElseThrow();
    assertThat(inner.content().text()).isEqualTo("A new round of talks is planned for July");
    assertThat(inner.via()).isEqualTo(outlet.id());
  }

  @Test
  void nestsTheSourcesAnOutletCites() {
    List<Attribution> found =
        Analyzer.attributions(
            "The Tribune reported, citing two security officials, that the police had been told"
                + " to stay away.");

    assertThat(found).hasSize(2);
    assertThat(found.get(1).source().mention().text()).isEqualTo("two security officials");
    assertThat(found.get(1).via()).isEqualTo(found.get(0).id());
  }

  @Test
  void resolvesAPronounSpeakerPastAPersonNamedOnlyAsAPossessive() {
    List<Attribution> found =
        Analyzer.attributions(
            "Union leader Maria Osei said the dockworkers would stay out. Negotiator Chidi"
                + " Okafor's proposal was rejected by the board on Tuesday. \"We will keep"
                + " talking,\" she said.");

    Attribution quoted = found.get(found.size() - 1);
    assertThat(quoted.content().text()).isEqualTo("We will keep talking");
    assertThat(quoted.source().name()).isEqualTo("Maria Osei");
  }

  @Test
  void takesAPronounsGenderFromAnHonorific() {
    List<Attribution> found =
        Analyzer.attributions(
            "Ms. Adaeze Nwosu said the quota was fair. The board thanked Obinna Eze for his"
                + " help. \"It is a start,\" she said.");

    assertThat(found.get(found.size() - 1).source().name()).isEqualTo("Adaeze Nwosu");
  }

  @Test
  void findsNoCueInsideAQuotation() {
    List<Attribution> found =
        Analyzer.attributions(
            "He said the authority would sue if the unions kept pressing this 'reckless plan'"
                + " for another week.");

    assertThat(found).singleElement().satisfies(a -> assertThat(a.cue().text()).isEqualTo("said"));
  }

  @Test
  void takesThePersonNamedAfterATitleThatHoldsAPreposition() {
    Attribution a =
        only("Chamber of Fisheries President Liv Aamodt said the quota would be cut by a fifth.");

    assertThat(a.source().name()).isEqualTo("Liv Aamodt");
  }

  @Test
  void keepsTheNounWhenTheNameIsTheObjectOfAPreposition() {
    Attribution a = only("The lawyer of Liv Aamodt said the quota would be cut by a fifth.");

    assertThat(a.source().name()).isNotEqualTo("Liv Aamodt").contains("lawyer");
  }

  @Test
  void resolvesTheyToThePluralSubjectOfTheSentenceBefore() {
    List<Attribution> found =
        Analyzer.attributions(
            "The mayor said the bridge would close in May. The ministers of Norway and Sweden met"
                + " in Oslo on Friday. They concluded that the toll road was illegal.");

    Attribution they =
        found.stream().filter(a -> a.cue().text().equals("concluded")).findFirst().orElseThrow();
    assertThat(they.source().name()).startsWith("The ministers");
    assertThat(they.source().mention().text()).isEqualTo("They");
  }

  @Test
  void keepsThePreviousSourceForTheyWhenNoPluralSubjectCameBetween() {
    List<Attribution> found =
        Analyzer.attributions(
            "Union officials said the strike would go on. They added that talks would resume.");

    Attribution they =
        found.stream().filter(a -> a.cue().text().equals("added")).findFirst().orElseThrow();
    assertThat(they.source().name()).endsWith("officials");
  }

  @Test
  void readsAccordingToALawAsInAccordanceWithNotAsASource() {
    List<Attribution> found =
        Analyzer.attributions(
            "The prince gave up his title according to royal law, and he still lives at the"
                + " palace.");

    assertThat(found).isEmpty();
  }

  @Test
  void stillAttributesAccordingToADocumentThatSpeaks() {
    Attribution a = only("According to the court ruling, the ferry company must pay the fines.");

    assertThat(a.source().name()).contains("ruling");
  }

  @Test
  void givesATrailingAsPhraseTheClauseItFollowsNotTheWholeReport() {
    List<Attribution> found =
        Analyzer.attributions(
            "The mayor accused the council of delay, and argued that the toll was illegal, as the"
                + " district court found.");

    Attribution court =
        found.stream().filter(a -> a.cue().text().equals("found")).findFirst().orElseThrow();
    assertThat(court.content().text()).isEqualTo("the toll was illegal");
  }

  @Test
  void creditsADocumentToTheIssuerItsModifierNames() {
    List<Attribution> found =
        Analyzer.attributions(
            "Norway said the talks would resume in May. The Swedish statement said the border"
                + " would stay open.");

    Attribution statement =
        found.stream().filter(a -> a.content().text().contains("border")).findFirst().orElseThrow();
    assertThat(statement.source().name()).isNotEqualTo("Norway");
  }

  @Test
  void readsAnApproximateNumberAsTheSubjectOfTheReportedClause() {
    Attribution a =
        only("The police chief said at least 30 people were arrested on Tuesday night.");

    assertThat(a.content().text()).isEqualTo("at least 30 people were arrested on Tuesday night");
  }

  @Test
  void creditsTheNounBeforeAParticipleNotTheParticiplesObject() {
    Attribution a = only("Sailors guarding the seized cargo said no report would be released.");

    assertThat(a.source().name()).isEqualTo("Sailors");
    assertThat(a.content().text()).isEqualTo("no report would be released");
  }

  @Test
  void creditsThePaperToTheOutletNamedBefore() {
    List<Attribution> found =
        Analyzer.attributions(
            "The Halden Tribune reported on Wednesday that a deal was near. The paper said the"
                + " union had dropped its pension demand.");

    Attribution paper =
        found.stream()
            .filter(a -> a.content().text().contains("pension"))
            .findFirst()
            .orElseThrow();
    assertThat(paper.source().name()).isEqualTo("Halden Tribune");
    assertThat(paper.source().mention().text()).isEqualTo("The paper");
  }

  @Test
  void creditsAStatementToItsPossessor() {
    List<Attribution> found =
        Analyzer.attributions(
            "The ministry's statement, quoting the minister, said the cuts were necessary.");

    Attribution statement =
        found.stream().filter(a -> a.cue().text().equals("said")).findFirst().orElseThrow();
    assertThat(statement.source().name()).isEqualTo("The ministry");
    assertThat(statement.source().type()).isEqualTo(SourceType.ORGANIZATION);
    assertThat(statement.source().mention().text()).isEqualTo("The ministry's statement");
  }

  @Test
  void creditsAReportToTheNameItsByPhraseGives() {
    List<Attribution> found =
        Analyzer.attributions(
            "A report by the Coastal Herald said the shipping companies had lost 4 million euros,"
                + " quoting industry officials.");

    Attribution report =
        found.stream().filter(a -> a.cue().text().equals("said")).findFirst().orElseThrow();
    assertThat(report.source().name()).isEqualTo("Coastal Herald");
    assertThat(report.source().mention().text()).isEqualTo("A report by the Coastal Herald");
  }

  @Test
  void takesTheNameApposedToARoleWhoseOrganisationHoldsOf() {
    Attribution a =
        only(
            "After the vote, a Ministry of Fisheries spokeswoman, Ana Ruiz, said the quota would"
                + " stay.");

    assertThat(a.source().name()).isEqualTo("Ana Ruiz");
  }

  @Test
  void endsTheContentBeforeTheAuthorsTimeAdjunct() {
    Attribution a =
        only(
            "The mayor confirmed on Monday that the bridge would close, two days after the"
                + " council had ruled it out.");

    assertThat(a.content().text()).isEqualTo("the bridge would close");
  }

  @Test
  void creditsTheSpeakerQuotedAsSaying() {
    Attribution a =
        only("The chief forecaster, Omar Sato, was quoted as saying that the river would peak.");

    assertThat(a.source().name()).isEqualTo("Omar Sato");
    assertThat(a.content().text()).isEqualTo("the river would peak");
  }

  @Test
  void creditsTheSpeakerNotTheOutletThatQuotedHim() {
    Attribution a =
        only("Omar Sato was quoted by the Valley Post as saying the river would peak on Friday.");

    assertThat(a.source().name()).isEqualTo("Omar Sato");
    assertThat(a.content().text()).isEqualTo("the river would peak on Friday");
  }

  @Test
  void creditsTheHyphenatedNameApposedToARole() {
    Attribution a = only("The security minister, Amos Ben-Dor, said he would quit the coalition.");

    assertThat(a.source().name()).isEqualTo("Amos Ben-Dor");
  }

  @Test
  void readsAHyphenatedModifierInsideTheSpeakersPhrase() {
    Attribution a = only("The far-right leader, Tomas Brandt, said he would quit the coalition.");

    assertThat(a.source().name()).isEqualTo("Tomas Brandt");
  }

  @Test
  void endsAContentWhereAContrastingReportOfItsOwnBegins() {
    List<Attribution> found =
        Analyzer.attributions(
            "The mediator said on Tuesday that the talks had reached a final stage, while port"
                + " officials said a deal could be signed within days.");

    assertThat(found)
        .extracting(a -> a.content().text())
        .containsExactlyInAnyOrder(
            "the talks had reached a final stage", "a deal could be signed within days");
    assertThat(found).allMatch(a -> a.via() == null);
  }

  @Test
  void readsAClauseAfterAnAdjunctWithAHyphenAndAQuotationOpeningAtItsVerb() {
    Attribution a =
        only(
            "Judge Ana Ruiz wrote in a 34-page order that the law \"imposes a burden on voters.\"");

    assertThat(a.source().name()).isEqualTo("Ana Ruiz");
    assertThat(a.content().text()).isEqualTo("the law \"imposes a burden on voters.\"");
  }

  @Test
  void keepsARelativeClauseInsideTheReportedSubject() {
    Attribution a =
        only(
            "A person familiar with the plans said the Velden plant, which employs 900 people, was"
                + " likely to close.");

    assertThat(a.content().text())
        .isEqualTo("the Velden plant, which employs 900 people, was likely to close");
  }

  @Test
  void keepsAParticiplePhraseInsideTheReportedSubject() {
    Attribution a =
        only(
            "Analysts at Halden Bank said the savings, estimated at 2 billion crowns a year, were"
                + " larger than expected.");

    assertThat(a.content().text())
        .isEqualTo("the savings, estimated at 2 billion crowns a year, were larger than expected");
  }

  @Test
  void creditsTheNounARestrictiveRelativeClauseDescribes() {
    Attribution a =
        only("Officials who spoke on condition of anonymity said the pier would close in May.");

    assertThat(a.source().name()).isEqualTo("Officials");
    assertThat(a.content().text()).isEqualTo("the pier would close in May");
  }

  @Test
  void creditsAParticipleAfterAReportingClauseToItsSpeaker() {
    List<Attribution> found =
        Analyzer.attributions(
            "The ferry strike will go on, the union said, adding that talks had failed.");

    assertThat(found)
        .extracting(a -> a.source().name() + ": " + a.content().text())
        .containsExactly("the union: The ferry strike will go on", "the union: talks had failed");
  }

  @Test
  void readsASubjectWithAParticipleAside() {
    Attribution a =
        only("The researchers, led by Anna Berg of the institute, found that the ice had thinned.");

    assertThat(a.source().mention().text()).startsWith("The researchers");
    assertThat(a.content().text()).isEqualTo("the ice had thinned");
  }

  @Test
  void readsThatTaggedAsADeterminerBeforeAnotherAsOpeningTheClause() {
    Attribution a =
        only(
            "Spokesman Lin Ruo told a regular briefing in Halden that all parties should show"
                + " restraint.");

    assertThat(a.content().text()).isEqualTo("all parties should show restraint");
  }

  @Test
  void takesNoQuotationInsideTheObjectOfASpeechVerbAsItsWords() {
    List<Attribution> found =
        Analyzer.attributions(
            "The agency said the general had observed a test of a \"new-type weapon\" on Monday.");

    assertThat(found).extracting(a -> a.cue().text()).containsExactly("said");
  }

  @Test
  void readsCitedFiguresAsARelayedSourceNotAsWords() {
    List<Attribution> found =
        Analyzer.attributions(
            "The ferry line lost 40 million crowns last year, the Tribune reported, citing"
                + " industry figures.");

    assertThat(found)
        .extracting(a -> a.source().name() + ": " + a.content().text())
        .containsExactly(
            "Tribune: The ferry line lost 40 million crowns last year",
            "industry figures: The ferry line lost 40 million crowns last year");
    assertThat(found.get(1).via()).isEqualTo(found.get(0).id());
  }

  @Test
  void readsAHyphenatedTitleTheTaggerTookForAVerb() {
    Attribution a = only("\"We will not give up,\" co-host Dana Roe said.");

    assertThat(a.source().name()).isEqualTo("Dana Roe");
    assertThat(a.content().text()).isEqualTo("We will not give up");
  }
}
