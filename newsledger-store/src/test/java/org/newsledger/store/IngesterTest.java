package org.newsledger.store;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsledger.core.testing.DocumentChecks;
import org.newsledger.core.testing.SharedData;
import org.newsledger.io.testing.TestFeeds;
import org.newsledger.store.stories.StoryParameters;

class IngesterTest {

  @TempDir Path dir;

  private IngestSummary ingest(Path db, String... sources) {
    try (LedgerStore store = LedgerStore.open(db)) {
      return Ingester.of(store, new FakeAnalyzer()).ingest(List.of(sources));
    }
  }

  private static Map<String, Long> counts(Path db) {
    try (LedgerStore store = LedgerStore.open(db)) {
      return store.counts();
    }
  }

  @Test
  void storesAFolderOnceWhenIngestedTwice() throws IOException {
    Path folder = dir.resolve("articles");
    TestArticles.writeFolder(folder.resolve("b"), 0, 10);
    TestArticles.writeFolder(folder.resolve("a"), 10, 10);
    Path db = dir.resolve("ledger.db");

    IngestSummary first = ingest(db, folder.toString());
    Map<String, Long> afterFirst = counts(db);
    IngestSummary second = ingest(db, folder.toString());

    assertThat(first.added()).isEqualTo(20);
    assertThat(second.read()).isEqualTo(20);
    assertThat(second.added()).isZero();
    assertThat(second.duplicates()).isEqualTo(20);
    assertThat(counts(db)).isEqualTo(afterFirst).containsEntry("articles", 20L);
  }

  @Test
  void readsAFolderRecursivelyInPathOrderSkippingHiddenFiles() throws IOException {
    Path folder = dir.resolve("articles");
    TestArticles.writeFolder(folder.resolve("b"), 0, 1);
    TestArticles.writeFolder(folder.resolve("a"), 1, 1);
    TestArticles.writeFolder(folder.resolve(".cache"), 2, 1);
    Files.writeString(folder.resolve("a/manifest.json"), "{}", UTF_8);
    List<String> labels = new ArrayList<>();

    try (LedgerStore store = LedgerStore.open(dir.resolve("ledger.db"))) {
      Ingester.of(store, new FakeAnalyzer())
          .withListener((label, soFar) -> labels.add(label))
          .ingest(List.of(folder.toString()));
    }

    assertThat(labels)
        .containsExactly(
            folder.resolve("a/article-00001.txt").toString(),
            folder.resolve("b/article-00000.txt").toString());
  }

  @Test
  void keepsGoingPastABadArticleAndRecordsWhy() throws IOException {
    Path folder = dir.resolve("articles");
    TestArticles.writeFolder(folder, 0, 6);
    Files.write(folder.resolve("article-00002.txt"), new byte[] {'a', 0, 'b'});
    Files.writeString(
        folder.resolve("article-00003.txt"), "Fine words " + FakeAnalyzer.POISON, UTF_8);
    Path db = dir.resolve("ledger.db");

    IngestSummary summary = ingest(db, folder.toString(), dir.resolve("missing.txt").toString());

    assertThat(summary.read()).isEqualTo(7);
    assertThat(summary.added()).isEqualTo(4);
    assertThat(summary.failures())
        .extracting(IngestSummary.Failure::reason)
        .anySatisfy(reason -> assertThat(reason).contains("binary"))
        .anySatisfy(reason -> assertThat(reason).contains("analysis failed"))
        .anySatisfy(reason -> assertThat(reason).contains("no such file"));
    assertThat(counts(db)).containsEntry("articles", 4L).containsEntry("ingest_failures", 3L);
  }

