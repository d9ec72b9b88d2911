package org.newsledger.spark;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsledger.Newsledger;
import org.newsledger.io.ArticleSource;
import org.newsledger.io.DocumentJson;
import org.newsledger.io.ReadOptions;
import org.newsledger.io.ReadResult;

class AnalyzeJobTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path folder;

  private static SparkSession spark;
  private static Path corpus;
  private static String out;
  private static AnalyzeSummary summary;

  @BeforeAll
  static void analyzeTheCorpus() throws IOException {
    spark = LocalSpark.start();
    corpus = TestCorpus.write(Files.createDirectories(folder.resolve("corpus")));
    out = folder.resolve("out").toString();
    List<String> inputs = TestCorpus.inputs(corpus).stream().map(Path::toString).toList();
    summary =
        AnalyzeJob.run(
            spark,
            new AnalyzeSettings(
                inputs, out, ReadSettings.defaults(), EngineSettings.defaults(), 0));
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void everyArticleEqualsTheLibrarysRecord() {
    Map<String, String> fromSpark = new TreeMap<>();
    for (Row article : OutputFolder.articlesWithFacts(spark, out).collectAsList()) {
      fromSpark.put(
          article.getAs("article_id"), DocumentJson.write(TableDocuments.of(article), false));
    }

    assertThat(fromSpark).hasSize(TestCorpus.ARTICLES).isEqualTo(libraryRecords());
    assertThat(summary.articles()).isEqualTo(TestCorpus.ARTICLES);
  }

  @Test
  void attributionRowsHoldTheFieldsOfTheJsonRecord() throws IOException {
    Map<String, List<JsonNode>> expected = new TreeMap<>();
    for (String record : libraryRecords().values()) {
      JsonNode node = JSON.readTree(record);
      List<JsonNode> attributions = new ArrayList<>();
      node.get("attributions").forEach(attributions::add);
      expected.put(node.get("article").get("id").asText(), attributions);
    }
    Map<String, List<JsonNode>> actual = new TreeMap<>();
    List<String> rows =
        OutputFolder.table(spark, out, "attributions")
            .orderBy(col("article_id"), col("ordinal"))
            .toJSON()
            .collectAsList();
    for (String row : rows) {
      ObjectNode node = (ObjectNode) JSON.readTree(row);
      String articleId = node.get("article_id").asText();
      actual.computeIfAbsent(articleId, id -> new ArrayList<>()).add(withNulls(node));
    }
    expected.values().removeIf(List::isEmpty);

    assertThat(actual).isNotEmpty().isEqualTo(expected);
  }

  @Test
  void unreadableInputsBecomeDiagnosticsRowsAndTheJobGoesOn() {
    List<Row> failures =
        OutputFolder.table(spark, out, "diagnostics")
            .filter(col("doc_key").isNull())
            .collectAsList();

    assertThat(failures).hasSize(1);
    assertThat(failures.get(0).<String>getAs("code")).isEqualTo(AnalyzeArticles.READ_FAILED);
    assertThat(failures.get(0).<String>getAs("message"))
        .endsWith(
            "wire.jsonl:3: invalid JSON: Unexpected end-of-input within/between Object entries");
    assertThat(summary.failed()).isEqualTo(1);
  }

  @Test
  void anEmptyArticleIsAnalyzedWithItsDiagnostic() {
    List<String> codes =
        OutputFolder.table(spark, out, "diagnostics")
            .filter(col("article_id").equalTo("empty.txt"))
            .select("code")
            .as(Encoders.STRING())
            .collectAsList();

    assertThat(codes).contains("empty_input");
  }

  @Test
  void tablesArePartitionedByPublicationDate() {
    assertThat(Path.of(out, "articles", "published_date=2025-03-04")).isDirectory();
    assertThat(Path.of(out, "attributions", "published_date=2025-03-10")).isDirectory();
    assertThat(OutputMarker.isOutput(out)).isTrue();
  }

  @Test
  void rowIdsDoNotDependOnPartitioning() {
    String again = folder.resolve("again").toString();
    List<String> inputs = List.of(corpus.resolve("wire.jsonl").toString());
    AnalyzeJob.run(
        spark,
        new AnalyzeSettings(inputs, again, ReadSettings.defaults(), EngineSettings.defaults(), 1));

    assertThat(keys(again, "claims")).isNotEmpty().isSubsetOf(keys(out, "claims"));
    assertThat(keys(again, "articles")).hasSize(2).isSubsetOf(keys(out, "articles"));
  }

  private static List<String> keys(String output, String table) {
    return OutputFolder.table(spark, output, table)
        .selectExpr("concat(doc_key, ':', ordinal)")
        .as(Encoders.STRING())
        .collectAsList();
  }

  /** The attribution row as the JSON record writes it: key columns and the chain dropped. */
  private static JsonNode withNulls(ObjectNode row) {
    Tables.KEY_COLUMNS.forEach(row::remove);
    row.remove("source_chain");
    ObjectNode ordered = JSON.createObjectNode();
    for (var field : Tables.ATTRIBUTIONS.fieldNames()) {
      if (Tables.KEY_COLUMNS.contains(field) || field.equals("source_chain")) {
        continue;
      }
      JsonNode value = row.get(field);
      if (value == null && field.equals("content_parts")) {
        continue; // as in the JSON record: only a content of several parts lists them
      }
      ordered.set(field, value == null ? JSON.nullNode() : value);
    }
    JsonNode source = ordered.get("source");
    for (String field : List.of("entity", "name", "type", "text", "begin", "end")) {
      if (!source.has(field)) {
        ((ObjectNode) source).putNull(field);
      }
    }
    return ordered;
  }

  /** Each article of the corpus as the library analyzes it, read as the CLI reads it, by id. */
  private static Map<String, String> libraryRecords() {
    Newsledger engine = Engines.get(EngineSettings.defaults());
    Map<String, String> records = new HashMap<>();
    for (Path input : TestCorpus.inputs(corpus)) {
      try (ArticleSource source = ArticleSource.open(input.toString(), ReadOptions.defaults())) {
        while (source.hasNext()) {
          ReadResult read = source.next();
          if (read.isOk()) {
            records.put(read.document().meta().id(), engine.analyze(read.document()).toJsonLine());
          }
        }
      }
    }
    return new TreeMap<>(records);
  }

  @Test
  void aSmallInputGetsOnePartitionPerCoreALargeOneUpToFour() {
    assertThat(AnalyzeJob.defaultPartitions(1, 5_000_000)).isEqualTo(1);
    assertThat(AnalyzeJob.defaultPartitions(2, 5_000_000)).isEqualTo(2);
    assertThat(AnalyzeJob.defaultPartitions(2, 40L << 20)).isEqualTo(4);
    assertThat(AnalyzeJob.defaultPartitions(4, 1L << 40)).isEqualTo(16);
    assertThat(AnalyzeJob.defaultPartitions(200, 2L << 30)).isEqualTo(200);
  }
}
