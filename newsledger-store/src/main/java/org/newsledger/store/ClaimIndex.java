package org.newsledger.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;
import java.util.TreeSet;

/**
 * Indexes that keep linking a claim to a ledger claim independent of how large its story or ledger
 * event has grown: the {@link Propositions#prefixWords prefix words} of the ledger claims of each
 * story ({@code story_claim_words}), and the ledger claims of each ledger event ({@code
 * ledger_event_claims}). An article's claims enter them once all its claims are linked, so that, as
 * before, a claim is matched against the claims of other articles only.
 */
final class ClaimIndex {

  /** The task (see {@code store_tasks}) that fills the indexes of a store made before them. */
  static final String TASK = "index-claims";

  private final Connection connection;

  ClaimIndex(Connection connection) {
    this.connection = connection;
  }

  /**
   * Ledger claims that may be near-identical to the proposition, ascending: those with its words in
   * the same order, and those of the article's story (other articles) sharing a prefix word.
   */
  Set<Long> candidates(long articleId, String proposition) throws SQLException {
    Set<Long> ids = new TreeSet<>();
    try (PreparedStatement byKey =
        connection.prepareStatement("SELECT id FROM ledger_claims WHERE proposition_key = ?")) {
      byKey.setString(1, Propositions.key(proposition));
      collect(byKey, ids);
    }
    long storyId =
        FactRows.count(
            connection, "SELECT story_id FROM story_articles WHERE article_id = ?", articleId);
    try (PreparedStatement byWord =
        connection.prepareStatement(
            "SELECT ledger_claim_id FROM story_claim_words WHERE story_id = ? AND word = ?")) {
      for (String word : Propositions.prefixWords(proposition)) {
        FactRows.bind(byWord, storyId, word);
        collect(byWord, ids);
      }
    }
    return ids;
  }

  /** The lowest ledger claim linked from a claim (of another article) about the ledger event. */
  Long sameEvent(long articleId, String eventId) throws SQLException {
    long id =
        FactRows.count(
            connection,
            "SELECT MIN(ledger_claim_id) FROM ledger_event_claims WHERE ledger_event_id ="
                + " (SELECT ledger_event_id FROM events WHERE article_id = ? AND event_id = ?)",
            articleId,
            eventId);
    return id == 0 ? null : id;
  }

  /** Adds the article's linked claims to the indexes; call once all of them are stored. */
  void add(long articleId) throws SQLException {
    FactRows.execute(
        connection,
        "INSERT OR IGNORE INTO ledger_event_claims (ledger_event_id, ledger_claim_id)"
            + " SELECT e.ledger_event_id, c.ledger_claim_id FROM claims c JOIN events e"
            + " ON e.article_id = c.article_id AND e.event_id = c.event_id WHERE c.article_id = ?",
        articleId);
    indexStories(
        "SELECT DISTINCT s.story_id, l.id, l.proposition FROM claims c"
            + " JOIN story_articles s ON s.article_id = c.article_id"
            + " JOIN ledger_claims l ON l.id = c.ledger_claim_id WHERE c.article_id = ?",
        articleId);
  }

  /** Rebuilds the word index of two stories after articles moved between them. */
  void reindex(long storyId, long otherStoryId) throws SQLException {
    FactRows.execute(
        connection,
        "DELETE FROM story_claim_words WHERE story_id IN (?, ?)",
        storyId,
        otherStoryId);
    indexStories(
        "SELECT DISTINCT s.story_id, l.id, l.proposition FROM story_articles s"
            + " JOIN claims c ON c.article_id = s.article_id"
            + " JOIN ledger_claims l ON l.id = c.ledger_claim_id WHERE s.story_id IN (?, ?)",
        storyId,
        otherStoryId);
  }

  /**
   * Fills the indexes from the stored claims when the store asks for it; returns true if it did.
   */
  boolean fillIfAsked() throws SQLException {
    if (FactRows.count(connection, "SELECT COUNT(*) FROM store_tasks WHERE name = ?", TASK) == 0) {
      return false;
    }
    FactRows.execute(
        connection,
        "INSERT OR IGNORE INTO ledger_event_claims (ledger_event_id, ledger_claim_id)"
            + " SELECT e.ledger_event_id, c.ledger_claim_id FROM claims c JOIN events e"
            + " ON e.article_id = c.article_id AND e.event_id = c.event_id");
    indexStories(
        "SELECT DISTINCT s.story_id, l.id, l.proposition FROM claims c"
            + " JOIN story_articles s ON s.article_id = c.article_id"
            + " JOIN ledger_claims l ON l.id = c.ledger_claim_id");
    new ClaimStatuses(connection).fill();
    FactRows.execute(connection, "DELETE FROM store_tasks WHERE name = ?", TASK);
    return true;
  }

  /** Indexes the (story, ledger claim, proposition) rows the query returns. */
  private void indexStories(String query, Object... values) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(query);
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT OR IGNORE INTO story_claim_words (story_id, word, ledger_claim_id)"
                    + " VALUES (?, ?, ?)")) {
      FactRows.bind(select, values);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          for (String word : Propositions.prefixWords(rows.getString(3))) {
            FactRows.bind(insert, rows.getLong(1), word, rows.getLong(2));
            insert.addBatch();
          }
        }
      }
      insert.executeBatch();
    }
  }

  private static void collect(PreparedStatement select, Set<Long> ids) throws SQLException {
    try (ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        ids.add(rows.getLong(1));
      }
    }
  }
}
