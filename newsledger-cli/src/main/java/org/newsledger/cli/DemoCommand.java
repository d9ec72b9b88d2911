package org.newsledger.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsledger.Newsledger;
import org.newsledger.core.ErrorCode;
import org.newsledger.core.NewsledgerException;
import org.newsledger.store.AttributedStatement;
import org.newsledger.store.IngestSummary;
import org.newsledger.store.Ingester;
import org.newsledger.store.LedgerClaim;
import org.newsledger.store.LedgerStore;
import org.newsledger.store.stories.Story;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsledger demo}: builds a store from the bundled samples and shows a story's ledger. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description =
        "Ingest samples/ into a store and print the stories, then the largest story's timeline,"
            + " claims and who said what.")
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
    samples = sampleFolder(samples);
    Path store = db != null ? db : Files.createTempDirectory("newsledger-demo").resolve("demo.db");
    System.err.println("Loading models ...");
    Newsledger pipeline = Newsledger.load();
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

  /**
   * The folder itself when it exists; else, for a relative folder, the one of that name in the
   * nearest folder above the installed newsledger (so the demo also runs from another directory).
   */
  static Path sampleFolder(Path folder) {
    if (Files.isDirectory(folder)) {
      return folder;
    }
    if (!folder.isAbsolute()) {
      try {
        Path code =
            Path.of(DemoCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        for (Path above = code.getParent(); above != null; above = above.getParent()) {
          if (Files.isDirectory(above.resolve(folder))) {
            return above.resolve(folder);
          }
        }
      } catch (URISyntaxException | RuntimeException e) {
        // No installation folder to look in: report the folder as given.
      }
    }
    throw new NewsledgerException(ErrorCode.INPUT_UNREADABLE, "sample folder not found: " + folder);
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
    List<LedgerClaim> claims = ledger.storyClaims(story);
    System.out.printf(Locale.ROOT, "%n== Claims of story %d%n", story);
    LedgerCommands.claimTable(claims).print(System.out, format);
    System.out.printf(Locale.ROOT, "%n== Claims whose status changed across articles%n");
    changeTable(claims).print(System.out, format);
    System.out.printf(Locale.ROOT, "%n== Who said what in story %d%n", story);
    statementTable(ledger.storyStatements(story)).print(System.out, format);
  }

  /**
   * The status changes of the claims that more than one article speaks about, one row per change in
   * publication order, the claim's overall status on its first row.
   */
  static Table changeTable(List<LedgerClaim> claims) {
    Table table = new Table("claim", "now", "published", "status", "by", "evidence");
    for (LedgerClaim claim : claims) {
      long articles =
          claim.history().stream().map(LedgerClaim.Change::articleId).distinct().count();
      if (articles < 2) {
        continue;
      }
      String first = claim.proposition();
      String now = claim.status().label();
      for (LedgerClaim.Change change : claim.history()) {
        table.add(
            first,
            now,
            date(change.published()),
            change.status().label(),
            change.by(),
            change.evidence());
        first = "";
        now = "";
      }
    }
    return table;
  }

  /** Who said what: one row per statement, with its speaker, cue and date. */
  static Table statementTable(List<AttributedStatement> statements) {
    Table table = new Table("published", "speaker", "cue", "what");
    statements.forEach(s -> table.add(date(s.published()), s.source(), s.cue(), s.content()));
    return table;
  }

  private static String date(String published) {
    return published == null ? "?" : published.substring(0, Math.min(10, published.length()));
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
