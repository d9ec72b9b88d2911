package org.newsledger.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrashResumeTest {

  private static final int ARTICLES = 200;

  @TempDir Path dir;

  @Test
  void killedIngestResumesWithoutLosingOrDuplicatingArticles() throws Exception {
    Path folder = dir.resolve("articles");
    TestArticles.writeFolder(folder, 0, ARTICLES);
    Path db = dir.resolve("ledger.db");

    Process child = startIngest(db, folder, 15);
    long storedAtKill = waitForArticles(db, child, 40);
    child.destroyForcibly().waitFor();
    long afterKill = scalar(db, "SELECT COUNT(*) FROM articles");
    IngestSummary resumed;
    try (LedgerStore store = LedgerStore.open(db)) {
      resumed = Ingester.of(store, new FakeAnalyzer()).ingest(List.of(folder.toString()));
    }

    System.out.printf(
        "killed at %d stored (%d after exit); resumed: %s%n", storedAtKill, afterKill, resumed);
    assertThat(afterKill).isBetween(storedAtKill, (long) ARTICLES - 1);
    assertThat(resumed.duplicates()).isEqualTo((int) afterKill);
    assertThat(resumed.added()).isEqualTo(ARTICLES - (int) afterKill);
    assertThat(scalar(db, "SELECT COUNT(*) FROM articles")).isEqualTo(ARTICLES);
    assertThat(scalar(db, "SELECT COUNT(DISTINCT doc_id) FROM articles")).isEqualTo(ARTICLES);
    assertThat(scalar(db, "SELECT COUNT(*) FROM attributions")).isEqualTo(ARTICLES);
    assertThat(scalar(db, "SELECT COUNT(*) FROM article_bands"))
        .isEqualTo((long) ARTICLES * MinHash.BANDS);
    assertThat(scalar(db, "SELECT COUNT(*) FROM articles_fts")).isEqualTo(ARTICLES);
    execute(db, "INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')");
    execute(db, "INSERT INTO statements_fts (statements_fts) VALUES ('integrity-check')");
  }

  private static Process startIngest(Path db, Path folder, int sleepMillis) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder =
        new ProcessBuilder(
            java,
            "-cp",
            System.getProperty("java.class.path"),
            IngestProcess.class.getName(),
            db.toString(),
            folder.toString(),
            Integer.toString(sleepMillis));
    builder.redirectErrorStream(true);
    builder.redirectOutput(new File(db + ".log"));
    return builder.start();
  }

  /** Polls the store until it holds {@code wanted} articles; fails if the child ends first. */
  private static long waitForArticles(Path db, Process child, int wanted) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (Instant.now().isBefore(deadline)) {
      assertThat(child.isAlive()).as("ingest process ended before it was killed").isTrue();
      long stored = db.toFile().exists() ? count(db) : 0;
      if (stored >= wanted) {
        return stored;
      }
      Thread.sleep(20);
    }
    throw new AssertionError("the child process did not store " + wanted + " articles in 60 s");
  }

  private static long count(Path db) {
    try {
      return scalar(db, "SELECT COUNT(*) FROM articles");
    } catch (SQLException e) {
      return 0; // the child has not created the schema yet
    }
  }

  private static long scalar(Path db, String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private static void execute(Path db, String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
