package org.newsledger.store.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsledger.core.facts.EntityType;
import org.newsledger.store.resolve.EntityResolver.ArticleEntity;
import org.newsledger.store.resolve.EntityResolver.Candidate;
import org.newsledger.store.resolve.EntityResolver.Resolution;

class EntityResolverTest {

  private static final LedgerEntity JOHN_KIRBY =
      new LedgerEntity(
          1,
          "John Kirby",
          EntityType.PERSON,
          List.of("john kirby", "kirby"),
          List.of("NSC spokesman"),
          3,
          "2024-05-01",
          "2024-05-05");

  private static ArticleEntity person(String name, List<String> roles, String published) {
    return new ArticleEntity(
        name,
        EntityType.PERSON,
        Set.of(name.toLowerCase(java.util.Locale.ROOT)),
        roles,
        published,
        Set.of());
  }

  @Test
  void mergesTheSameFullName() {
    Resolution resolution =
        EntityResolver.resolve(
            person("John Kirby", List.of(), null), List.of(new Candidate(JOHN_KIRBY, Set.of())));

    assertThat(resolution).isEqualTo(new Resolution(1L, "same-full-name"));
  }

  @Test
  void mergesAnInitialWhenTheDatesAreClose() {
    Resolution resolution =
        EntityResolver.resolve(
            person("J. Kirby", List.of(), "2024-05-20"),
            List.of(new Candidate(JOHN_KIRBY, Set.of())));

    assertThat(resolution).isEqualTo(new Resolution(1L, "surname-in-context"));
  }

  @Test
  void neverMergesAnotherFirstName() {
    Resolution resolution =
        EntityResolver.resolve(
            person("Jane Kirby", List.of("NSC spokesman"), "2024-05-02"),
            List.of(new Candidate(JOHN_KIRBY, Set.of())));

    assertThat(resolution).isEqualTo(Resolution.NEW);
  }

  @Test
  void keepsOrganisationsAndPersonsApart() {
    ArticleEntity company =
        new ArticleEntity(
            "Kirby", EntityType.ORGANIZATION, Set.of("kirby"), List.of(), null, Set.of());

    assertThat(EntityResolver.resolve(company, List.of(new Candidate(JOHN_KIRBY, Set.of()))))
        .isEqualTo(Resolution.NEW);
  }

  @Test
  void readsSurnamesAndCompatibleFirstNames() {
    assertThat(PersonNames.surname("Martin Luther King Jr.")).isEqualTo("king");
    assertThat(PersonNames.firstName("Kirby")).isNull();
    assertThat(PersonNames.compatible("j", "john")).isTrue();
    assertThat(PersonNames.compatible("jake", "dan")).isFalse();
  }
}