  @Test
  void failsEachArticleWithTheCauseWhenTheDiskIsFullKeepingWhatWasCommitted() throws IOException {
    Path db = dir.resolve("ledger.db");
    TestArticles.writeFolder(dir.resolve("first"), 0, 5);
    TestArticles.writeFolder(dir.resolve("more"), 5, 40);
    assertThat(ingest(db, dir.resolve("first").toString()).added()).isEqualTo(5);
    long pages;
    try (LedgerStore store = LedgerStore.open(db)) {
      pages = store.pageCount();
    }

    IngestSummary full;
    try (LedgerStore store =
        LedgerStore.open(
            db, StoryParameters.defaults(), List.of("max_page_count = " + (pages + 2)))) {
      full = Ingester.of(store, new FakeAnalyzer()).ingest(List.of(dir.resolve("more").toString()));
    }

    assertThat(full.failed()).isPositive();
    assertThat(full.added() + full.failed()).isEqualTo(40);
    assertThat(full.failures())
        .allSatisfy(
            f ->
                assertThat(f.reason())
                    .contains("database or disk is full")
                    .doesNotContain("\n", "no transaction is active"));
    assertThat(counts(db)).containsEntry("articles", 5L + full.added());
    IngestSummary rerun = ingest(db, dir.resolve("more").toString());
    assertThat(rerun.failed()).isZero();
    assertThat(counts(db)).containsEntry("articles", 45L);
  }

