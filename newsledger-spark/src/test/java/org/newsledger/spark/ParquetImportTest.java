package org.newsledger.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsledger.Newsledger;
import org.newsledger.store.IngestSummary;
import org.newsledger.store.Ingester;
import org.newsledger.store.LedgerStore;
import org.newsledger.store.stories.Story;

class ParquetImportTest {

  private static final List<String> SPEAKERS =
      List.of("Helen Vasquez", "Vasquez", "Tomas Reyes", "Ana Brandt", "Lena Ostrova", "Northline");

  @TempDir static Path folder;

  private static SparkSession spark;
  private static LedgerStore ingested;
  private static LedgerStore imported;
  private static IngestSummary importSummary;

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

  /** The stories as sets of article ids. */
  private static Set<Set<Long>> storyPartition(LedgerStore store) {
    Set<Set<Long>> partition = new HashSet<>();
    for (Story story : store.stories()) {
      partition.add(new HashSet<>(store.storyArticles(story.id())));
    }
    return partition;
  }
}
