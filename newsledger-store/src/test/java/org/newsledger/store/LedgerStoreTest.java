package org.newsledger.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.newsledger.core.testing.DocumentChecks.assertSound;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsledger.core.ArticleMeta;
import org.newsledger.core.Document;
import org.newsledger.core.Excerpt;
import org.newsledger.core.Layers;
import org.newsledger.core.facts.Attribution;

class LedgerStoreTest {

  @TempDir Path dir;

  private final FakeAnalyzer analyzer = new FakeAnalyzer();

  private Document analyzed(String id, String text, String published, String url) {
    ArticleMeta meta = ArticleMeta.of(id).withPublished(published).withUrl(url);
    return assertSound(analyzer.apply(Document.of(meta, text)));
  }

  @Test
  void createsSchemaByMigrationsAndKeepsItOnReopen() {
    Path db = dir.resolve("ledger.db");
    try (LedgerStore store = LedgerStore.open(db)) {
      assertThat(store.schemaVersion()).isEqualTo(8);
      store.put(analyzed("a", TestArticles.article(1), null, null));
    }
    try (LedgerStore store = LedgerStore.open(db)) {
      assertThat(store.schemaVersion()).isEqualTo(8);
      assertThat(store.counts()).containsEntry("articles", 1L);
    }
  }

  @Test
  void statementsQuoteTheSplitPartsWithoutTheReportingClause() {
    String text = "\"The pier is unsafe,\" Ines Vale said. \"We closed it at noon.\"";
    Document doc =
        HandMadeArticles.article(
            "a", "2025-03-01", text, HandMadeArticles.person("Ines Vale", "Ines Vale"));
    Attribution quote = doc.get(Layers.ATTRIBUTIONS).get(0);
    int second = text.indexOf("We closed");
    int end = text.lastIndexOf('"');
    Attribution split =
        new Attribution(
            quote.id(),
            quote.kind(),
            Excerpt.of(text, text.indexOf("said"), text.indexOf("said") + 4),
            Excerpt.of(text, 1, end),
            quote.source(),
            null,
            false,
            "hand",
            List.of(Excerpt.of(text, 1, text.indexOf(',')), Excerpt.of(text, second, end)));
    try (LedgerStore store = LedgerStore.open(dir.resolve("ledger.db"))) {
      store.put(assertSound(doc.with(Layers.ATTRIBUTIONS, List.of(split))));

      List<AttributedStatement> found = store.searchStatements("pier", 10);
      assertThat(found)
          .singleElement()
          .satisfies(
              s -> {
                assertThat(s.content()).isEqualTo("The pier is unsafe … We closed it at noon.");
                assertThat(s.contentSpan()).isEqualTo(split.content().span());
              });
      assertThat(store.searchStatements("said", 10)).isEmpty();
      assertThat(store.whoSaid("Ines Vale"))
          .extracting(AttributedStatement::content)
          .containsExactly("The pier is unsafe … We closed it at noon.");
    }
  }

  @Test
  void storesTheFactsOfAnArticle() {
    try (LedgerStore store = LedgerStore.open(dir.resolve("ledger.db"))) {
      IngestResult result = store.put(analyzed("a", TestArticles.article(1), null, null));

      assertThat(result.status()).isEqualTo(IngestResult.Status.NEW);
      assertThat(store.counts())
          .containsEntry("articles", 1L)
          .containsEntry("attributions", 1L)
          .containsEntry("entities", 1L)
          .containsEntry("times", 1L)
          .containsEntry("article_bands", (long) MinHash.BANDS);
    }
  }

  @Test
  void storesTheSameTextOnceWhateverItsLayout() {
    String text = TestArticles.article(2);
    try (LedgerStore store = LedgerStore.open(dir.resolve("ledger.db"))) {
      IngestResult first = store.put(analyzed("a", text, null, null));
      IngestResult second =
          store.put(analyzed("b", "  " + text.replace(" ", "  ") + "\n", null, null));

      assertThat(second.status()).isEqualTo(IngestResult.Status.DUPLICATE);
      assertThat(second.articleId()).isEqualTo(first.articleId());
      assertThat(store.counts()).containsEntry("articles", 1L).containsEntry("attributions", 1L);
    }
  }

  @Test
  void linksASyndicatedCopyToItsOriginal() {
    String original = TestArticles.article(3);
    try (LedgerStore store = LedgerStore.open(dir.resolve("ledger.db"))) {
      IngestResult first = store.put(analyzed("wire", original, null, null));
      store.put(analyzed("other", TestArticles.article(4), null, null));
      IngestResult copy =
          store.put(analyzed("copy", TestArticles.syndicatedCopy(original), null, null));
      IngestResult copyOfCopy =
          store.put(
              analyzed("copy2", TestArticles.syndicatedCopy(original) + " Updated.", null, null));

      assertThat(copy.status()).isEqualTo(IngestResult.Status.NEAR_DUPLICATE);
      assertThat(copy.originalId()).isEqualTo(first.articleId());
      assertThat(copy.similarity()).isBetween(0.8, 1.0);
      assertThat(copyOfCopy.originalId()).isEqualTo(first.articleId());
      assertThat(store.counts()).containsEntry("articles", 4L);
    }
  }

