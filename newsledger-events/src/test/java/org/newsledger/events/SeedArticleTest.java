package org.newsledger.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsledger.core.Layers;
import org.newsledger.core.facts.Event;
import org.newsledger.core.facts.EventModality;
import org.newsledger.core.testing.SharedData;

/** The seed article's gold events (its "events" section), the article read in place. */
class SeedArticleTest {

  private static List<Event> events;

  @BeforeAll
  static void analyze() throws IOException {
    Path path = SharedData.require("corpus/seed/rafah-2024-05-07.txt");
    String text = Files.readString(path, StandardCharsets.UTF_8);
    events = Analyzed.text(text, "2024-05-07").get(Layers.EVENTS);
  }

  private static Event find(String trigger, Set<String> types, String actor) {
    return events.stream()
        .filter(e -> e.trigger().text().contains(trigger) && types.contains(e.type()))
        .filter(e -> e.actor() != null && e.actor().name().equals(actor))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    "no " + types + " '" + trigger + "' by " + actor + " in " + events));
  }

  @Test
  void findsWarCabinetApprovingTheRafahOperation() {
    Event event =
        find("approved an operation", Set.of("MOBILIZE", "THREATEN"), "Israeli war cabinet");
    assertThat(event.actor().countryCode()).isEqualTo("ISR");
    assertThat(event.location().name()).isEqualTo("Rafah");
  }

  @Test
  void findsBidenOpposingTheAssault() {
    Event event = find("opposes", Set.of("REJECT", "ACCUSE"), "Joe Biden");
    assertThat(events)
        .anySatisfy(
            e -> {
              assertThat(e.type()).isEqualTo("REJECT");
              assertThat(e.target()).isNotNull();
              assertThat(e.target().countryCode()).isEqualTo("ISR");
            });
    assertThat(event.negated()).isFalse();
  }

  @Test
  void findsTheTelephoneConversationOnMonday() {
    Event event = find("telephone conversation", Set.of("CONSULT"), "Joe Biden");
    assertThat(event.target().name()).isEqualTo("Benjamin Netanyahu");
    assertThat(event.time()).isEqualTo("2024-05-06");
  }

  @Test
  void findsTheReportedSuspensionOfDeliveriesFromTheUsa() {
    Event event = find("suspension of two batches", Set.of("SANCTION"), "United States");
    assertThat(event.actor().countryCode()).isEqualTo("USA");
    assertThat(event.target().name()).isEqualTo("Israel");
    assertThat(event.modality()).isEqualTo(EventModality.REPORTED);
  }

  @Test
  void findsHamasAcceptingTheProposal() {
    Event event = find("accepted a proposal", Set.of("AGREE"), "Hamas");
    assertThat(event.actor().countryCode()).isEqualTo("PSE");
  }

  @Test
  void findsNetanyahuAgreeingToReopenKeremShalom() {
    find("agreed", Set.of("AGREE", "CONCEDE"), "Benjamin Netanyahu");
    find("reopen", Set.of("AGREE", "CONCEDE"), "Benjamin Netanyahu");
  }

  @Test
  void findsSundaysHamasAttack() {
    Event event = find("attack", Set.of("ASSAULT"), "Hamas");
    assertThat(event.time()).isEqualTo("2024-05-05");
  }

  @Test
  void findsIsraelWillSendNegotiators() {
    // a meeting promised is coded AGREE, as the PLOVER manual asks
    Event event = find("send negotiators", Set.of("CONSULT", "AGREE"), "Israel");
    assertThat(event.modality()).isEqualTo(EventModality.FUTURE);
  }

  @Test
  void findsHeadlineRefusalAsNegatedAgreement() {
    Event event = find("agree", Set.of("AGREE"), "Israel");
    assertThat(events).anySatisfy(e -> assertThat(e.negated()).isTrue());
    assertThat(event.rule()).startsWith("pattern '");
  }
}
