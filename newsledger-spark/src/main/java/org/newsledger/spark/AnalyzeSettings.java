package org.newsledger.spark;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What one analysis job reads and writes.
 *
 * @param inputs Hadoop paths of article files, folders or Parquet inputs
 * @param out the output folder (its tables are replaced)
 * @param read how articles are read
 * @param engine how each executor builds its engine
 * @param partitions partitions of the articles, or 0 for one to four per core by input size
 */
public record AnalyzeSettings(
    List<String> inputs, String out, ReadSettings read, EngineSettings engine, int partitions) {

  /** Validates and copies the fields. */
  public AnalyzeSettings {
    inputs = List.copyOf(inputs);
    requireNonNull(out, "out is null");
    requireNonNull(read, "read is null");
    requireNonNull(engine, "engine is null");
    if (partitions < 0) {
      throw new IllegalArgumentException("partitions must not be negative: " + partitions);
    }
  }
}