  @Test
  void keepsDifferentArticlesOnTheSameTopicApart() {
    try (LedgerStore store = LedgerStore.open(dir.resolve("ledger.db"))) {
      for (int n = 0; n < 50; n++) {
        assertThat(store.put(analyzed("a" + n, TestArticles.article(n), null, null)).status())
            .isEqualTo(IngestResult.Status.NEW);
      }
    }
  }

  @Test
  void findsArticlesByTheirWords() {
    try (LedgerStore store = LedgerStore.open(dir.resolve("ledger.db"))) {
      store.put(
          analyzed(
              "kerem",
              "Crossing reopened\n\nThe Kerem Shalom crossing reopened on"
                  + " Tuesday after the attack.",
              "2024-05-08",
              "https://news.example.org/a"));
      store.put(analyzed("other", TestArticles.article(5), null, null));

      List<SearchHit> hits = store.search("kerem shalom", 10);

      assertThat(hits).extracting(SearchHit::docId).containsExactly("kerem");
      assertThat(hits.get(0).snippet()).contains("[Kerem]", "[Shalom]");
      assertThat(hits.get(0).title()).isNull();
      assertThat(hits.get(0).url()).isEqualTo("https://news.example.org/a");
    }
  }

  @Test
  void findsEitherWordWithOrAndWholePhrasesInQuotes() {
    try (LedgerStore store = LedgerStore.open(dir.resolve("ledger.db"))) {
      store.put(analyzed("strike", "Strike\n\nThe dock strike goes on.", null, null));
      store.put(analyzed("bridge", "Bridge\n\nThe old bridge is closed.", null, null));

      assertThat(store.search("strike OR bridge", 5))
          .extracting(SearchHit::docId)
          .containsExactlyInAnyOrder("strike", "bridge");
      assertThat(store.search("\"old bridge\"", 5))
          .extracting(SearchHit::docId)
          .containsExactly("bridge");
      assertThat(store.search("\"bridge old\"", 5)).isEmpty();
      assertThat(store.search("brid*", 5)).extracting(SearchHit::docId).containsExactly("bridge");
    }
  }

  @Test
  void treatsSearchOperatorsAsPlainWords() {
    try (LedgerStore store = LedgerStore.open(dir.resolve("ledger.db"))) {
      store.put(analyzed("a", TestArticles.article(6), null, null));

      assertThatThrownBy(() -> store.search("\"unbalanced AND OR NEAR( *", 5))
          .hasMessageStartingWith("bad search query");
      assertThat(store.search("unbalanced AND OR NEAR( *", 5)).isEmpty();
      assertThat(store.search("  ", 5)).isEmpty();
      assertThat(store.searchStatements("-:^", 5)).isEmpty();
    }
  }

  @Test
  void answersWhoSaidAcrossArticlesOldestFirst() {
    try (LedgerStore store = LedgerStore.open(dir.resolve("ledger.db"))) {
      store.put(
          analyzed(
              "late",
              "\"The port stays closed,\" said Anna Berg.",
              "2024-05-09",
              "https://www.harbour-times.example/late"));
      store.put(
          analyzed(
              "early",
              "\"The port is closed,\" said Anna Berg. \"No,\" said Jonas" + " Weber.",
              "2024-05-07",
              null));

      List<AttributedStatement> said = store.whoSaid("anna  berg");

      assertThat(said)
          .extracting(AttributedStatement::content)
          .containsExactly("The port is closed", "The port stays closed");
      assertThat(said)
          .extracting(AttributedStatement::outlet)
          .containsExactly("early", "harbour-times.example");
      assertThat(said.get(0).published()).isEqualTo("2024-05-07");
      assertThat(said.get(0).rule()).isEqualTo("fake-quote-said-name");
      assertThat(said.get(0).contentSpan().begin()).isEqualTo(1);
    }
  }

  @Test
  void answersWhoSaidByAnAliasOfTheEntity() {
    try (LedgerStore store = LedgerStore.open(dir.resolve("ledger.db"))) {
      store.put(analyzed("a", "\"Talks resume on Monday,\" said Leila Haddad.", null, null));

      assertThat(store.whoSaid("Haddad"))
          .extracting(AttributedStatement::source)
          .containsExactly("Leila Haddad");
      assertThat(store.whoSaid("Nobody Here")).isEmpty();
    }
  }

  @Test
  void findsStatementsByTheirWords() {
    try (LedgerStore store = LedgerStore.open(dir.resolve("ledger.db"))) {
      store.put(
          analyzed(
              "a", "\"The ferry will sail again,\" said Mira Okafor. The ferry sank.", null, null));

      assertThat(store.searchStatements("ferry sail", 5))
          .extracting(AttributedStatement::source)
          .containsExactly("Mira Okafor");
      assertThat(store.searchStatements("sank", 5)).isEmpty();
    }
  }
}
