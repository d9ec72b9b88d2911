package org.newsledger.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.newsledger.Newsledger;
import org.newsledger.core.ErrorCode;
import org.newsledger.core.NewsledgerException;
import org.newsledger.server.DemoLedger;
import org.newsledger.server.LedgerServer;
import org.newsledger.server.ServerOptions;
import org.newsledger.store.IngestSummary;
import org.newsledger.store.LedgerStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsledger serve}: the web workbench and REST API over a ledger, until stopped. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description =
        "Serve the web workbench and the REST API over a ledger store (without --db: a ledger"
            + " built from samples/ in a temporary store).")
final class ServeCommand implements Callable<Integer> {

  @Option(names = "--db", paramLabel = "PATH", description = "The ledger store to serve.")
  Path db;

  @Option(
      names = "--port",
      defaultValue = "8080",
      paramLabel = "N",
      description = "Port (default ${DEFAULT-VALUE}; 0 for any free one).")
  int port;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      paramLabel = "ADDRESS",
      description = "Address to bind (default ${DEFAULT-VALUE}: this machine only).")
  String host;

  @Option(
      names = "--token",
      paramLabel = "T",
      description =
          "Allow POST /api/articles (ingest) to requests carrying this token in the "
              + ServerOptions.TOKEN_HEADER
              + " header (default: ingest is off).")
  String token;

  @Option(
      names = "--samples",
      defaultValue = "samples",
      paramLabel = "FOLDER",
      description = "The sample articles for the demo ledger (default ${DEFAULT-VALUE}).")
  Path samples;

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (db != null && !Files.isRegularFile(db)) {
      throw new NewsledgerException(
          ErrorCode.INPUT_UNREADABLE, "no ledger store at " + db + " (make one with ingest)");
    }
    System.err.println("Loading models ...");
    Newsledger engine = Newsledger.load();
    Path file = db != null ? db : Files.createTempDirectory("newsledger-serve").resolve("demo.db");
    LedgerStore store = LedgerStore.open(file);
    if (db == null) {
      IngestSummary summary = DemoLedger.build(engine, DemoCommand.sampleFolder(samples), store);
      System.err.printf(
          Locale.ROOT, "Demo ledger: %d articles from %s%n", summary.added(), samples);
    }
    ServerOptions options = ServerOptions.defaults().at(host, port).withToken(token);
    LedgerServer server = LedgerServer.start(options, store, engine);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  store.close();
                  if (db == null) {
                    deleteQuietly(file);
                  }
                  stopped.countDown();
                }));
    String shown = host.contains(":") ? "[" + host + "]" : host;
    System.out.printf(
        Locale.ROOT,
        "newsledger: serving %s at http://%s:%d/ (API docs at /api/docs; ingest %s). Ctrl-C stops.%n",
        db != null ? db : "the demo ledger",
        shown,
        server.port(),
        token != null ? "on" : "off");
    System.out.flush();
    stopped.await();
    return 0;
  }

  private static void deleteQuietly(Path store) {
    try {
      for (String suffix : List.of("", "-wal", "-shm")) {
        Files.deleteIfExists(Path.of(store + suffix));
      }
      Files.deleteIfExists(store.getParent());
    } catch (IOException e) {
      // A temporary file left behind is harmless.
    }
  }
}
