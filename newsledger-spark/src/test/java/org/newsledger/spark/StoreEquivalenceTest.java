package org.newsledger.spark;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsledger.Newsledger;
import org.newsledger.core.CharSpan;
import org.newsledger.core.NewsledgerException;
import org.newsledger.core.facts.ClaimStatus;
import org.newsledger.core.facts.EntityType;
import org.newsledger.store.IngestSummary;
import org.newsledger.store.Ingester;
import org.newsledger.store.LedgerClaim;
import org.newsledger.store.LedgerStore;
import org.newsledger.store.resolve.LedgerEntity;
import org.newsledger.store.stories.Story;

/**
 * What Spark builds from the {@link TestCorpus} equals what the single-machine store builds from it
 * with `ingest`: the store imported from the Parquet analysis, and the ledger job's tables (stories
 * as partitions of articles, ledger entities, claims with their history row for row).
 */
class StoreEquivalenceTest {

  private static final List<String> SPEAKERS =
      List.of("Helen Vasquez", "Vasquez", "Tomas Reyes", "Ana Brandt", "Lena Ostrova", "Northline");

  @TempDir static Path folder;

  private static SparkSession spark;
  private static LedgerStore ingested;
  private static LedgerStore imported;
  private static IngestSummary importSummary;
  private static String ledger;
  private static LedgerJob.LedgerSummary ledgerSummary;

  @BeforeAll
  static void ingestAndImport() throws IOException {
    spark = LocalSpark.start();
    Path corpus = TestCorpus.write(Files.createDirectories(folder.resolve("corpus")));
    List<String> inputs = TestCorpus.inputs(corpus).stream().map(Path::toString).toList();
    String out = folder.resolve("out").toString();
    AnalyzeJob.run(
        spark,
        new AnalyzeSettings(inputs, out, ReadSettings.defaults(), EngineSettings.defaults(), 0));
    Newsledger engine = Engines.get(EngineSettings.defaults());
    ingested = LedgerStore.open(folder.resolve("ingested.db"));
    Ingester.of(ingested, doc -> engine.analyze(doc).document()).ingest(inputs);
    imported = LedgerStore.open(folder.resolve("imported.db"));
    importSummary = ParquetImport.ingest(spark, imported, out, (label, soFar) -> {});
    ledger = folder.resolve("ledger").toString();
    ledgerSummary = LedgerJob.run(spark, new LedgerJob.LedgerSettings(List.of(out), ledger));
  }

  @AfterAll
  static void close() {
    ingested.close();
    imported.close();
    spark.stop();
  }

  @Test
  void importStoresEveryAnalyzedArticleOnce() {
    assertThat(importSummary.added()).isEqualTo(TestCorpus.STORED);
    assertThat(importSummary.failures())
        .singleElement()
        .satisfies(failure -> assertThat(failure.reason()).endsWith("empty.txt: no text"));
    assertThat(imported.counts()).isEqualTo(ingested.counts());
  }

  @Test
  void whoSaidAnswersAsAfterIngest() {
    for (String speaker : SPEAKERS) {
      assertThat(imported.whoSaid(speaker)).as(speaker).isEqualTo(ingested.whoSaid(speaker));
    }
    assertThat(imported.whoSaid("Helen Vasquez")).isNotEmpty();
  }

  @Test
  void storiesAndClaimsMatchTheIngestedLedger() {
    assertThat(storyPartition(imported)).isEqualTo(storyPartition(ingested));
    for (Story story : ingested.stories()) {
      assertThat(imported.storyClaims(story.id())).isEqualTo(ingested.storyClaims(story.id()));
    }
  }

  @Test
  void importingTheSameOutputAgainAddsNothing() {
    IngestSummary again =
        ParquetImport.ingest(
            spark, imported, folder.resolve("out").toString(), (label, soFar) -> {});

    assertThat(again.added()).isZero();
    assertThat(again.duplicates()).isEqualTo(TestCorpus.STORED);
  }

  @Test
  void ledgerJobStoriesAreTheIngestedStories() {
    Map<Long, Set<Long>> byStory = new HashMap<>();
    for (Row article : ledgerTable("ledger_articles").collectAsList()) {
      byStory
          .computeIfAbsent(article.<Long>getAs("story_id"), id -> new HashSet<>())
          .add(article.<Long>getAs("ledger_article_id"));
    }
    assertThat(new HashSet<>(byStory.values())).isEqualTo(storyPartition(ingested));
    assertThat(ledgerSummary.articles()).isEqualTo(TestCorpus.STORED);
    assertThat(ledgerSummary.stories()).isEqualTo(ingested.stories().size()).isGreaterThan(1);
    List<Story> stories = new ArrayList<>();
    for (Row s :
        ledgerTable("stories").orderBy(col("size").desc(), col("story_id")).collectAsList()) {
      stories.add(
          new Story(
              s.getAs("story_id"),
              s.getAs("title"),
              s.getAs("size"),
              s.getAs("first_published"),
              s.getAs("last_published"),
              s.getList(s.fieldIndex("top_entities")),
              s.getList(s.fieldIndex("top_terms"))));
    }
    assertThat(stories).isEqualTo(ingested.stories());
  }

