package org.newsledger.store;

import java.nio.file.Path;
import java.util.List;

/** A child process for the crash test: ingests a folder with a slow fake analyzer. */
public final class IngestProcess {

  private IngestProcess() {}

  /** Arguments: database path, folder, milliseconds the analyzer sleeps per article. */
  public static void main(String[] args) {
    try (LedgerStore store = LedgerStore.open(Path.of(args[0]))) {
      IngestSummary summary =
          Ingester.of(store, new FakeAnalyzer(Long.parseLong(args[2]))).ingest(List.of(args[1]));
      System.out.println(summary);
    }
  }
}
