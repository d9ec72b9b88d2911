package org.newsledger.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsledger.core.facts.EntityType;
import org.newsledger.core.facts.MentionKind;

class MentionStageTest {

  @Test
  void joinsProperNameAndFacilityNounIntoOneLocation() {
    Analyzed a = Analyzed.text("Trucks queued at the Al Awja border crossing on Tuesday.");
    assertThat(a.mention("Al Awja border crossing").type()).isEqualTo(EntityType.LOCATION);
    assertThat(a.entityOf(a.mention("Al Awja border crossing")).subtype()).isEqualTo("FACILITY");
  }

  @Test
  void readsCapitalBeforeVerbAsItsGovernment() {
    Analyzed a = Analyzed.text("Officials said that Moscow had rejected the plan.");
    assertThat(a.mention("Moscow").kind()).isEqualTo(MentionKind.METONYM);
    assertThat(a.nameOf(a.mention("Moscow"))).isEqualTo("Russia");
  }

  @Test
  void keepsCapitalAfterPrepositionAsCity() {
    Analyzed a = Analyzed.text("A bus in Tel Aviv was damaged on Sunday.");
    assertThat(a.mention("Tel Aviv").kind()).isEqualTo(MentionKind.NAME);
    assertThat(a.nameOf(a.mention("Tel Aviv"))).isEqualTo("Tel Aviv");
    assertThat(a.entity("Tel Aviv").type()).isEqualTo(EntityType.LOCATION);
  }

  @Test
  void leavesATitleTakenIntoAPersonsNameOutOfTheName() {
    Analyzed a =
        Analyzed.text(
            "\"If the council keeps pressing this plan, the harbour will close,\" Mayor Ines Vale"
                + " told reporters.");
    assertThat(a.entity("Ines Vale").type()).isEqualTo(EntityType.PERSON);
    assertThat(a.entity("Ines Vale").name()).isEqualTo("Ines Vale");
  }

  @Test
  void makesTheKremlinAnOrganization() {
    Analyzed a = Analyzed.text("The Kremlin declined to comment on the report.");
    assertThat(a.entity("Kremlin").type()).isEqualTo(EntityType.ORGANIZATION);
  }

  @Test
  void namesOutletWithoutItsHeadNoun() {
    Analyzed a = Analyzed.text("According to the Reuters news agency, the talks stalled.");
    assertThat(a.entityOf(a.mention("the Reuters news agency")).name()).isEqualTo("Reuters");
    assertThat(a.entity("Reuters").subtype()).isEqualTo("MEDIA");
  }

  @Test
  void separatesDemonymInstitutionFromTheState() {
    Analyzed a =
        Analyzed.text("The French army moved north, while French authorities stayed silent.");
    assertThat(a.entity("French army").type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(a.nameOf(a.mention("French authorities"))).isEqualTo("France");
  }

  @Test
  void createsCountryFromDemonymAlone() {
    Analyzed a = Analyzed.text("Chinese diplomats met on Friday.");
    assertThat(a.entity("China").subtype()).isEqualTo("COUNTRY");
  }

  @Test
  void readsNoCountryIntoASurnameThatIsADemonym() {
    Analyzed a =
        Analyzed.text(
            "Mark Cuban, the billionaire owner of the harbour team, said on Monday that he would"
                + " consider a run.");
    assertThat(a.names()).doesNotContain("Cuba");
  }

  @Test
  void doesNotReadPronounUsAsTheUnitedStates() {
    Analyzed a = Analyzed.text("They told us that the US would help.");
    assertThat(a.mentions("us")).isEmpty();
    assertThat(a.nameOf(a.mention("US"))).isEqualTo("United States");
  }

  @Test
  void findsAnonymousSourcesWithTheirTrailer() {
    Analyzed a =
        Analyzed.text("Two senior officials familiar with the talks said the deal was close.");
    assertThat(a.entityOf(a.mention("Two senior officials familiar with the talks")).subtype())
        .isEqualTo("ANONYMOUS");
  }

  @Test
  void treatsPossessiveOfficeAsOrganization() {
    Analyzed a = Analyzed.text("Macron's office said the meeting would go ahead.");
    assertThat(a.entityOf(a.mention("Macron's office")).type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(a.nameOf(a.mention("Macron"))).isEqualTo("Emmanuel Macron");
  }

  @Test
  void neverThrowsOnOddInput() {
    for (String odd : new String[] {"", " ", "\"\"\"", "he he he", "THE US US US", "the of the"}) {
      Analyzed.text(odd);
    }
  }
}
