package org.newsledger.spark;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * The file that marks a complete folder of analysis output, by which `ingest` recognises one. Uses
 * no Spark class, so the command line can ask without Spark on its class path.
 */
public final class OutputMarker {

  /** The marker's name, written last, once every table is complete. */
  public static final String NAME = "_NEWSLEDGER";

  /** The marker's content: what the tables mirror. */
  public static final String TEXT = "newsledger/1 parquet\n";

  private OutputMarker() {}

  /** True when {@code folder}, a local path, holds complete analysis output. */
  public static boolean isOutput(String folder) {
    try {
      Path path = Path.of(folder);
      return Files.isRegularFile(path.resolve(NAME)) && Files.isDirectory(path.resolve("articles"));
    } catch (InvalidPathException e) {
      return false;
    }
  }
}