  @Test
  void refusesAFeedOverTheSizeLimitInOneLineAndIngestsTheSourcesAfterIt() throws IOException {
    Path feed = dir.resolve("huge.rss");
    Files.writeString(feed, "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>", UTF_8);
    try (RandomAccessFile file = new RandomAccessFile(feed.toFile(), "rw")) {
      file.setLength(2_500_000_000L);
    }
    Path after = TestFeeds.rss(dir.resolve("after.rss"));

    IngestSummary summary = ingest(dir.resolve("ledger.db"), feed.toString(), after.toString());

    assertThat(summary.failures())
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.reason())
                    .contains("huge.rss", "too large")
                    .doesNotContain("\n", "Exception"));
    assertThat(summary.added()).isEqualTo(2);
  }

  @Test
  void reportsProgressAfterEveryArticle() throws IOException {
    Path folder = dir.resolve("articles");
    TestArticles.writeFolder(folder, 0, 5);
    List<Integer> reads = new ArrayList<>();

    try (LedgerStore store = LedgerStore.open(dir.resolve("ledger.db"))) {
      Ingester.of(store, new FakeAnalyzer())
          .withListener((label, soFar) -> reads.add(soFar.read()))
          .ingest(List.of(folder.toString()));
    }

    assertThat(reads).containsExactly(1, 2, 3, 4, 5);
  }

  @Test
  void linksNearDuplicatesInTheSummary() throws IOException {
    Path folder = dir.resolve("articles");
    Files.createDirectories(folder);
    Files.writeString(folder.resolve("1-original.txt"), TestArticles.article(7), UTF_8);
    Files.writeString(
        folder.resolve("2-copy.txt"), TestArticles.syndicatedCopy(TestArticles.article(7)), UTF_8);

    IngestSummary summary = ingest(dir.resolve("ledger.db"), folder.toString());

    assertThat(summary.added()).isEqualTo(1);
    assertThat(summary.nearDuplicates()).isEqualTo(1);
  }

  @Test
  void ingestsJsonLines() throws IOException {
    Path jsonl = dir.resolve("articles.jsonl");
    Files.writeString(
        jsonl,
        "{\"id\": \"x1\", \"text\": \"\\\"We agree,\\\" said Anna Berg.\","
            + " \"published\": \"2024-05-07\"}\n"
            + "not json\n"
            + "{\"id\": \"x2\", \"text\": \"\\\"We do not,\\\" said Anna Berg.\"}\n",
        UTF_8);
    Path db = dir.resolve("ledger.db");

    IngestSummary summary = ingest(db, jsonl.toString());

    assertThat(summary.added()).isEqualTo(2);
    assertThat(summary.failures())
        .singleElement()
        .satisfies(f -> assertThat(f.label()).endsWith(":2"));
    try (LedgerStore store = LedgerStore.open(db)) {
      assertThat(store.whoSaid("Anna Berg"))
          .extracting(AttributedStatement::published)
          .containsExactly(null, "2024-05-07");
    }
  }

  @Test
  void ingestsEachRssEntryAsAnArticleWithoutFetchingIt() throws IOException {
    Path db = dir.resolve("ledger.db");

    IngestSummary summary = ingest(db, TestFeeds.rss(dir.resolve("feed.rss")).toString());

    assertThat(summary.added()).isEqualTo(2);
    try (LedgerStore store = LedgerStore.open(db)) {
      List<AttributedStatement> said = store.whoSaid("Anna Berg");
      assertThat(said)
          .singleElement()
          .satisfies(
              s -> {
                assertThat(s.content()).isEqualTo("The port is closed until Friday");
                assertThat(s.title()).isEqualTo("Port closes after storm");
                assertThat(s.url()).isEqualTo("https://harbour-times.example/port-closes");
                assertThat(s.outlet()).isEqualTo("harbour-times.example");
                assertThat(s.published()).isEqualTo("2024-05-07T09:04Z");
              });
      assertThat(store.search("ferries harbour", 5))
          .extracting(SearchHit::docId)
          .containsExactly("https://harbour-times.example/port-closes");
      assertThat(store.whoSaid("Jonas Weber")).hasSize(1);
    }
  }

  @Test
  void ingestsAtomFeedsAndSniffsXmlFeeds() throws IOException {
    Path db = dir.resolve("ledger.db");

    IngestSummary summary = ingest(db, TestFeeds.atom(dir.resolve("feed.xml")).toString());

    assertThat(summary.added()).isEqualTo(1);
    try (LedgerStore store = LedgerStore.open(db)) {
      assertThat(store.whoSaid("Mira Okafor"))
          .singleElement()
          .satisfies(
              s -> {
                assertThat(s.title()).isEqualTo("Bridge reopens");
                assertThat(s.published()).isEqualTo("2024-05-09T11:30Z");
              });
    }
  }

  @Test
  void reportsABrokenFeedAsOneFailure() throws IOException {
    Path feed = Files.writeString(dir.resolve("broken.rss"), "<rss><channel><item>", UTF_8);

    IngestSummary summary = ingest(dir.resolve("ledger.db"), feed.toString());

    assertThat(summary.failures())
        .singleElement()
        .satisfies(f -> assertThat(f.reason()).contains("not an RSS or Atom feed"));
  }

  @Test
  void ingestsTheHtmlPagesOfAWarc() throws IOException {
    for (String name : List.of("crawl.warc", "crawl.warc.gz")) {
      Path db = dir.resolve(name + ".db");

      IngestSummary summary = ingest(db, TestFeeds.warc(dir.resolve(name)).toString());

      assertThat(summary.read()).as(name).isEqualTo(2);
      assertThat(summary.added()).as(name).isEqualTo(2);
      try (LedgerStore store = LedgerStore.open(db)) {
        assertThat(store.whoSaid("Tomas Reyes"))
            .singleElement()
            .satisfies(
                s -> {
                  assertThat(s.url()).isEqualTo("https://courier.example/news/grain");
                  assertThat(s.title()).isEqualTo("Grain exports rise");
                  assertThat(s.published()).isEqualTo("2024-05-10T08:00Z");
                });
        assertThat(store.search("copyright", 5)).isEmpty();
      }
    }
  }

  @Test
  void analyzesOnlyArticlesNotStoredYet() throws IOException {
    Path folder = dir.resolve("articles");
    TestArticles.writeFolder(folder, 0, 3);
    Path db = dir.resolve("ledger.db");
    ingest(db, folder.toString());
    TestArticles.writeFolder(folder, 3, 2);
    List<String> analyzed = new ArrayList<>();

    try (LedgerStore store = LedgerStore.open(db)) {
      Ingester.of(
              store,
              doc -> {
                analyzed.add(doc.meta().id());
                return DocumentChecks.assertSound(new FakeAnalyzer().apply(doc));
              })
          .ingest(List.of(folder.toString()));
    }

    assertThat(analyzed).containsExactly("article-00003.txt", "article-00004.txt");
  }

  @Test
  void storesTheSharedWikinewsArticlesOnceWhenIngestedTwice() {
    Path wikinews = SharedData.require("datasets/wikinews/intl_politics");
    Path db = dir.resolve("ledger.db");

    IngestSummary first = ingest(db, wikinews.toString());
    Map<String, Long> afterFirst = counts(db);
    IngestSummary second = ingest(db, wikinews.toString());

    System.out.printf(
        "wikinews intl_politics: first %s%nsecond %s%ncounts %s%n", first, second, afterFirst);
    assertThat(first.added() + first.nearDuplicates()).isPositive();
    assertThat(first.failures()).isEmpty();
    assertThat(second.added() + second.nearDuplicates()).isZero();
    assertThat(second.duplicates())
        .isEqualTo(first.added() + first.nearDuplicates() + first.duplicates());
    assertThat(counts(db)).isEqualTo(afterFirst);
  }
}
