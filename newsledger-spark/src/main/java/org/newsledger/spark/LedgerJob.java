package org.newsledger.spark;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.lit;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.newsledger.core.Document;
import org.newsledger.core.ErrorCode;
import org.newsledger.core.NewsledgerException;
import org.newsledger.store.ContentHash;
import org.newsledger.store.MemoryLedger;
import org.newsledger.store.stories.StoryFeatures;
import org.newsledger.store.stories.StoryParameters;
import scala.Tuple2;

/**
 * The cross-article ledger on Spark, from folders of analysis output into the {@link LedgerTables}:
 * the same ledger `ingest` builds in the store from the same articles.
 *
 * <ol>
 *   <li>Each article is rebuilt from its rows and its story features are counted, in parallel.
 *   <li>Exact copies (same {@link ContentHash}) are dropped by a shuffle on the hash, keeping the
 *       first in ingest order (folder, input, source, position), as ingest keeps it.
 *   <li>The ledger is a fold in ingest order: an article's story, entities and claims depend on
 *       every article before it (document frequencies, centroids, splits, ledger ids). The
 *       articles, reduced to their rows and features, are sorted into one partition and folded
 *       through the store's {@link MemoryLedger}; the ledger tables are written from that task.
 * </ol>
 *
 * Runnable with spark-submit ({@link #main}).
 */
public final class LedgerJob {

  private LedgerJob() {}

  /** spark-submit entry point: {@code --out LEDGERDIR ANALYSISDIR...}. */
  public static void main(String[] args) {
    LedgerSettings settings = LedgerSettings.parse(args);
    SparkSession spark = SparkSession.builder().appName("newsledger ledger").getOrCreate();
    try {
      System.out.println(describe(run(spark, settings)));
    } finally {
      spark.stop();
    }
  }

  /** Builds the ledger of {@code settings.folders()} in {@code spark} and writes its tables. */
  public static LedgerSummary run(SparkSession spark, LedgerSettings settings) {
    requireNonNull(spark, "spark is null");
    requireNonNull(settings, "settings is null");
    long started = System.nanoTime();
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    for (String folder : settings.folders()) {
      if (!OutputFolder.hasMarker(conf, folder)) {
        throw new NewsledgerException(
            ErrorCode.INPUT_UNREADABLE,
            folder + ": not the output of 'spark analyze' (no " + OutputMarker.NAME + " file)");
      }
    }
    setShufflePartitions(spark, settings.folders());
    Dataset<Row> articles = null;
    for (int i = 0; i < settings.folders().size(); i++) {
      Dataset<Row> folder =
          OutputFolder.unorderedArticlesWithFacts(spark, settings.folders().get(i))
              .withColumn(FOLDER, lit(i));
      articles = articles == null ? folder : articles.unionByName(folder);
    }
    JavaRDD<TableRow> rows =
        articles
            .javaRDD()
            .mapPartitions(new Prepare())
            .mapToPair(input -> new Tuple2<>(input.hash(), input))
            .reduceByKey((a, b) -> a.order().compareTo(b.order()) <= 0 ? a : b)
            .values()
            .mapToPair(input -> new Tuple2<>(input.order(), input))
            .sortByKey(true, 1)
            .values()
            .mapPartitions(new Fold());
    rows.persist(StorageLevel.MEMORY_AND_DISK());
    try {
      Map<String, Long> counts = rows.mapToPair(row -> new Tuple2<>(row.table(), 1)).countByKey();
      for (String table : LedgerTables.NAMES) {
        spark
            .createDataFrame(
                rows.filter(row -> row.table().equals(table)).map(TableRow::row),
                LedgerTables.ALL.get(table))
            .coalesce(1)
            .write()
            .mode(SaveMode.Overwrite)
            .parquet(new Path(settings.out(), table).toString());
      }
      return new LedgerSummary(
          counts.getOrDefault("ledger_articles", 0L),
          counts.getOrDefault("stories", 0L),
          counts.getOrDefault("ledger_entities", 0L),
          counts.getOrDefault("ledger_claims", 0L),
          (System.nanoTime() - started) / 1e9);
    } finally {
      rows.unpersist();
    }
  }

  /**
   * Sets the partitions of the joins' shuffles from the size of the analysis tables unless the
   * session has them set: one per {@link #BYTES_PER_SHUFFLE_PARTITION} of tables, at least one per
   * core (Spark's default of 200 makes hundreds of near-empty tasks out of a day's tables).
   */
  private static void setShufflePartitions(SparkSession spark, List<String> folders) {
    if (spark.sparkContext().getConf().contains(SHUFFLE_PARTITIONS)) {
      return;
    }
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    long bytes = 0;
    for (String folder : folders) {
      try {
        Path path = new Path(folder);
        bytes += path.getFileSystem(conf).getContentSummary(path).getLength();
      } catch (IOException e) {
        throw new UncheckedIOException(folder + ": cannot list the analysis tables", e);
      }
    }
    long partitions =
        Math.max(
            spark.sparkContext().defaultParallelism(),
            (bytes + BYTES_PER_SHUFFLE_PARTITION - 1) / BYTES_PER_SHUFFLE_PARTITION);
    spark.conf().set(SHUFFLE_PARTITIONS, partitions);
  }

