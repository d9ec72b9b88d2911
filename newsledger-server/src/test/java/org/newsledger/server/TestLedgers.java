package org.newsledger.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.newsledger.Newsledger;
import org.newsledger.store.LedgerStore;

/**
 * The engine and the demo ledger, each made once per test JVM; every test class gets its own copy
 * of the ledger file so ingesting in one cannot change what another reads.
 */
final class TestLedgers {

  private static Newsledger engine;
  private static Path demo;

  private TestLedgers() {}

  /** The library, loaded once. */
  static synchronized Newsledger engine() {
    if (engine == null) {
      engine = Newsledger.load();
    }
    return engine;
  }

  /** A fresh copy of the demo ledger (the samples analyzed) in {@code folder}, opened. */
  static LedgerStore demoCopy(Path folder) {
    try {
      Path copy = Files.createTempFile(folder, "demo", ".db");
      Files.copy(demo(), copy, StandardCopyOption.REPLACE_EXISTING);
      return LedgerStore.open(copy);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The folder of sample articles of the repository, relative to the working folder. */
  static Path samples() {
    Path here = Path.of("").toAbsolutePath();
    for (Path dir = here; dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("samples"))) {
        return here.relativize(dir.resolve("samples"));
      }
    }
    throw new IllegalStateException("no samples/ folder above " + here);
  }

  private static synchronized Path demo() throws IOException {
    if (demo == null) {
      Path folder = Files.createTempDirectory("newsledger-demo");
      folder.toFile().deleteOnExit();
      Path file = folder.resolve("demo.db");
      try (LedgerStore store = LedgerStore.open(file)) {
        DemoLedger.build(engine(), samples(), store);
      }
      demo = file;
    }
    return demo;
  }
}
