package org.newsledger.store;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsledger.core.NewsledgerException;

/** Stores shared by several writers, and opened by queries that must not change them. */
class SharedStoreTest {

  @TempDir Path dir;

  @Test
  void twoIngestsIntoOneStoreStoreEveryArticleOnceWithoutFailures() throws Exception {
    Path first = dir.resolve("first");
    Path second = dir.resolve("second");
    TestArticles.writeFolder(first, 0, 40);
    TestArticles.writeFolder(second, 20, 40);
    Path db = dir.resolve("ledger.db");
    LedgerStore.open(db).close();

    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<IngestSummary> a = pool.submit(() -> ingest(db, first, 4));
      Future<IngestSummary> b = pool.submit(() -> ingest(db, second, 1));
      IngestSummary one = a.get();
      IngestSummary two = b.get();

      assertThat(one.failures()).isEmpty();
      assertThat(two.failures()).isEmpty();
      assertThat(one.added() + two.added()).isEqualTo(60);
      assertThat(one.duplicates() + two.duplicates()).isEqualTo(20);
    } finally {
      pool.shutdownNow();
    }
    try (LedgerStore store = LedgerStore.openExisting(db)) {
      assertThat(store.counts()).containsEntry("articles", 60L);
    }
  }

  private static IngestSummary ingest(Path db, Path folder, int batchSize) {
    try (LedgerStore store = LedgerStore.open(db)) {
      return Ingester.of(store, new FakeAnalyzer())
          .withBatchSize(batchSize)
          .ingest(List.of(folder.toString()));
    }
  }

  @Test
  void queryingAMissingStoreIsAnErrorThatCreatesNothing() {
    Path db = dir.resolve("typo.db");

    assertThatThrownBy(() -> LedgerStore.openExisting(db))
        .isInstanceOf(NewsledgerException.class)
        .hasMessageStartingWith("no store at " + db);
    assertThat(db).doesNotExist();
  }

  @Test
  void queryingAForeignSqliteFileIsAnErrorThatLeavesItUnchanged() throws Exception {
    Path db = dir.resolve("other.db");
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE notes (body TEXT)");
    }
    byte[] before = Files.readAllBytes(db);

    assertThatThrownBy(() -> LedgerStore.openExisting(db))
        .hasMessage(db + " is not a newsledger store");
    assertThatThrownBy(() -> LedgerStore.open(db)).hasMessageContaining("not a newsledger store");
    assertThat(Files.readAllBytes(db)).isEqualTo(before);
    assertThat(tables(db)).isEqualTo(1);
  }

  @Test
  void queryingAFileThatIsNoDatabaseIsAOneLineError() throws IOException {
    Path db = dir.resolve("notes.db");
    Files.writeString(db, "not a database at all, just some words\n".repeat(200), UTF_8);

    assertThatThrownBy(() -> LedgerStore.openExisting(db))
        .isInstanceOf(NewsledgerException.class)
        .hasMessageStartingWith("cannot read store " + db)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void writingAReadOnlyStoreFailsWhenOpenedBeforeAnyAnalysis() throws IOException {
    Path db = dir.resolve("ledger.db");
    LedgerStore.open(db).close();
    assertThat(db.toFile().setWritable(false)).isTrue();
    // Root may write any file; the check then cannot be seen (a read-only mount still refuses).
    assumeFalse(Files.isWritable(db), "running as a user who may write read-only files");
    try {
      assertThatThrownBy(() -> LedgerStore.open(db)).hasMessageContaining("read-only");
    } finally {
      db.toFile().setWritable(true);
    }
  }

  private static int tables(Path db) throws SQLException {
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement statement = connection.createStatement();
        var rows = statement.executeQuery("SELECT COUNT(*) FROM sqlite_master")) {
      return rows.getInt(1);
    }
  }
}
