package org.newsledger.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.newsledger.core.facts.ClaimStatus;
import org.newsledger.core.facts.StatusChange;

/**
 * Where each ledger claim stands, kept up to date one article at a time: the latest status change
 * of each of its sources in publication order (publication time, unknown first, then article id,
 * then position in the claim's history) is kept in {@code ledger_claim_sources}, so a new article
 * updates the sources it names instead of every article of the claim being read again.
 */
final class ClaimStatuses {

  private final Connection connection;

  ClaimStatuses(Connection connection) {
    this.connection = connection;
  }

  /** Records a claim's status changes in one article under its ledger claim. */
  void record(long ledgerId, long articleId, String published, List<StatusChange> history)
      throws SQLException {
    try (PreparedStatement upsert = connection.prepareStatement(upsertSql())) {
      for (int i = 0; i < history.size(); i++) {
        StatusChange change = history.get(i);
        String key = FactRows.key(change.by());
        FactRows.bind(
            upsert,
            ledgerId,
            key,
            change.status().name(),
            published == null ? "" : published,
            articleId,
            i);
        upsert.addBatch();
      }
      upsert.executeBatch();
    }
  }

  /**
   * The ledger claim's status across its sources (see {@link SourceStatuses}), or null when no
   * source has changed it.
   */
  ClaimStatus status(long ledgerId) throws SQLException {
    SourceStatuses statuses = new SourceStatuses();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT source_key, status, published, article_id, position FROM ledger_claim_sources"
                + " WHERE ledger_claim_id = ? ORDER BY published, article_id, position")) {
      select.setLong(1, ledgerId);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          statuses.record(
              rows.getString(1),
              rows.getString(3),
              rows.getLong(4),
              rows.getInt(5),
              ClaimStatus.valueOf(rows.getString(2)));
        }
      }
    }
    return statuses.status();
  }

  /** Fills the table from every stored status change (for a store made before it). */
  void fill() throws SQLException {
    try (PreparedStatement select =
            connection.prepareStatement(
                "SELECT c.ledger_claim_id, h.by_name, h.status, a.published, a.id, h.position"
                    + " FROM claim_history h JOIN claims c"
                    + " ON c.article_id = h.article_id AND c.claim_id = h.claim_id"
                    + " JOIN articles a ON a.id = c.article_id"
                    + " ORDER BY c.ledger_claim_id, a.published, a.id, h.position");
        PreparedStatement upsert = connection.prepareStatement(upsertSql());
        ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        String published = rows.getString(4);
        FactRows.bind(
            upsert,
            rows.getLong(1),
            FactRows.key(rows.getString(2)),
            rows.getString(3),
            published == null ? "" : published,
            rows.getLong(5),
            rows.getInt(6));
        upsert.addBatch();
        if (rows.getRow() % 10_000 == 0) {
          upsert.executeBatch();
        }
      }
      upsert.executeBatch();
    }
  }

  /** Keeps a source's change when it comes later in publication order than the one kept. */
  private static String upsertSql() {
    return "INSERT INTO ledger_claim_sources (ledger_claim_id, source_key, status, published,"
        + " article_id, position) VALUES (?, ?, ?, ?, ?, ?)"
        + " ON CONFLICT (ledger_claim_id, source_key) DO UPDATE SET status = excluded.status,"
        + " published = excluded.published, article_id = excluded.article_id,"
        + " position = excluded.position"
        + " WHERE (excluded.published, excluded.article_id, excluded.position)"
        + " >= (published, article_id, position)";
  }
}
