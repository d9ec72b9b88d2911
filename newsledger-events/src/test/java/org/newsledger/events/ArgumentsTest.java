package org.newsledger.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsledger.core.facts.Event;

/** Actor and target rules of {@link Arguments} and the event stage, on sentences written here. */
class ArgumentsTest {

  private static Event only(String text, String trigger) {
    List<Event> events = Analyzed.events(text);
    return events.stream()
        .filter(e -> e.trigger().text().equals(trigger))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no event on '" + trigger + "' in " + events));
  }

  @Test
  void nounTargetAfterATitleWord() {
    Event event = only("Rights groups condemned the murder of journalist Lena Varga.", "murder");
    assertThat(event.target().name()).isEqualTo("Lena Varga");
  }

  @Test
  void nounTargetIsAnActorPhraseWithoutAName() {
    Event event =
        only(
            "The ministry uncovered assassination plots against dissidents abroad.",
            "assassination");
    assertThat(event.target().mention().text()).isEqualTo("dissidents");
  }

  @Test
  void hyphenatedModifierKeepsTheClauseWhole() {
    Event event = only("Chad began a ground offensive into north-eastern Niger.", "offensive");
    assertThat(event.actor().countryCode()).isEqualTo("TCD");
    assertThat(event.target().countryCode()).isEqualTo("NER");
  }

  @Test
  void adjunctPassiveParticipleTakesTheMainClauseSubject() {
    Event event =
        only(
            "A number of journalists were injured after being attacked by protesters.", "attacked");
    assertThat(event.actor().mention().text()).isEqualTo("protesters");
    assertThat(event.target().mention().text()).contains("journalists");
    assertThat(event.rule()).contains("passive+adjunct-subject");
  }

  @Test
  void adjunctGerundAfterACommaTakesTheMainClauseSubject() {
    Event event = only("The militia shelled the village, killing five civilians.", "killing");
    assertThat(event.actor().mention().text()).isEqualTo("militia");
    assertThat(event.target().mention().text()).isEqualTo("five civilians");
    assertThat(event.rule()).contains("active+adjunct-subject");
  }

  @Test
  void actorPhraseInAPatternGapIsTheTarget() {
    Event event =
        only("The senator spent the day asking voters to support the budget.", "asking voters to");
    assertThat(event.target().mention().text()).isEqualTo("voters");
  }

  @Test
  void firstOfCoordinatedVerbsGivesASupportVerbItsSubject() {
    Event event =
        only(
            "Ghana questioned Kofi Mensah for hours and levied sanctions against him.",
            "sanctions");
    assertThat(event.actor().countryCode()).isEqualTo("GHA");
  }

  @Test
  void whoOrchestratedAnAttackIsItsActor() {
    Event event =
        only("Colonel Ivan Petrov orchestrated attacks on the border posts of Georgia.", "attacks");
    assertThat(event.actor().name()).isEqualTo("Ivan Petrov");
  }

  @Test
  void listOfDelegationsMeetsEachOtherNotTheirOwnSummit() {
    Event event =
        only("The delegations of Norway, Sweden and Finland met for their third summit.", "met");
    assertThat(event.actor().countryCode()).isEqualTo("NOR");
    assertThat(event.target().countryCode()).isEqualTo("SWE");
  }

  @Test
  void protestInACityIsAimedAtTheCountryNamedWithIt() {
    Event event = only("Dock workers demonstrated in Mombasa, Kenya, on Tuesday.", "demonstrated");
    assertThat(event.target().countryCode()).isEqualTo("KEN");
  }

  @Test
  void protestInACityOfNoKnownCountryHasNoTarget() {
    Event event = only("Thousands of farmers rallied in Lyon on Monday.", "rallied");
    assertThat(event.target()).isNull();
  }

  @Test
  void passiveActInAnEarlierActTakesThatActsActor() {
    Event event =
        only(
            "The United States carried out an airstrike near the airport on Friday. A militia"
                + " commander was also killed in the airstrike.",
            "killed");
    assertThat(event.actor().countryCode()).isEqualTo("USA");
  }

  @Test
  void arrestsReportedByAPoliceChiefAreThePolices() {
    Event event = only("Police chief Anna Lind said at least 40 people were arrested.", "arrested");
    assertThat(event.actor().name()).isEqualTo("Anna Lind");
    assertThat(event.actor().role()).isEqualTo("police");
  }

  @Test
  void armedOwnerOfAnAttackIsItsActor() {
    Event event = only("The army's attack on the rebels killed four civilians.", "attack");
    assertThat(event.actor().mention().text()).isEqualTo("army");
    assertThat(event.target().mention().text()).isEqualTo("rebels");
  }

