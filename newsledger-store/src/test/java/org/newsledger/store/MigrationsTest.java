package org.newsledger.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsledger.core.NewsledgerException;

class MigrationsTest {

  @TempDir Path dir;

  @Test
  void splitsScriptsIntoStatementsWithoutComments() {
    String script =
        "-- first\nCREATE TABLE a (\n  x INTEGER\n);\n\n-- second\nCREATE INDEX i ON a (x);\n";

    assertThat(Migrations.statements(script))
        .containsExactly("CREATE TABLE a (\n  x INTEGER\n)", "CREATE INDEX i ON a (x)");
  }

  @Test
  void recordsEachAppliedVersionOnce() throws Exception {
    Path db = dir.resolve("ledger.db");
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db)) {
      assertThat(Migrations.apply(connection, "sqlite")).isEqualTo(8);
      assertThat(Migrations.apply(connection, "sqlite")).isEqualTo(8);
      assertThat(Migrations.currentVersion(connection)).isEqualTo(8);
    }
  }

  @Test
  void refusesAStoreFromANewerVersion() throws Exception {
    Path db = dir.resolve("ledger.db");
    LedgerStore.open(db).close();
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement statement = connection.createStatement()) {
      statement.execute("INSERT INTO schema_version VALUES (99, 'future', '2030-01-01')");
    }

    assertThatThrownBy(() -> LedgerStore.open(db))
        .isInstanceOf(NewsledgerException.class)
        .hasMessageContaining("schema version 99");
  }
}
