package org.newsledger.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.newsledger.core.ArticleMeta;
import org.newsledger.core.Document;
import org.newsledger.io.DocumentJson;
import org.newsledger.store.stories.StoryParameters;

/**
 * Stores one article per transaction: duplicate check, near-duplicate link, article and facts, the
 * links of its entities to ledger entities, its story, and its events and claims linked to ledger
 * events and ledger claims.
 */
final class ArticleRows {

  /** Jaccard similarity of word 5-grams from which an article counts as a near-duplicate. */
  static final double NEAR_DUPLICATE_JACCARD = 0.8;

  /** Most candidates checked exactly; LSH rarely yields more for a real near-duplicate. */
  private static final int MAX_CANDIDATES = 50;

  private final Connection connection;
  private final LedgerEntityRows ledgerEntities;
  private final StoryRows stories;
  private final EventRows events;
  private final ClaimRows claims;
  private boolean transactionLost;

  ArticleRows(Connection connection, StoryParameters storyParameters) {
    this.connection = connection;
    this.ledgerEntities = new LedgerEntityRows(connection);
    this.stories = new StoryRows(connection, storyParameters);
    this.events = new EventRows(connection);
    this.claims = new ClaimRows(connection);
  }

  /** The id of the article with this content hash, if stored. */
  Optional<Long> find(String contentHash) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement("SELECT id FROM articles WHERE content_hash = ?")) {
      select.setString(1, contentHash);
      try (ResultSet rows = select.executeQuery()) {
        return rows.next() ? Optional.of(rows.getLong(1)) : Optional.empty();
      }
    }
  }

  /**
   * Stores the article unless its normalized text is there already: in its own transaction, or
   * under a savepoint when a batch transaction is open, so a failure undoes only this article.
   */
  IngestResult put(Document doc, String sourceLabel) throws SQLException {
    String hash = ContentHash.of(doc.text());
    boolean inBatch = !connection.getAutoCommit();
    Savepoint savepoint = inBatch ? connection.setSavepoint() : null;
    connection.setAutoCommit(false);
    try {
      Optional<Long> existing = find(hash);
      IngestResult result =
          existing.isPresent()
              ? new IngestResult(IngestResult.Status.DUPLICATE, existing.get(), null, 0)
              : insert(doc, sourceLabel, hash);
      if (inBatch) {
        connection.releaseSavepoint(savepoint);
      } else {
        connection.commit();
        connection.setAutoCommit(true);
      }
      return result;
    } catch (SQLException | RuntimeException e) {
      try {
        undo(savepoint);
      } catch (SQLException undoFailed) {
        // SQLite ended the transaction itself (a full disk, an I/O error): report the cause.
        e.addSuppressed(undoFailed);
        transactionLost = true;
      }
      throw e;
    }
  }

  /** True once, after a put failed and SQLite had already rolled the whole transaction back. */
  boolean takeTransactionLost() {
    boolean lost = transactionLost;
    transactionLost = false;
    return lost;
  }

  private void undo(Savepoint savepoint) throws SQLException {
    if (savepoint != null) {
      connection.rollback(savepoint);
      connection.releaseSavepoint(savepoint);
    } else {
      connection.rollback();
      connection.setAutoCommit(true);
    }
  }

  private IngestResult insert(Document doc, String sourceLabel, String hash) throws SQLException {
    Set<Long> shingles = MinHash.shingles(doc.text());
    long[] buckets = MinHash.bandBuckets(shingles);
    Original original = shingles.isEmpty() ? null : nearestOriginal(shingles, buckets);
    long id = nextId("articles");
    insertArticle(id, doc, sourceLabel, hash, original);
    insertBands(id, shingles.isEmpty() ? new long[0] : buckets);
    new FactRows(connection, id, doc).insertAll(nextId("attributions"));
    ledgerEntities.resolve(id, doc);
    stories.assign(id, doc);
    events.insert(id, doc);
    claims.insert(id, doc);
    return original == null
        ? new IngestResult(IngestResult.Status.NEW, id, null, 0)
        : new IngestResult(
            IngestResult.Status.NEAR_DUPLICATE, id, original.articleId(), original.similarity());
  }

  private void insertArticle(
      long id, Document doc, String sourceLabel, String hash, Original original)
      throws SQLException {
    ArticleMeta meta = doc.meta();
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO articles (id, content_hash, doc_id, source_label, url, title, published,"
                + " text, analysis, near_duplicate_of, similarity, ingested_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      FactRows.bind(
          insert,
          id,
          hash,
          meta.id(),
          sourceLabel,
          meta.url(),
          meta.title(),
          meta.published(),
          doc.text(),
          DocumentJson.write(doc, false),
          original == null ? null : original.articleId(),
          original == null ? null : original.similarity(),
          Instant.now().toString());
      insert.executeUpdate();
    }
    try (PreparedStatement fts =
        connection.prepareStatement(
            "INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)")) {
      FactRows.bind(fts, id, meta.title() == null ? "" : meta.title(), doc.text());
      fts.executeUpdate();
    }
  }

  private void insertBands(long id, long[] buckets) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO article_bands (article_id, band, bucket) VALUES (?, ?, ?)")) {
      for (int band = 0; band < buckets.length; band++) {
        FactRows.bind(insert, id, band, buckets[band]);
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  /** The most similar stored article at or above the threshold, followed to its own original. */
  private Original nearestOriginal(Set<Long> shingles, long[] buckets) throws SQLException {
    Original best = null;
    for (long candidate : candidates(buckets)) {
      double similarity = MinHash.jaccard(shingles, MinHash.shingles(text(candidate)));
      if (similarity >= NEAR_DUPLICATE_JACCARD
          && (best == null || similarity > best.similarity())) {
        best = new Original(candidate, similarity);
      }
    }
    if (best == null) {
      return null;
    }
    Long root = originalOf(best.articleId());
    return root == null ? best : new Original(root, best.similarity());
  }

  private Set<Long> candidates(long[] buckets) throws SQLException {
    Set<Long> candidates = new LinkedHashSet<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT article_id FROM article_bands WHERE band = ? AND bucket = ?"
                + " ORDER BY article_id LIMIT "
                + MAX_CANDIDATES)) {
      for (int band = 0; band < buckets.length && candidates.size() < MAX_CANDIDATES; band++) {
        FactRows.bind(select, band, buckets[band]);
        try (ResultSet rows = select.executeQuery()) {
          while (rows.next()) {
            candidates.add(rows.getLong(1));
          }
        }
      }
    }
    return candidates;
  }

  private String text(long articleId) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement("SELECT text FROM articles WHERE id = ?")) {
      select.setLong(1, articleId);
      try (ResultSet rows = select.executeQuery()) {
        return rows.next() ? rows.getString(1) : "";
      }
    }
  }

  private Long originalOf(long articleId) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement("SELECT near_duplicate_of FROM articles WHERE id = ?")) {
      select.setLong(1, articleId);
      try (ResultSet rows = select.executeQuery()) {
        if (!rows.next()) {
          return null;
        }
        long value = rows.getLong(1);
        return rows.wasNull() ? null : value;
      }
    }
  }

  private long nextId(String table) throws SQLException {
    try (PreparedStatement select =
            connection.prepareStatement("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table);
        ResultSet rows = select.executeQuery()) {
      rows.next();
      return rows.getLong(1);
    }
  }

  /** A stored article a new one nearly copies. */
  private record Original(long articleId, double similarity) {}
}