  @Test
  void civilianOwnerOfAnArrestIsNoActor() {
    List<Event> events = Analyzed.events("The protesters' arrest angered the opposition.");
    assertThat(events)
        .filteredOn(e -> e.trigger().text().equals("arrest"))
        .allSatisfy(e -> assertThat(e.actor()).isNull());
  }

  @Test
  void theyAndThemStandForTheGroupThePreviousSentenceNamed() {
    String text =
        "The protesters clashed with the police near the palace. As they tried to storm the"
            + " palace, the police fired tear gas at them.";
    Event storm = only(text, "storm");
    assertThat(storm.actor().mention().text()).isEqualTo("protesters");
    Event tearGas = only(text, "fired tear gas at");
    assertThat(tearGas.target().mention().text()).isEqualTo("protesters");
  }

  @Test
  void releasingFilesIsNoRetreat() {
    List<Event> events = Analyzed.events("The judge asked the agency to release the files.");
    assertThat(events).extracting(Event::type).doesNotContain("RETREAT");
  }

  @Test
  void showingSomethingIsNoDemonstration() {
    List<Event> events = Analyzed.events("The report demonstrates a lack of planning.");
    assertThat(events).extracting(Event::type).doesNotContain("PROTEST");
  }

  @Test
  void fightingForceNamesAUnitNotAFight() {
    List<Event> events = Analyzed.events("The brigade is the main fighting force of the army.");
    assertThat(events).extracting(Event::type).doesNotContain("ASSAULT");
  }

  private static boolean coded(String text, String trigger) {
    return Analyzed.events(text).stream().anyMatch(e -> e.trigger().text().equals(trigger));
  }

  @Test
  void relativePassiveTargetsTheAntecedent() {
    Event event =
        only(
            "The police said dozens of students who were arrested last week remain held.",
            "arrested");
    assertThat(event.target().mention().text()).isEqualTo("dozens of students");
    assertThat(event.rule()).contains("passive");
  }

  @Test
  void reducedRelativeParticipleTargetsItsNoun() {
    Event event =
        only("The union demands the release of workers detained during the strike.", "detained");
    assertThat(event.target().mention().text()).isEqualTo("workers");
    assertThat(event.rule()).contains("passive+reduced-relative");
  }

  @Test
  void floatingQuantifierKeepsThePassive() {
    Event event = only("The 40 villagers were all killed.", "killed");
    assertThat(event.rule()).contains("passive");
    assertThat(event.target().mention().text()).contains("villagers");
  }

  @Test
  void subjectOfSanctionsIsTheirTarget() {
    Event under = only("Kestrel Oil is already under European Union sanctions.", "sanctions");
    assertThat(under.target().name()).isEqualTo("Kestrel Oil");
    assertThat(under.rule()).contains("undergoer-subject");
    Event subject =
        only("Ruvana Air has been the subject of Norwegian sanctions since 2014.", "sanctions");
    assertThat(subject.target().name()).isEqualTo("Ruvana Air");
    assertThat(subject.actor().countryCode()).isEqualTo("NOR");
  }

  @Test
  void aspectualAndMeansVerbsShareTheirSubject() {
    Event deploying =
        only("Government forces began deploying into the border region.", "deploying");
    assertThat(deploying.actor().mention().text()).isEqualTo("Government forces");
    Event thank = only("The minister used Facebook to thank her supporters.", "thank");
    assertThat(thank.actor().mention().text()).isEqualTo("The minister");
  }

  @Test
  void rightsAndThingsThatEnableCodeNoEvent() {
    assertThat(coded("The coalition maintains the right to defend its soldiers.", "defend"))
        .isFalse();
    assertThat(coded("The pause will allow him to draft new plans.", "allow")).isFalse();
    assertThat(coded("Investigators said evidence supported the account.", "supported")).isFalse();
    assertThat(coded("The government will allow exiles to return.", "allow")).isTrue();
    assertThat(
            coded("Thousands marched in defiance of the authorities to demand reforms.", "demand"))
        .isTrue();
  }

  @Test
  void tryingCourtsAndCampaignRalliesAreNoEvents() {
    assertThat(coded("The treaty seeks to remove tariffs on grain.", "seeks")).isFalse();
    assertThat(coded("The court of appeal sits in the capital.", "appeal")).isFalse();
    assertThat(coded("He spoke at an election rally in Kumasi on Friday.", "rally")).isFalse();
    assertThat(coded("Ghana sought help from the World Bank.", "sought")).isTrue();
  }

