package org.newsledger.spark;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.newsledger.store.IngestListener;
import org.newsledger.store.IngestSummary;
import org.newsledger.store.LedgerStore;

/**
 * The Spark jobs as the command line runs them on one machine: each builds its own session with the
 * given master (e.g. "local[2]") and stops it when done. Takes only JDK and newsledger types, so a
 * caller compiles without Spark and needs it on the class path only when calling.
 */
public final class LocalRuns {

  private LocalRuns() {}

  /** Runs the analysis with {@code master} and returns one line about it. */
  public static String analyze(String master, JobArguments arguments) {
    requireNonNull(arguments, "arguments is null");
    SparkSession spark = session(master, "newsledger analyze");
    try {
      return JobArguments.describe(AnalyzeJob.run(spark, arguments.analyzeSettings()));
    } finally {
      spark.stop();
    }
  }

  /** Builds the ledger of the analysis output folders with {@code master}; one line about it. */
  public static String ledger(String master, List<String> folders, String out) {
    LedgerJob.LedgerSettings settings = new LedgerJob.LedgerSettings(folders, out);
    SparkSession spark = session(master, "newsledger ledger");
    try {
      return LedgerJob.describe(LedgerJob.run(spark, settings));
    } finally {
      spark.stop();
    }
  }

  /**
   * Loads each analysis output folder into {@code store}, without analyzing again; one summary per
   * folder.
   */
  public static List<IngestSummary> ingest(
      LedgerStore store, List<String> folders, IngestListener listener) {
    SparkSession spark = session("local[*]", "newsledger import");
    try {
      List<IngestSummary> summaries = new ArrayList<>();
      for (String folder : folders) {
        summaries.add(ParquetImport.ingest(spark, store, folder, listener));
      }
      return summaries;
    } finally {
      spark.stop();
    }
  }

  private static SparkSession session(String master, String name) {
    SparkSession spark =
        SparkSession.builder()
            .master(requireNonNull(master, "master is null"))
            .appName(name)
            .config("spark.ui.enabled", "false")
            .config("spark.hadoop.fs.file.impl", LocalFiles.class.getName())
            .getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    return spark;
  }
}
