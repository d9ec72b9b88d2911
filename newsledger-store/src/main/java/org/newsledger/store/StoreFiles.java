package org.newsledger.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.newsledger.core.ErrorCode;
import org.newsledger.core.NewsledgerException;

/** Checks that an SQLite file is a newsledger store before it is used as one. */
final class StoreFiles {

  private StoreFiles() {}

  /** True for an empty database or one holding newsledger's {@code schema_version} table. */
  static boolean isNewsledgerStore(Connection connection) throws SQLException {
    return tables(connection) == 0 || hasSchemaVersion(connection);
  }

  /** Throws a one-line error unless the store's schema is the version this newsledger writes. */
  static void requireCurrent(Connection connection, Path path, int known) throws SQLException {
    if (!hasSchemaVersion(connection)) {
      throw new NewsledgerException(
          ErrorCode.INPUT_UNREADABLE, path + " is not a newsledger store");
    }
    int version = Migrations.currentVersion(connection);
    if (version != known) {
      throw new NewsledgerException(
          ErrorCode.BAD_CONFIGURATION,
          "the store "
              + path
              + " has schema version "
              + version
              + " and this newsledger reads "
              + known
              + (version < known
                  ? "; 'newsledger ingest --db " + path + "' brings it up to date"
                  : "; use a newer newsledger"));
    }
  }

  /**
   * Writes the header's user version back unchanged, so a store that cannot be written (a read-only
   * file system, a file the user may not write) fails now rather than on every article.
   */
  static void probeWrite(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      int version;
      try (ResultSet rows = statement.executeQuery("PRAGMA user_version")) {
        version = rows.next() ? rows.getInt(1) : 0;
      }
      statement.execute("PRAGMA user_version = " + version);
    }
  }

  private static boolean hasSchemaVersion(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'"
                    + " AND name = 'schema_version'")) {
      return rows.next() && rows.getInt(1) == 1;
    }
  }

  private static int tables(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM sqlite_master")) {
      return rows.next() ? rows.getInt(1) : 0;
    }
  }
}
