package org.newsledger.spark;

import org.apache.spark.sql.SparkSession;

/** The local Spark session of a test class: two cores, no web UI, few shuffle partitions. */
final class LocalSpark {

  private LocalSpark() {}

  /** A new local[2] session; stop it after the class. */
  static SparkSession start() {
    SparkSession spark =
        SparkSession.builder()
            .master("local[2]")
            .appName("newsledger-test")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "4")
            .getOrCreate();
    spark.sparkContext().setLogLevel("ERROR");
    return spark;
  }
}
