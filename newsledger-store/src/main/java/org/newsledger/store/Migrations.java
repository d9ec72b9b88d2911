package org.newsledger.store;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsledger.core.ErrorCode;
import org.newsledger.core.NewsledgerException;

/**
 * Brings a database's schema up to date: numbered SQL resources ({@code 001.sql}, {@code 002.sql},
 * ...) of one dialect, applied in order, each in its own transaction and recorded in {@code
 * schema_version}.
 */
final class Migrations {

  private static final String FOLDER = "migrations/";

  private Migrations() {}

  /** Applies the migrations not yet recorded; returns the schema version reached. */
  static int apply(Connection connection, String dialect) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(
          "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY,"
              + " description TEXT NOT NULL, applied_at VARCHAR(32) NOT NULL)");
    }
    int current = currentVersion(connection);
    int known = knownVersions(dialect);
    if (current > known) {
      throw new NewsledgerException(
          ErrorCode.BAD_CONFIGURATION,
          "the store has schema version "
              + current
              + ", newer than this newsledger ("
              + known
              + "); use a newer newsledger");
    }
    for (int version = current + 1; version <= known; version++) {
      applyOne(connection, version, script(dialect, version));
    }
    return known;
  }

  /** The version recorded in {@code schema_version}, 0 for a new database. */
  static int currentVersion(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT MAX(version) FROM schema_version")) {
      return rows.next() ? rows.getInt(1) : 0;
    }
  }

  /** The SQL statements of a script: split at lines ending in ';', comment lines dropped. */
  static List<String> statements(String script) {
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : script.split("\n")) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("--")) {
        continue;
      }
      current.append(line).append('\n');
      if (trimmed.endsWith(";")) {
        statements.add(current.toString().strip().replaceFirst(";$", ""));
        current.setLength(0);
      }
    }
    if (!current.toString().isBlank()) {
      statements.add(current.toString().strip());
    }
    return List.copyOf(statements);
  }

  private static void applyOne(Connection connection, int version, String script)
      throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try (Statement statement = connection.createStatement()) {
      for (String sql : statements(script)) {
        statement.execute(sql);
      }
      record(connection, version, description(script));
      connection.commit();
    } catch (SQLException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  private static void record(Connection connection, int version, String description)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)")) {
      insert.setInt(1, version);
      insert.setString(2, description);
      insert.setString(3, Instant.now().toString());
      insert.executeUpdate();
    }
  }

  /** The first comment line of a script, without its dashes. */
  private static String description(String script) {
    String first = script.lines().findFirst().orElse("").strip();
    return first.startsWith("--") ? first.substring(2).strip() : "";
  }

  static int knownVersions(String dialect) {
    int version = 0;
    while (script(dialect, version + 1) != null) {
      version++;
    }
    return version;
  }

  private static String script(String dialect, int version) {
    String name = FOLDER + dialect + "/" + String.format(Locale.ROOT, "%03d.sql", version);
    try (InputStream in = Migrations.class.getResourceAsStream(name)) {
      return in == null ? null : new String(in.readAllBytes(), UTF_8);
    } catch (IOException e) {
      throw new NewsledgerException(
          ErrorCode.RESOURCE_MISSING, "cannot read schema migration " + name, e);
    }
  }
}
