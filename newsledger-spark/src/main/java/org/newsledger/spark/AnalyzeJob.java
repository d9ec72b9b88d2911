package org.newsledger.spark;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.input_file_name;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import scala.Tuple2;

/**
 * The analysis on Spark: lists the inputs, analyzes each partition as a stream through the
 * executor's one engine and writes its rows of every {@link Tables table} in the same pass ({@link
 * TableFiles}: Parquet partitioned by publication date), then the {@link OutputMarker}. Runnable
 * with spark-submit ({@link #main}).
 */
public final class AnalyzeJob {

  private static final int PARTITIONS_PER_CORE = 4;

  /** Input bytes (as stored) that fill one partition before a core gets a second one. */
  private static final long BYTES_PER_PARTITION = 8L << 20;

  private AnalyzeJob() {}

  /** spark-submit entry point: {@code --out DIR [options] INPUT...} (see {@link JobArguments}). */
  public static void main(String[] args) {
    JobArguments arguments = JobArguments.parse(args);
    SparkSession spark = SparkSession.builder().appName("newsledger analyze").getOrCreate();
    try {
      AnalyzeSummary summary = run(spark, arguments.analyzeSettings());
      System.out.println(JobArguments.describe(summary));
    } finally {
      spark.stop();
    }
  }

  /** Runs the analysis in {@code spark} and returns its counts. */
  public static AnalyzeSummary run(SparkSession spark, AnalyzeSettings settings) {
    requireNonNull(spark, "spark is null");
    requireNonNull(settings, "settings is null");
    long started = System.nanoTime();
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    InputPlan plan = InputPlan.of(conf, settings.inputs());
    int partitions =
        settings.partitions() > 0
            ? settings.partitions()
            : defaultPartitions(context.defaultParallelism(), plan.bytes());
    JavaRDD<ReadArticle> read = context.emptyRDD();
    if (!plan.files().isEmpty()) {
      read =
          read.union(
              context
                  .parallelize(plan.files(), Math.min(plan.files().size(), partitions))
                  .mapPartitions(new ReadFiles(settings.read())));
    }
    if (!plan.parquet().isEmpty()) {
      JavaRDD<Row> articles =
          spark
              .read()
              .parquet(plan.parquet().toArray(String[]::new))
              .select(
                  col("id").cast("string"),
                  col("url").cast("string"),
                  col("published").cast("string"),
                  col("title").cast("string"),
                  col("text").cast("string"),
                  input_file_name().as("source"))
              .javaRDD();
      read =
          read.union(
              articles.mapPartitions(new ReadParquetRows(settings.read(), plan.files().size())));
    }
    // Spread the articles over the cores by a hash of where each came from, so analysis is
    // balanced however the inputs are cut, and a retried task gets the same articles. Each task
    // writes its rows of every table as it analyzes them: one pass, nothing cached.
    try {
      OutputFolder.removeMarker(conf, settings.out());
      TableFiles files = TableFiles.prepare(spark, settings.out());
      long[] counts =
          read.mapToPair(article -> new Tuple2<>(spreadKey(article), article))
              .partitionBy(new HashPartitioner(partitions))
              .values()
              .mapPartitions(new AnalyzeArticles(settings.engine(), files))
              .fold(new long[2], (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
      files.finish(conf);
      OutputFolder.writeMarker(conf, settings.out());
      return new AnalyzeSummary(counts[0], counts[1], (System.nanoTime() - started) / 1e9);
    } catch (IOException e) {
      throw new UncheckedIOException(settings.out() + ": cannot write the output folder", e);
    }
  }

  /**
   * Partitions of the articles unless given: the same whole number per core, so the tasks end
   * together, from one per core up to {@link #PARTITIONS_PER_CORE} per core as the input fills them
   * with about {@link #BYTES_PER_PARTITION} each. Each task pays its own set-up (one open Parquet
   * file per table and publication day), so a small input is analyzed in one task per core, while a
   * large one gets more, smaller tasks that keep the cores evenly busy.
   */
  static int defaultPartitions(int cores, long inputBytes) {
    long perCore = inputBytes / ((long) Math.max(1, cores) * BYTES_PER_PARTITION);
    return Math.max(1, cores) * (int) Math.max(1, Math.min(PARTITIONS_PER_CORE, perCore));
  }

  /**
   * Where an article goes: the hash of its input and label, mixed as MurmurHash3 finishes a hash
   * (String.hashCode of paths that differ in a few characters left half the partitions empty).
   */
  private static int spreadKey(ReadArticle article) {
    int hash = (article.source() + "#" + article.label()).hashCode();
    hash ^= hash >>> 16;
    hash *= 0x85ebca6b;
    hash ^= hash >>> 13;
    hash *= 0xc2b2ae35;
    return hash ^ (hash >>> 16);
  }

  /** A diagnostics row of an input or article that could not be read or analyzed. */
  static boolean isFailure(TableRow row) {
    return row.table().equals("diagnostics") && row.row().isNullAt(0);
  }
}
