package org.newsledger.server;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.newsledger.core.ErrorCode;
import org.newsledger.core.NewsledgerException;
import org.sqlite.SQLiteConfig;

/**
 * A fixed set of read-only SQLite connections to a ledger file, lent to one request at a time, so
 * reads run side by side with each other and with the store's single writer (WAL mode).
 */
final class ReadConnections implements AutoCloseable {

  private final List<Connection> all;
  private final BlockingQueue<Connection> idle;

  private ReadConnections(List<Connection> all) {
    this.all = List.copyOf(all);
    this.idle = new ArrayBlockingQueue<>(all.size(), false, all);
  }

  /** Opens {@code size} read-only connections to the SQLite file at {@code path}. */
  static ReadConnections open(Path path, int size) {
    requireNonNull(path, "path is null");
    SQLiteConfig config = new SQLiteConfig();
    config.setReadOnly(true);
    config.setBusyTimeout(10_000);
    List<Connection> connections = new ArrayList<>();
    try {
      for (int i = 0; i < size; i++) {
        connections.add(config.createConnection("jdbc:sqlite:" + path.toAbsolutePath()));
      }
    } catch (SQLException e) {
      connections.forEach(ReadConnections::closeQuietly);
      throw new NewsledgerException(
          ErrorCode.INPUT_UNREADABLE, "cannot read store " + path + ": " + e.getMessage(), e);
    }
    return new ReadConnections(connections);
  }

  /** Runs a query on an idle connection, waiting for one when all are busy. */
  <T> T read(Query<T> query) {
    Connection connection;
    try {
      connection = idle.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a connection", e);
    }
    try {
      return query.run(connection);
    } catch (SQLException e) {
      throw new IllegalStateException("store query failed: " + e.getMessage(), e);
    } finally {
      idle.add(connection);
    }
  }

  @Override
  public void close() {
    all.forEach(ReadConnections::closeQuietly);
  }

  private static void closeQuietly(Connection connection) {
    try {
      connection.close();
    } catch (SQLException e) {
      // Closing a read-only connection loses nothing.
    }
  }

  /** A query over one connection. */
  @FunctionalInterface
  interface Query<T> {
    T run(Connection connection) throws SQLException;
  }
}
