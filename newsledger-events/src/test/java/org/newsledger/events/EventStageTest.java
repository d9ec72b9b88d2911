package org.newsledger.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsledger.core.Layers;
import org.newsledger.core.facts.Event;
import org.newsledger.core.facts.EventModality;

/** Behaviour of the event stage on sentences written for these tests. */
class EventStageTest {

  private static Event only(String text, String type) {
    return only(Analyzed.events(text), type);
  }

  private static Event only(List<Event> events, String type) {
    return events.stream()
        .filter(e -> e.type().equals(type))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + type + " in " + events));
  }

  @Test
  void codesVerbWithSubjectAndObject() {
    Event event =
        only("Norway criticized Sweden on Tuesday over the new fishing quotas.", "ACCUSE");
    assertThat(event.actor().name()).isEqualTo("Norway");
    assertThat(event.actor().countryCode()).isEqualTo("NOR");
    assertThat(event.target().countryCode()).isEqualTo("SWE");
    assertThat(event.cameo()).isEqualTo("11");
  }

  @Test
  void complementClauseWithItsOwnSubjectTakesNoArgumentFromTheMainClause() {
    Event event =
        only(
            "The Ministry of Finance denied that the navy could be asked to patrol the lakes.",
            "REQUEST");
    assertThat(event.target().mention().text()).isEqualTo("navy");
    assertThat(event.actor()).isNull();
  }

  @Test
  void pronounSubjectOfAComplementClauseStillFindsItsEntity() {
    Event event = only("Portugal said it would reject the new tariffs.", "REJECT");
    assertThat(event.actor().name()).isEqualTo("Portugal");
  }

  @Test
  void neverCodesDatelinesOrMonthNames() {
    List<Event> events =
        Analyzed.events("Talks resume\n2 March 2024 10:15\nIn March the envoys met.");
    assertThat(events).extracting(Event::type).doesNotContain("PROTEST");
    assertThat(events).extracting(e -> e.trigger().text()).doesNotContain("March");
  }

  @Test
  void marksNegationAndFuture() {
    Event refused = only("Chile did not agree to the new border treaty.", "AGREE");
    assertThat(refused.negated()).isTrue();
    Event future = only("Peru will send troops to the northern border next week.", "MOBILIZE");
    assertThat(future.modality()).isEqualTo(EventModality.FUTURE);
  }

  @Test
  void marksDemandedAndHypotheticalEvents() {
    Event demanded = only("The mayor called on the protesters to release the hostages.", "RETREAT");
    assertThat(demanded.modality()).isEqualTo(EventModality.DEMANDED);
    Event hypothetical =
        only("A blockade would hurt farmers, if Ghana imposed sanctions.", "SANCTION");
    assertThat(hypothetical.modality()).isIn(EventModality.HYPOTHETICAL, EventModality.ASSERTED);
  }

  @Test
  void takesAgentOfPassiveFromByPhrase() {
    Event event = only("The convoy was attacked by rebels near Goma.", "ASSAULT");
    assertThat(event.location().name()).isEqualTo("Goma");
  }

  @Test
  void codesNominalEventWithModifierActor() {
    Event event = only("Friday's Egyptian raid on the camp killed four people.", "ASSAULT");
    assertThat(event.actor().countryCode()).isEqualTo("EGY");
    assertThat(event.trigger().text()).isEqualTo("raid");
  }

  @Test
  void findsNothingInTextWithoutEvents() {
    assertThat(Analyzed.text("", "2024-05-07").get(Layers.EVENTS)).isEmpty();
    assertThat(Analyzed.events("The weather was mild and the trains ran on time.")).isEmpty();
  }

  @Test
  void codesRepeatedConversationOnce() {
    List<Event> events =
        Analyzed.events(
            "Chile's president held a telephone conversation with Peru's president on Monday."
                + " In his conversation, he praised the new treaty."
                + " The conversation lasted an hour.");
    assertThat(events).filteredOn(e -> e.type().equals("CONSULT")).hasSize(1);
    assertThat(only(events, "CONSULT").trigger().text()).isEqualTo("telephone conversation");
  }

  @Test
  void keepsRepeatedNounWithOtherParticipantsAndRepeatedVerbs() {
    List<Event> events =
        Analyzed.events(
            "Norway held talks with Sweden on Monday. The talks with Finland began on Friday."
                + " Norway attacked the convoy. Norway attacked the convoy again.");
    assertThat(events).filteredOn(e -> e.type().equals("CONSULT")).hasSize(2);
    assertThat(events).filteredOn(e -> e.type().equals("ASSAULT")).hasSize(2);
  }

  @Test
  void dropsBareNounWithoutArguments() {
    List<Event> events = Analyzed.events("Officials said talks were useful but slow.");
    assertThat(events).extracting(Event::type).doesNotContain("CONSULT");
  }

  @Test
  void keepsNounWithArgument() {
    Event event = only("Officials said the raid on Goma was brutal.", "ASSAULT");
    assertThat(event.target().name()).isEqualTo("Goma");
  }

  @Test
  void codesLabourStrikeAsProtest() {
    Event event =
        only("Dockworkers extended their two-week strike in Rotterdam over pay.", "PROTEST");
    assertThat(event.cameo()).isEqualTo("14");
    assertThat(event.rule()).contains("labour sense");
  }

  @Test
  void keepsMilitaryStrikeAsAssault() {
    Event event =
        only("A missile strike on the compound near Goma killed three workers.", "ASSAULT");
    assertThat(event.cameo()).isEqualTo("19");
    assertThat(Analyzed.events("Egypt launched a strike on the compound in Goma."))
        .extracting(Event::type)
        .contains("ASSAULT")
        .doesNotContain("PROTEST");
  }

  @Test
  void skipsParticiplesThatDescribeANoun() {
    List<Event> events = Analyzed.events("The murdered journalist was buried in Goma on Monday.");
    assertThat(events).extracting(Event::type).doesNotContain("ASSAULT");
    assertThat(Analyzed.events("Rebels murdered the journalist in Goma on Monday."))
        .extracting(Event::type)
        .contains("ASSAULT");
  }

  @Test
  void skipsIdiomsAndPublishedTexts() {
    assertThat(Analyzed.events("Norway's offensive defies ceasefire hopes."))
        .extracting(Event::type)
        .doesNotContain("REJECT");
    assertThat(Analyzed.events("The Chilean army released a statement on Monday."))
        .extracting(Event::type)
        .doesNotContain("RETREAT");
    assertThat(Analyzed.events("The Chilean army released the hostages on Monday."))
        .extracting(Event::type)
        .contains("RETREAT");
  }

  @Test
  void leavesComplementOfAnIntentionUnrealized() {
    Event event = only("Peru plans to send troops to the northern border.", "MOBILIZE");
    assertThat(event.modality()).isEqualTo(EventModality.PLANNED);
    assertThat(event.rule()).contains("plan-verb");
  }

  @Test
  void talksBetweenTwoPartiesCodeTheFirstTowardTheSecond() {
    Event event = only("Talks between Chile and Peru resumed in Lima on Monday.", "CONSULT");
    assertThat(event.actor().countryCode()).isEqualTo("CHL");
    assertThat(event.target().countryCode()).isEqualTo("PER");
  }

  @Test
  void talksBetweenTwoUnnamedPartiesCodeTheFirstTowardTheSecond() {
    Event event =
        only("Wage talks between the union and the port authority resumed on Friday.", "CONSULT");
    assertThat(event.actor().mention().text()).isEqualTo("union");
    assertThat(event.target().mention().text()).isEqualTo("port authority");
  }

  @Test
  void coordinatedSubjectsActTowardEachOther() {
    Event event = only("Kenya and Tanzania signed a border agreement on Friday.", "SUPPORT");
    assertThat(event.actor().countryCode()).isEqualTo("KEN");
    assertThat(event.target().countryCode()).isEqualTo("TZA");
  }

  @Test
  void subjectOfADemandedClauseIsTheTarget() {
    Event event =
        only(
            "The Egyptian government demanded on Sunday that Ethiopia halt the dam project.",
            "REQUEST");
    assertThat(event.actor().countryCode()).isEqualTo("EGY");
    assertThat(event.target().countryCode()).isEqualTo("ETH");
  }

  @Test
  void actorNamedByANounPhraseCarriesItsRoleAndCountry() {
    Event event = only("Armed rebels in eastern Congo attacked a police station.", "ASSAULT");
    assertThat(event.actor().mention().text()).contains("rebels");
    assertThat(event.actor().role()).isEqualTo("rebels");
    assertThat(event.target().role()).isEqualTo("police");
  }

  @Test
  void capitalActsAsItsGovernment() {
    Event event = only("Moscow accused Kyiv of shelling the power plant.", "ACCUSE");
    assertThat(event.actor().countryCode()).isEqualTo("RUS");
    assertThat(event.actor().role()).isEqualTo("government");
    assertThat(event.target().countryCode()).isEqualTo("UKR");
  }

  @Test
  void promisedAidIsCodedAsAgreement() {
    Event event = only("Japan will send aid to Nepal next week.", "AGREE");
    assertThat(event.rule()).contains("intent-aid");
    assertThat(event.target().countryCode()).isEqualTo("NPL");
  }

  @Test
  void passiveSignedBetweenCountriesCodesTheFirstTowardTheSecond() {
    Event event =
        only("In 2019 a fishing accord was signed between Norway, Iceland and Denmark.", "SUPPORT");
    assertThat(event.actor().countryCode()).isEqualTo("NOR");
    assertThat(event.target().countryCode()).isEqualTo("ISL");
    assertThat(event.rule()).contains("passive+between");
  }

  @Test
  void ofPhraseOfARequestOrMeetingActs() {
    Event meeting = only("The meeting of Chile, Peru and Bolivia ended on Monday.", "CONSULT");
    assertThat(meeting.actor().countryCode()).isEqualTo("CHL");
    assertThat(meeting.target().countryCode()).isEqualTo("PER");
    Event killing = only("Rebels carried out the killing of the mayor of Goma.", "ASSAULT");
    assertThat(killing.actor().mention().text()).contains("Rebels");
  }

  @Test
  void personPossessorOfAnAttackNounSuffersIt() {
    Event event = only("The general ordered Juan Ortega's killing last year.", "ASSAULT");
    assertThat(event.target().name()).isEqualTo("Juan Ortega");
    assertThat(event.actor() == null || !event.actor().name().equals("Juan Ortega")).isTrue();
  }

  @Test
  void objectRelativeTakesItsAntecedentAsTarget() {
    Event event =
        only("Leaders invited Kosovo, which Serbia does not recognize, to the summit.", "SUPPORT");
    assertThat(event.actor().name()).isEqualTo("Serbia");
    assertThat(event.target().name()).isEqualTo("Kosovo");
  }

  @Test
  void secondParticipleOfAPassiveIsPassiveToo() {
    Event event =
        only("Pedro Alvarez, who was arrested and banned from the election, appealed.", "SANCTION");
    assertThat(event.target().name()).isEqualTo("Pedro Alvarez");
    assertThat(event.actor() == null || !event.actor().name().equals("Pedro Alvarez")).isTrue();
  }

  @Test
  void stateLastNamedArrestsANamedPerson() {
    Event event =
        only("Police in Peru are on alert. Pedro Alvarez was arrested on Monday.", "COERCE");
    assertThat(event.target().name()).isEqualTo("Pedro Alvarez");
    assertThat(event.actor().countryCode()).isEqualTo("PER");
    assertThat(only("Pedro Alvarez was arrested on Monday in the capital.", "COERCE").actor())
        .isNull();
  }

  @Test
  void nounRepeatingAnEarlierActBorrowsItsActor() {
    List<Event> events =
        Analyzed.events(
            "Norway imposed sanctions on Iceland on Monday. Officials said the sanctions on"
                + " Iceland would last a year.");
    assertThat(events.stream().filter(e -> e.type().equals("SANCTION")))
        .allSatisfy(e -> assertThat(e.actor().countryCode()).isEqualTo("NOR"));
  }

  @Test
  void unresolvedPronounIsNoParticipant() {
    Event event = only("Police fired tear gas at them on Friday.", "ASSAULT");
    assertThat(event.target()).isNull();
  }

  @Test
  void personNeverActsOnHimself() {
    Event event =
        only("Pedro Alvarez sought papers that would allow him to travel to Lima.", "CONCEDE");
    assertThat(event.target() == null || !"Pedro Alvarez".equals(event.target().name())).isTrue();
  }

  @Test
  void reactionToAnActTargetsItsAuthor() {
    List<Event> events =
        Analyzed.events(
            "Peru withdrew its troops from the border on Monday. Chile opposed the withdrawal.");
    Event opposed = only(events, "REJECT");
    assertThat(opposed.actor().name()).isEqualTo("Chile");
    assertThat(opposed.target().name()).isEqualTo("Peru");
    assertThat(opposed.rule()).contains("act-author");
  }

  @Test
  void generalActNounTargetsTheAuthorOfTheArticlesFirstAct() {
    List<Event> events =
        Analyzed.events(
            "Ghana closed its border with Togo on Monday. "
                + "The move was condemned by members of the African Union.");
    Event condemned = only(events, "ACCUSE");
    assertThat(condemned.actor().name()).isEqualTo("African Union");
    assertThat(condemned.target().name()).isEqualTo("Ghana");
  }

  @Test
  void possessorOfAnActIsTheTargetOfAReaction() {
    Event event = only("Chile welcomed Peru's decision on Tuesday.", "SUPPORT");
    assertThat(event.target().name()).isEqualTo("Peru");
  }

  @Test
  void verbsJoinedByAndShareTheirSubject() {
    Event event =
        only("The Kenyan army entered the town of Kalbo and arrested five men.", "COERCE");
    assertThat(event.actor().mention().text()).contains("army");
    assertThat(event.rule()).contains("shared-subject");
  }

  @Test
  void verbAfterARelativeClauseTakesItsAntecedentAsSubject() {
    Event event =
        only(
            "Anna Berg, who was Norway's envoy to Chile until March, criticized Peru on Tuesday.",
            "ACCUSE");
    assertThat(event.actor().name()).isEqualTo("Anna Berg");
  }

  @Test
  void aListOfSubjectsActsFromTheFirstTowardTheNext() {
    Event event =
        only("The delegations of Chile, Peru and Bolivia had met in Lima on Friday.", "CONSULT");
    assertThat(event.actor().name()).isEqualTo("Chile");
    assertThat(event.target().name()).isEqualTo("Peru");
  }

  @Test
  void speakersOwnObligationIsNoDemand() {
    List<Event> events = Analyzed.events("\"We must finish the bridge,\" the mayor of Lima said.");
    assertThat(events).extracting(Event::type).doesNotContain("REQUEST");
  }

  @Test
  void possessorOfANounIsNotAlsoItsTarget() {
    Event event = only("Troops returned at the Iraqi government's request.", "REQUEST");
    assertThat(event.actor()).as(event.toString()).isNotNull();
    assertThat(event.target()).as(event.toString()).isNull();
  }

  @Test
  void publishedTextNamedBeforeItsParticipleIsNoRelease() {
    List<Event> events =
        Analyzed.events(
            "In a statement released on Monday, Peru said no report would be released soon.");
    assertThat(events).extracting(Event::type).doesNotContain("RETREAT");
  }

  @Test
  void participleDescribingAVerbsObjectIsNoEvent() {
    List<Event> events =
        Analyzed.events("Peru would also take over guarding captured rebel fighters.");
    assertThat(events).extracting(Event::type).doesNotContain("ASSAULT");
  }

  @Test
  void mainClauseSpanKeepsTheSubjectARelativeClauseInterrupts() {
    String text = "Mayor Selin Dagher, who leads the harbour board, praised the divers.";
    Event event = only(text, "SUPPORT");
    assertThat(text.substring(event.span().begin(), event.span().end())).isEqualTo(text);
  }

  @Test
  void subjectRelativeClauseEndsAtItsCommaAndStartsAtItsNoun() {
    String text = "Trade unionist Omar Velde, who was arrested in May, remains in custody.";
    Event event = only(text, "COERCE");
    assertThat(text.substring(event.span().begin(), event.span().end()))
        .isEqualTo("Trade unionist Omar Velde, who was arrested in May");
  }

  @Test
  void subordinateClauseWithoutASubjectIsToldWithTheClauseItDependsOn() {
    String text = "Two reporters were hurt after being attacked by rioters near the depot.";
    Event event = only(text, "ASSAULT");
    assertThat(text.substring(event.span().begin(), event.span().end()))
        .isEqualTo("Two reporters were hurt after being attacked by rioters near the depot.");
  }

  @Test
  void aDocumentOrAnObjectIsNeverATarget() {
    Event signed = only("Mayor Selin Dagher signed a harbour decree on Monday.", "SUPPORT");
    assertThat(signed.actor().name()).contains("Dagher");
    assertThat(signed.target()).isNull();
    Event rejected = only("Chile rejected a Peruvian fishing plan on Monday.", "REJECT");
    assertThat(rejected.target().countryCode()).isEqualTo("PER");
  }

  @Test
  void codesNoEventInAGenericOrDefinitionalSentence() {
    assertThat(
            Analyzed.events(
                "Officially, the harbour master is allowed to close the port to foreign trawlers."))
        .isEmpty();
    assertThat(Analyzed.events("Officially, the navy detained two captains on Monday."))
        .extracting(Event::type)
        .contains("COERCE");
  }
}