  /** One line about a finished ledger job. */
  public static String describe(LedgerSummary summary) {
    return String.format(
        Locale.ROOT,
        "ledger of %d articles: %d stories, %d entities, %d claims, in %.1f s",
        summary.articles(),
        summary.stories(),
        summary.entities(),
        summary.claims(),
        summary.seconds());
  }

  private static final String FOLDER = "ledger_folder";

  private static final String SHUFFLE_PARTITIONS = "spark.sql.shuffle.partitions";

  /** Bytes of analysis tables (Parquet, compressed) per shuffle partition of their joins. */
  private static final long BYTES_PER_SHUFFLE_PARTITION = 64L << 20;

  /**
   * Where an article stands in ingest order: the folder's place among the job's folders, then as
   * {@link OutputFolder#articlesWithFacts} orders a folder's articles (nulls first).
   */
  record Order(int folder, int input, String source, int ordinal, String articleId)
      implements Comparable<Order>, Serializable {

    private static final long serialVersionUID = 1L;

    private static final Comparator<Order> ORDER =
        Comparator.comparingInt(Order::folder)
            .thenComparingInt(Order::input)
            .thenComparing(Order::source, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparingInt(Order::ordinal)
            .thenComparing(Order::articleId, Comparator.nullsFirst(Comparator.naturalOrder()));

    @Override
    public int compareTo(Order other) {
      return ORDER.compare(this, other);
    }
  }

  /**
   * An article on its way into the ledger.
   *
   * @param order its place in ingest order
   * @param hash the {@link ContentHash} of its text
   * @param article its article row with the arrays of its facts
   * @param features its {@link StoryFeatures} counts
   */
  record Input(Order order, String hash, Row article, LinkedHashMap<String, Integer> features)
      implements Serializable {

    private static final long serialVersionUID = 1L;
  }

  /** Rebuilds each article, leaves out those without text, hashes it and counts its features. */
  static final class Prepare implements FlatMapFunction<Iterator<Row>, Input> {

    private static final long serialVersionUID = 1L;

    @Override
    public Iterator<Input> call(Iterator<Row> rows) {
      return new FlatIterator<>(
          rows,
          row -> {
            Document doc = TableDocuments.of(row);
            if (doc.text().isBlank()) {
              return List.of();
            }
            Order order =
                new Order(
                    row.<Integer>getAs(FOLDER),
                    row.<Integer>getAs("input"),
                    row.getAs("source"),
                    row.<Integer>getAs("ordinal"),
                    row.getAs("article_id"));
            return List.of(
                new Input(
                    order,
                    ContentHash.of(doc.text()),
                    row,
                    new LinkedHashMap<>(StoryFeatures.of(doc))));
          });
    }
  }

  /** Folds the articles of the one partition, in ingest order, into the ledger's rows. */
  static final class Fold implements FlatMapFunction<Iterator<Input>, TableRow> {

    private static final long serialVersionUID = 1L;

    @Override
    public Iterator<TableRow> call(Iterator<Input> inputs) {
      MemoryLedger ledger = new MemoryLedger(StoryParameters.defaults());
      List<String> docKeys = new ArrayList<>();
      while (inputs.hasNext()) {
        Input input = inputs.next();
        Row article = input.article();
        try {
          ledger.add(TableDocuments.of(article), article.getAs("label"), input.features());
          docKeys.add(article.getAs("doc_key"));
        } catch (IllegalArgumentException e) {
          // An article `ingest` fails too (a date that is no calendar date): left out.
        }
      }
      return LedgerTables.rows(ledger, docKeys).iterator();
    }
  }

  /**
   * What a ledger job reads and writes.
   *
   * @param folders analysis output folders, in ingest order
   * @param out the ledger folder (its tables are replaced)
   */
  public record LedgerSettings(List<String> folders, String out) {

    /** Validates and copies the fields. */
    public LedgerSettings {
      folders = List.copyOf(folders);
      requireNonNull(out, "out is null");
      if (folders.isEmpty()) {
        throw new NewsledgerException(
            ErrorCode.BAD_CONFIGURATION, "name at least one analysis output folder");
      }
    }

    /** Parses {@code --out LEDGERDIR ANALYSISDIR...}; a mistake is a one-line error. */
    public static LedgerSettings parse(String... args) {
      List<String> folders = new ArrayList<>();
      String out = null;
      for (int i = 0; i < args.length; i++) {
        if (args[i].equals("--out") && i + 1 < args.length) {
          out = args[++i];
        } else if (args[i].startsWith("--")) {
          throw new NewsledgerException(
              ErrorCode.BAD_CONFIGURATION,
              "usage: --out LEDGERDIR ANALYSISDIR... (unknown or incomplete option "
                  + args[i]
                  + ")");
        } else {
          folders.add(args[i]);
        }
      }
      if (out == null || folders.isEmpty()) {
        throw new NewsledgerException(
            ErrorCode.BAD_CONFIGURATION, "usage: --out LEDGERDIR ANALYSISDIR...");
      }
      return new LedgerSettings(folders, out);
    }
  }

  /**
   * What a ledger job built.
   *
   * @param articles articles in the ledger (exact copies and articles without text left out)
   * @param stories stories
   * @param entities ledger entities
   * @param claims ledger claims
   * @param seconds wall-clock time of the job
   */
  public record LedgerSummary(
      long articles, long stories, long entities, long claims, double seconds) {}
}
