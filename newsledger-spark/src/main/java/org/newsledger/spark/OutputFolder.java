package org.newsledger.spark;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.struct;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * A folder of analysis output: one Parquet table per sub-folder ({@link Tables#NAMES}) and the
 * {@link OutputMarker}.
 */
public final class OutputFolder {

  private OutputFolder() {}

  /** Writes the marker into {@code folder} (any Hadoop path). */
  static void writeMarker(Configuration conf, String folder) throws IOException {
    org.apache.hadoop.fs.Path marker = new org.apache.hadoop.fs.Path(folder, OutputMarker.NAME);
    FileSystem fs = marker.getFileSystem(conf);
    try (OutputStream out = fs.create(marker, true)) {
      out.write(OutputMarker.TEXT.getBytes(UTF_8));
    }
  }

  /** True when {@code folder} (any Hadoop path) holds the marker of a complete output. */
  static boolean hasMarker(Configuration conf, String folder) {
    try {
      org.apache.hadoop.fs.Path marker = new org.apache.hadoop.fs.Path(folder, OutputMarker.NAME);
      return marker.getFileSystem(conf).isFile(marker);
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
  }

  /** Removes the marker from {@code folder}, if there: its tables are about to be replaced. */
  static void removeMarker(Configuration conf, String folder) throws IOException {
    org.apache.hadoop.fs.Path marker = new org.apache.hadoop.fs.Path(folder, OutputMarker.NAME);
    marker.getFileSystem(conf).delete(marker, false);
  }

  /** One table of the folder, read with its explicit schema. */
  public static Dataset<Row> table(SparkSession spark, String folder, String table) {
    return spark
        .read()
        .schema(Tables.ALL.get(table))
        .parquet(new org.apache.hadoop.fs.Path(folder, table).toString());
  }

  /**
   * Every article row with, per other table, an array field of its rows (named like the table), in
   * the order the command line reads the inputs (input, source, position in the source).
   */
  public static Dataset<Row> articlesWithFacts(SparkSession spark, String folder) {
    return unorderedArticlesWithFacts(spark, folder)
        .orderBy(col("input"), col("source"), col("ordinal"), col("article_id"));
  }

  /**
   * As {@link #articlesWithFacts}, in no particular order: a caller that orders the articles itself
   * (the ledger job) saves the sort.
   */
  static Dataset<Row> unorderedArticlesWithFacts(SparkSession spark, String folder) {
    Dataset<Row> articles = table(spark, folder, "articles");
    for (String name : Tables.NAMES.subList(1, Tables.NAMES.size())) {
      Dataset<Row> facts = table(spark, folder, name).filter(col("doc_key").isNotNull());
      Column[] columns = Arrays.stream(facts.columns()).map(c -> col(c)).toArray(Column[]::new);
      Dataset<Row> grouped =
          facts.groupBy(col("doc_key").as("fact_key")).agg(collect_list(struct(columns)).as(name));
      articles =
          articles
              .join(grouped, articles.col("doc_key").equalTo(grouped.col("fact_key")), "left")
              .drop("fact_key");
    }
    return articles;
  }
}