  @Test
  void ledgerJobEntitiesAreTheIngestedLedgerEntities() {
    List<Row> entities = ledgerTable("ledger_entities").collectAsList();
    assertThat(entities).hasSizeGreaterThan(3);
    for (Row e : entities) {
      LedgerEntity entity =
          new LedgerEntity(
              e.getAs("ledger_entity_id"),
              e.getAs("name"),
              EntityType.valueOf(e.getAs("type")),
              e.getList(e.fieldIndex("names")),
              e.getList(e.fieldIndex("roles")),
              e.getAs("article_count"),
              e.getAs("first_seen"),
              e.getAs("last_seen"));
      assertThat(ingested.ledgerEntities(entity.name())).contains(entity);
    }
    assertThat(entities).anyMatch(e -> e.<Integer>getAs("article_count") > 1);
  }

  @Test
  void ledgerJobClaimsHaveTheIngestedStatusAndHistoryRowForRow() {
    Map<Long, List<LedgerClaim.Source>> sources = new HashMap<>();
    for (Row s :
        ledgerTable("claim_sources").orderBy("ledger_claim_id", "position").collectAsList()) {
      sources
          .computeIfAbsent(s.getAs("ledger_claim_id"), id -> new ArrayList<>())
          .add(
              new LedgerClaim.Source(
                  s.getAs("name"),
                  s.getAs("type"),
                  s.getAs("ledger_article_id"),
                  s.getAs("published"),
                  s.getAs("outlet")));
    }
    Map<Long, List<LedgerClaim.Change>> history = new HashMap<>();
    for (Row h :
        ledgerTable("claim_history").orderBy("ledger_claim_id", "position").collectAsList()) {
      history
          .computeIfAbsent(h.getAs("ledger_claim_id"), id -> new ArrayList<>())
          .add(
              new LedgerClaim.Change(
                  ClaimStatus.valueOf(h.getAs("status")),
                  h.getAs("by"),
                  h.getAs("evidence"),
                  CharSpan.of(h.<Integer>getAs("evidence_begin"), h.<Integer>getAs("evidence_end")),
                  h.getAs("ledger_article_id"),
                  h.getAs("published"),
                  h.getAs("outlet"),
                  h.getAs("rule")));
    }
    Map<Long, LedgerClaim> claims = new HashMap<>();
    for (Row c : ledgerTable("ledger_claims").collectAsList()) {
      long id = c.getAs("ledger_claim_id");
      claims.put(
          id,
          new LedgerClaim(
              id,
              c.getAs("proposition"),
              ClaimStatus.valueOf(c.getAs("status")),
              c.getAs("first_published"),
              c.getAs("last_published"),
              sources.getOrDefault(id, List.of()),
              history.getOrDefault(id, List.of())));
    }
    Set<LedgerClaim> expected = new HashSet<>();
    for (Story story : ingested.stories()) {
      expected.addAll(ingested.storyClaims(story.id()));
    }
    assertThat(new HashSet<>(claims.values())).isEqualTo(expected);
    assertThat(expected).anyMatch(claim -> !claim.history().isEmpty());
  }

  @Test
  void ledgerJobRefusesAFolderThatIsNotAnalysisOutput() {
    String corpus = folder.resolve("corpus").toString();
    LedgerJob.LedgerSettings settings =
        new LedgerJob.LedgerSettings(List.of(corpus), folder.resolve("no-ledger").toString());

    assertThatThrownBy(() -> LedgerJob.run(spark, settings))
        .isInstanceOf(NewsledgerException.class)
        .hasMessage(corpus + ": not the output of 'spark analyze' (no _NEWSLEDGER file)");
  }

  private static Dataset<Row> ledgerTable(String table) {
    return spark.read().schema(LedgerTables.ALL.get(table)).parquet(ledger + "/" + table);
  }

  /** The stories as sets of article ids. */
  private static Set<Set<Long>> storyPartition(LedgerStore store) {
    Set<Set<Long>> partition = new HashSet<>();
    for (Story story : store.stories()) {
      partition.add(new HashSet<>(store.storyArticles(story.id())));
    }
    return partition;
  }
}
