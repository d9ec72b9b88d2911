package org.newsledger.entities;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsledger.core.Layers;
import org.newsledger.core.facts.Entity;
import org.newsledger.core.facts.EntityType;
import org.newsledger.core.facts.Mention;
import org.newsledger.core.testing.SharedData;

/** The seed article against the entities of its hand-made gold (skips without ../shared). */
class SeedAcceptanceTest {

  private static Analyzed seed;

  @BeforeAll
  static void analyze() throws IOException {
    seed =
        Analyzed.text(
            Files.readString(SharedData.require("corpus/seed/rafah-2024-05-07.txt"), UTF_8));
  }

  @ParameterizedTest
  @CsvSource({
    "Benjamin Netanyahu, PERSON",
    "Joe Biden, PERSON",
    "John Kirby, PERSON",
    "Bill Burns, PERSON",
    "Hamas, ORGANIZATION",
    "Israeli war cabinet, ORGANIZATION",
    "White House, ORGANIZATION",
    "National Security Council, ORGANIZATION",
    "CIA, ORGANIZATION",
    "Axios, ORGANIZATION",
    "Israel, LOCATION",
    "United States, LOCATION",
    "Rafah, LOCATION",
    "Gaza Strip, LOCATION",
    "Kerem Shalom border crossing, LOCATION",
    "Middle East, LOCATION"
  })
  void findsGoldEntityWithItsNameAndType(String name, EntityType type) {
    assertThat(seed.entity(name).type()).isEqualTo(type);
  }

  @Test
  void keepsTitlesAsRolesNotNames() {
    assertThat(seed.entity("John Kirby").roles()).contains("National Security Council spokesman");
    assertThat(seed.entity("Bill Burns").roles()).contains("CIA Director", "chief negotiator");
    assertThat(seed.entity("Benjamin Netanyahu").roles()).contains("Israeli Prime Minister");
  }

  @Test
  void resolvesHeAfterKirbySpeaksToKirby() {
    List<Mention> hes =
        seed.doc().get(Layers.MENTIONS).stream()
            .filter(m -> m.text().equalsIgnoreCase("he"))
            .toList();
    assertThat(hes).hasSize(5);
    assertThat(hes.subList(1, 5))
        .allSatisfy(he -> assertThat(seed.nameOf(he)).isEqualTo("John Kirby"));
  }

  @Test
  void resolvesHeInsideBidensOwnSentenceToBiden() {
    assertThat(seed.nameOf(seed.mention("he"))).isEqualTo("Joe Biden");
  }

  @Test
  void resolvesThePresidentToBiden() {
    assertThat(seed.nameOf(seed.mention("The President"))).isEqualTo("Joe Biden");
  }

  @Test
  void resolvesSeatsOfGovernmentToIsrael() {
    assertThat(seed.nameOf(seed.mention("Tel Aviv"))).isEqualTo("Israel");
    assertThat(seed.nameOf(seed.mention("the government in Jerusalem"))).isEqualTo("Israel");
    assertThat(seed.nameOf(seed.mention("Israeli authorities"))).isEqualTo("Israel");
  }

  @Test
  void makesTheOfficeOfNetanyahuAnOrganization() {
    Entity office = seed.entityOf(seed.mention("the office of Prime Minister Benjamin Netanyahu"));
    assertThat(office.name()).isEqualTo("office of Prime Minister Benjamin Netanyahu");
    assertThat(office.subtype()).isEqualTo("GOVERNMENT");
  }

  @Test
  void typesSpeakingGroups() {
    assertThat(seed.entityOf(seed.mention("Israeli media")).subtype()).isEqualTo("MEDIA");
    assertThat(seed.entityOf(seed.mention("officials")).subtype()).isEqualTo("ANONYMOUS");
    assertThat(seed.entity("Axios").subtype()).isEqualTo("MEDIA");
  }

  @Test
  void skipsTheDateline() {
    assertThat(seed.doc().get(Layers.MENTIONS)).noneMatch(m -> m.text().contains("2024"));
  }
}
