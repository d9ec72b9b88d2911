package org.newsledger.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsledger.core.ErrorCode;
import org.newsledger.core.NewsledgerException;
import org.newsledger.core.pipeline.Pipeline;
import org.newsledger.store.IngestSummary;
import org.newsledger.store.Ingester;
import org.newsledger.store.LedgerStore;
import org.newsledger.store.stories.Story;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsledger demo}: builds a store from the bundled samples and shows a story's ledger. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description =
        "Ingest samples/ into a store and print the stories, the largest story's timeline and claims.")
final class DemoCommand implements Callable<Integer> {

  @Option(
      names = "--db",
      paramLabel = "PATH",
      description = "Keep the store here (default: a temporary file).")
  Path db;

  @Option(
      names = "--samples",
      defaultValue = "samples",
      paramLabel = "FOLDER",
      description = "The sample articles (default ${DEFAULT-VALUE}).")
  Path samples;

  @Option(names = "--format", description = "table (default), csv or json.")
  Table.Format format = Table.Format.table;

  @Override
  public Integer call() throws IOException {
    if (!Files.isDirectory(samples)) {
      throw new NewsledgerException(
          ErrorCode.INPUT_UNREADABLE, "sample folder not found: " + samples);
    }
    Path store = db != null ? db : Files.createTempDirectory("newsledger-demo").resolve("demo.db");
    System.err.println("Loading models ...");
    Pipeline pipeline = DefaultPipeline.load();
    try (LedgerStore ledger = LedgerStore.open(store)) {
      List<String> articles = articleFiles();
      IngestSummary summary = Ingester.of(ledger, pipeline::apply).ingest(articles);
      System.out.printf(
          Locale.ROOT,
          "Store %s: read %d, new %d, duplicates %d, failed %d%n%n",
          store,
          summary.read(),
          summary.added(),
          summary.duplicates(),
          summary.failed());
      show(ledger);
    } finally {
      if (db == null) {
        deleteQuietly(store);
      }
    }
    return 0;
  }

  private List<String> articleFiles() throws IOException {
    try (var files = Files.list(samples)) {
      return files.filter(f -> f.toString().endsWith(".txt")).sorted().map(Path::toString).toList();
    }
  }

  private void show(LedgerStore ledger) {
    List<Story> stories = ledger.stories();
    System.out.println("== Stories");
    Table table = new Table("story", "articles", "from", "to", "title");
    stories.forEach(
        s -> table.add(s.id(), s.size(), s.firstPublished(), s.lastPublished(), s.title()));
    table.print(System.out, format);
    if (stories.isEmpty()) {
      return;
    }
    long story = stories.get(0).id();
    System.out.printf(Locale.ROOT, "%n== Timeline of story %d%n", story);
    LedgerCommands.timelineTable(ledger.storyTimeline(story)).print(System.out, format);
    System.out.printf(Locale.ROOT, "%n== Claims of story %d%n", story);
    LedgerCommands.claimTable(ledger.storyClaims(story)).print(System.out, format);
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
