package org.newsledger.server;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.newsledger.Newsledger;
import org.newsledger.core.ErrorCode;
import org.newsledger.core.NewsledgerException;
import org.newsledger.store.IngestSummary;
import org.newsledger.store.Ingester;
import org.newsledger.store.LedgerStore;

/** The demo ledger: the sample articles ({@code samples/*.txt}) analyzed into a store. */
public final class DemoLedger {

  private DemoLedger() {}

  /** Analyzes every .txt file of the folder, in name order, into the store. */
  public static IngestSummary build(Newsledger engine, Path samples, LedgerStore store) {
    requireNonNull(engine, "engine is null");
    requireNonNull(store, "store is null");
    if (!Files.isDirectory(samples)) {
      throw new NewsledgerException(
          ErrorCode.INPUT_UNREADABLE, "sample folder not found: " + samples);
    }
    try (Stream<Path> files = Files.list(samples)) {
      List<String> articles =
          files.filter(f -> f.toString().endsWith(".txt")).sorted().map(Path::toString).toList();
      return Ingester.of(store, engine).ingest(articles);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + samples, e);
    }
  }
}