  @Test
  void adjunctParticipleAndItsInfinitiveTakeTheMainClauseSubject() {
    String text =
        "Canada was quick to blame Peru for the raid, committing to send more troops to Chile.";
    assertThat(only(text, "committing to").actor().countryCode()).isEqualTo("CAN");
    assertThat(only(text, "send more troops").actor().countryCode()).isEqualTo("CAN");
    assertThat(Analyzed.events(text))
        .noneMatch(e -> e.trigger().text().equals("raid") && e.target() != null);
  }

  @Test
  void nounSubjectOfAPassiveSupportVerbIsItsAgentsAct() {
    Event event =
        only(
            "Officials said the rocket strikes were carried out by supporters of Hezbollah.",
            "strikes");
    assertThat(event.actor().name()).isEqualTo("Hezbollah");
    assertThat(event.rule()).contains("noun-carried-out-by");
  }

  @Test
  void nounTargetStopsAtTheVerbOfItsClause() {
    Event event =
        only("The air strike by Chad follows attacks on the embassy of Niger.", "air strike");
    assertThat(event.target()).isNull();
    Event placed = only("The bombing by the rebels took place in Mali.", "bombing");
    assertThat(placed.target().countryCode()).isEqualTo("MLI");
  }

  @Test
  void riotPoliceIsNoRiot() {
    assertThat(coded("Riot police used tear gas in Accra, Ghana.", "riot")).isFalse();
  }

  @Test
  void coordinatedSignersAreEachOthersPartnersBeforeAThing() {
    Event event = only("Ghana and Togo signed a deal to export Volta power to Benin.", "signed");
    assertThat(event.actor().countryCode()).isEqualTo("GHA");
    assertThat(event.target().countryCode()).isEqualTo("TGO");
    assertThat(event.rule()).contains("coordinated");
  }

  @Test
  void meetingAttendedByAListIsBetweenItsFirstMembers() {
    Event event =
        only(
            "The meeting was attended by Kenyan president William Ruto and Ugandan president Yoweri"
                + " Museveni.",
            "meeting");
    assertThat(event.actor().name()).isEqualTo("William Ruto");
    assertThat(event.target().name()).isEqualTo("Yoweri Museveni");
  }

  @Test
  void allegationWithoutThatTargetsTheActiveComplementSubject() {
    Event active =
        only("The envoy alleged, without evidence, Ghana had armed the rebels.", "alleged");
    assertThat(active.target().countryCode()).isEqualTo("GHA");
    Event passive = only("His lawyers alleged Ruto was poisoned.", "alleged");
    assertThat(passive.target()).isNull();
  }

  @Test
  void verbAfterAClosedRelativeSharesTheMainSubject() {
    String text =
        "The senator praised her aide Kofi Annan, who was detained last week, and vowed to fight"
            + " the charges.";
    Event vowed = only(text, "vowed");
    assertThat(vowed.actor().mention().text()).isEqualTo("The senator");
    assertThat(vowed.rule()).contains("shared-subject");
    assertThat(Analyzed.events(text)).noneMatch(e -> e.trigger().text().equals("fight"));
  }

  @Test
  void actorPhraseObjectBeforeAnInfinitiveDoesIt() {
    Event event =
        only("The minister instructed security agencies to investigate the leak.", "investigate");
    assertThat(event.actor().mention().text()).isEqualTo("security agencies");
    Event offer = only("Parliament rejected Ghana's offer to mediate.", "mediate");
    assertThat(offer.actor().countryCode()).isEqualTo("GHA");
  }

  @Test
  void speakerIsNoTargetOfAPassiveWhoseSubjectIsAThing() {
    Event treaty =
        only("The governor said the treaty, however, would not be signed before spring.", "signed");
    assertThat(treaty.target()).isNull();
    assertThat(treaty.actor()).isNull();
    Event accord = only("Kenyan diplomats said an accord could be signed next month.", "signed");
    assertThat(accord.target()).isNull();
    Event rebels = only("The governor said the rebels would be arrested soon.", "arrested");
    assertThat(rebels.target().mention().text()).isEqualTo("rebels");
  }

  @Test
  void antecedentOfARelativePassiveIsItsTargetByItsOwnRule() {
    Event event =
        only("The court freed dozens of students who were arrested during the march.", "arrested");
    assertThat(event.target().mention().text()).contains("students");
    assertThat(event.rule()).contains("passive+relative-subject");
  }
}
