package org.newsledger.store;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsledger.core.CharSpan;

/** The read queries over a store: full-text search and statements by source. */
final class LedgerQueries {

  private static final String STATEMENT_COLUMNS =
      "a.article_id, ar.published, ar.url, ar.source_label, ar.title, a.source_name,"
          + " a.source_type, a.kind, a.cue, COALESCE(a.said, a.content), a.content_begin, a.content_end, a.via,"
          + " a.rule";

  private final Connection connection;

  LedgerQueries(Connection connection) {
    this.connection = connection;
  }

  /** Articles matching every word, best first; empty when the text has no words. */
  List<SearchHit> search(String text, int limit) throws SQLException {
    String match = matchQuery(text);
    if (match.isEmpty() || limit <= 0) {
      return List.of();
    }
    String sql =
        "SELECT ar.id, ar.doc_id, ar.title, ar.url, ar.published,"
            + " snippet(articles_fts, 1, '[', ']', '...', 16), bm25(articles_fts)"
            + " FROM articles_fts JOIN articles ar ON ar.id = articles_fts.rowid"
            + " WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts) LIMIT ?";
    List<SearchHit> hits = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      FactRows.bind(select, match, limit);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          hits.add(
              new SearchHit(
                  rows.getLong(1),
                  rows.getString(2),
                  rows.getString(3),
                  rows.getString(4),
                  rows.getString(5),
                  rows.getString(6),
                  -rows.getDouble(7)));
        }
      }
    }
    return List.copyOf(hits);
  }

  /** Statements whose content or source name match every word, best first. */
  List<AttributedStatement> searchStatements(String text, int limit) throws SQLException {
    String match = matchQuery(text);
    if (match.isEmpty() || limit <= 0) {
      return List.of();
    }
    String sql =
        "SELECT "
            + STATEMENT_COLUMNS
            + " FROM statements_fts"
            + " JOIN attributions a ON a.id = statements_fts.rowid"
            + " JOIN articles ar ON ar.id = a.article_id"
            + " WHERE statements_fts MATCH ? ORDER BY bm25(statements_fts) LIMIT ?";
    return statements(sql, match, limit);
  }

  /**
   * Statements whose source has this name key: directly, through its entity's names in the article,
   * or through the ledger entity its entity is linked to across articles.
   */
  List<AttributedStatement> whoSaid(String nameKey) throws SQLException {
    String sql =
        "SELECT "
            + STATEMENT_COLUMNS
            + " FROM attributions a"
            + " JOIN articles ar ON ar.id = a.article_id WHERE a.id IN ("
            + " SELECT id FROM attributions WHERE source_key = ?"
            + " UNION SELECT a2.id FROM entity_names n JOIN attributions a2"
            + " ON a2.article_id = n.article_id AND a2.source_entity_id = n.entity_id"
            + " WHERE n.name_key = ?"
            + " UNION SELECT a3.id FROM ledger_entity_names ln"
            + " JOIN entity_links l ON l.ledger_entity_id = ln.ledger_entity_id"
            + " JOIN attributions a3 ON a3.article_id = l.article_id"
            + " AND a3.source_entity_id = l.entity_id WHERE ln.name_key = ?)"
            + " ORDER BY ar.published, a.article_id, a.content_begin";
    return statements(sql, nameKey, nameKey, nameKey);
  }

  /** Statements made in the story's articles, oldest article first, then in text order. */
  List<AttributedStatement> storyStatements(long storyId) throws SQLException {
    String sql =
        "SELECT "
            + STATEMENT_COLUMNS
            + " FROM attributions a"
            + " JOIN articles ar ON ar.id = a.article_id"
            + " JOIN story_articles sa ON sa.article_id = a.article_id WHERE sa.story_id = ?"
            + " ORDER BY ar.published, a.article_id, a.content_begin";
    return statements(sql, storyId);
  }

  /** The FTS5 query for what the user typed (see {@link SearchQuery}). */
  static String matchQuery(String text) {
    return SearchQuery.toFts(text);
  }

  private List<AttributedStatement> statements(String sql, Object... parameters)
      throws SQLException {
    List<AttributedStatement> statements = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      FactRows.bind(select, parameters);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          statements.add(statement(rows));
        }
      }
    }
    return List.copyOf(statements);
  }

  private static AttributedStatement statement(ResultSet rows) throws SQLException {
    String url = rows.getString(3);
    return new AttributedStatement(
        rows.getLong(1),
        rows.getString(2),
        outlet(url, rows.getString(4)),
        url,
        rows.getString(5),
        rows.getString(6),
        rows.getString(7).toLowerCase(Locale.ROOT),
        rows.getString(8).toLowerCase(Locale.ROOT),
        rows.getString(9),
        rows.getString(10),
        CharSpan.of(rows.getInt(11), rows.getInt(12)),
        rows.getString(13),
        rows.getString(14));
  }

  /** The URL's host without "www.", else the input label. */
  static String outlet(String url, String sourceLabel) {
    if (url != null) {
      try {
        String host = URI.create(url.strip()).getHost();
        if (host != null && !host.isEmpty()) {
          return host.startsWith("www.") ? host.substring(4) : host;
        }
      } catch (IllegalArgumentException e) {
        // A malformed address still leaves the input label to name the outlet.
      }
    }
    return sourceLabel;
  }
}
