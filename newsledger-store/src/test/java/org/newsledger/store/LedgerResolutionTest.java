package org.newsledger.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsledger.store.HandMadeArticles.article;
import static org.newsledger.store.HandMadeArticles.organization;
import static org.newsledger.store.HandMadeArticles.person;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsledger.store.resolve.LedgerEntity;

class LedgerResolutionTest {

  @TempDir Path dir;

  @Test
  void mergesASurnameWithTheFullNameWhenRolesAgree() {
    try (LedgerStore store = LedgerStore.open(dir.resolve("ledger.db"))) {
      store.put(
          article(
              "full",
              "2024-05-06",
              "\"We are watching,\" said John Kirby, the National" + " Security Council spokesman.",
              person("John Kirby", "John Kirby", "National Security Council spokesman")));
      store.put(
          article(
              "short",
              "2024-05-08",
              "\"No comment,\" said Kirby, the spokesman.",
              person("Kirby", "Kirby", "spokesman")));

      List<LedgerEntity> kirby = store.ledgerEntities("Kirby");

      assertThat(kirby)
          .singleElement()
          .satisfies(
              entity -> {
                assertThat(entity.name()).isEqualTo("John Kirby");
                assertThat(entity.articles()).isEqualTo(2);
                assertThat(entity.names()).contains("john kirby", "kirby");
                assertThat(entity.firstSeen()).isEqualTo("2024-05-06");
                assertThat(entity.lastSeen()).isEqualTo("2024-05-08");
              });
      assertThat(store.whoSaid("John Kirby"))
          .extracting(AttributedStatement::content)
          .containsExactly("We are watching,", "No comment,");
    }
  }

  @Test
  void keepsTwoPersonsWithTheSameSurnameAndDifferentFirstNamesApart() {
    try (LedgerStore store = LedgerStore.open(dir.resolve("ledger.db"))) {
      store.put(
          article(
              "jake",
              "2024-05-06",
              "\"Talks go on,\" said Jake Sullivan in Riyadh.",
              person("Jake Sullivan", "Jake Sullivan", "national security adviser")));
      store.put(
          article(
              "dan",
              "2024-05-07",
              "\"Alaska first,\" said Dan Sullivan in Juneau.",
              person("Dan Sullivan", "Dan Sullivan", "senator")));

      assertThat(store.ledgerEntities("Jake Sullivan"))
          .extracting(LedgerEntity::articles)
          .containsExactly(1);
      assertThat(store.ledgerEntities("Dan Sullivan"))
          .extracting(LedgerEntity::articles)
          .containsExactly(1);
      assertThat(store.whoSaid("Jake Sullivan"))
          .extracting(AttributedStatement::content)
          .containsExactly("Talks go on,");
    }
  }

  @Test
  void resolvesABareSurnameToThePersonItsContextPointsAt() {
    try (LedgerStore store = LedgerStore.open(dir.resolve("ledger.db"))) {
      store.put(
          article(
              "jake",
              null,
              "\"Talks go on,\" said Jake Sullivan of the White House.",
              person("Jake Sullivan", "Jake Sullivan"),
              organization("White House")));
      store.put(
          article(
              "dan",
              null,
              "\"Alaska first,\" said Dan Sullivan of the Senate.",
              person("Dan Sullivan", "Dan Sullivan"),
              organization("Senate")));
      store.put(
          article(
              "bare",
              null,
              "\"Soon,\" said Sullivan, leaving the White House.",
              person("Sullivan", "Sullivan"),
              organization("White House")));

      assertThat(store.whoSaid("Jake Sullivan"))
          .extracting(AttributedStatement::content)
          .containsExactly("Talks go on,", "Soon,");
      assertThat(store.whoSaid("Dan Sullivan"))
          .extracting(AttributedStatement::content)
          .containsExactly("Alaska first,");
      assertThat(store.ledgerEntities("White House"))
          .extracting(LedgerEntity::articles)
          .containsExactly(2);
    }
  }

  @Test
  void opensANewEntityForASurnameWithoutSupportingContext() {
    try (LedgerStore store = LedgerStore.open(dir.resolve("ledger.db"))) {
      store.put(
          article(
              "a",
              "2020-01-01",
              "\"Yes,\" said Maria Costa.",
              person("Maria Costa", "Maria Costa", "mayor")));
      store.put(
          article(
              "b", "2024-06-01", "\"No,\" said Costa.", person("Costa", "Costa", "goalkeeper")));

      assertThat(store.ledgerEntities("Maria Costa"))
          .extracting(LedgerEntity::articles)
          .containsExactly(1);
      assertThat(store.ledgerEntities("Costa"))
          .extracting(LedgerEntity::name)
          .containsExactly("Costa");
    }
  }
}
