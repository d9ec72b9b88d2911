package org.newsledger.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsledger.core.Document;
import org.newsledger.core.Layers;
import org.newsledger.core.facts.Claim;
import org.newsledger.core.facts.ClaimSource;
import org.newsledger.core.facts.ClaimStatus;
import org.newsledger.core.facts.StatusChange;

/**
 * Stores the claims of a new article with their sources and status history, and links each to a
 * ledger claim by an ordered list of rules: {@code same-event} (a claim about the same ledger
 * event), {@code near-identical-proposition} (word-set Jaccard at least {@link
 * Propositions#NEAR_IDENTICAL} with a claim of the same story or with the same words), else {@code
 * new}. The ledger claim's status is then recomputed over all its articles.
 */
final class ClaimRows {

  private final Connection connection;

  ClaimRows(Connection connection) {
    this.connection = connection;
  }

  /** Inserts the article's claims; its events and story must already be stored. */
  void insert(long articleId, Document doc) throws SQLException {
    for (Claim claim : doc.getOrEmpty(Layers.CLAIMS)) {
      String rule = "same-event";
      Long linked = sameEvent(articleId, claim);
      if (linked == null) {
        rule = "near-identical-proposition";
        linked = nearIdentical(articleId, claim.proposition().text());
      }
      long ledgerId = linked != null ? linked : create(claim);
      insertRows(articleId, claim, ledgerId, linked != null ? rule : "new");
      update(ledgerId);
    }
  }

  private Long sameEvent(long articleId, Claim claim) throws SQLException {
    if (claim.eventId() == null) {
      return null;
    }
    long id =
        FactRows.count(
            connection,
            "SELECT c.ledger_claim_id FROM claims c JOIN events e"
                + " ON e.article_id = c.article_id AND e.event_id = c.event_id"
                + " WHERE c.article_id <> ? AND e.ledger_event_id = (SELECT ledger_event_id FROM events"
                + " WHERE article_id = ? AND event_id = ?) ORDER BY c.ledger_claim_id LIMIT 1",
            articleId,
            articleId,
            claim.eventId());
    return id == 0 ? null : id;
  }

  private Long nearIdentical(long articleId, String proposition) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT id, proposition FROM ledger_claims WHERE proposition_key = ? OR id IN ("
                + " SELECT c.ledger_claim_id FROM claims c JOIN story_articles s"
                + " ON s.article_id = c.article_id WHERE c.article_id <> ? AND s.story_id ="
                + " (SELECT story_id FROM story_articles WHERE article_id = ?)) ORDER BY id")) {
      FactRows.bind(select, Propositions.key(proposition), articleId, articleId);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          if (Propositions.similarity(proposition, rows.getString(2))
              >= Propositions.NEAR_IDENTICAL) {
            return rows.getLong(1);
          }
        }
      }
    }
    return null;
  }

  private long create(Claim claim) throws SQLException {
    long id = FactRows.count(connection, "SELECT COALESCE(MAX(id), 0) + 1 FROM ledger_claims");
    String text = claim.proposition().text();
    FactRows.execute(
        connection,
        "INSERT INTO ledger_claims (id, proposition, proposition_key,"
            + " status, first_published, last_published, article_count)"
            + " VALUES (?, ?, ?, ?, NULL, NULL, 0)",
        id,
        text,
        Propositions.key(text),
        claim.status().name());
    return id;
  }

  private void insertRows(long articleId, Claim c, long ledgerId, String linkRule)
      throws SQLException {
    FactRows.execute(
        connection,
        "INSERT INTO claims (article_id, claim_id, proposition,"
            + " proposition_begin, proposition_end, event_id, status, ledger_claim_id, link_rule, rule)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        articleId,
        c.id(),
        c.proposition().text(),
        c.span().begin(),
        c.span().end(),
        c.eventId(),
        c.status().name(),
        ledgerId,
        linkRule,
        c.rule());
    for (int i = 0; i < c.sources().size(); i++) {
      ClaimSource s = c.sources().get(i);
      FactRows.execute(
          connection,
          "INSERT INTO claim_sources (article_id, claim_id, position,"
              + " name, type, entity_id, attribution_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
          articleId,
          c.id(),
          i,
          s.name(),
          s.type().name(),
          s.entityId(),
          s.attributionId());
    }
    for (int i = 0; i < c.history().size(); i++) {
      StatusChange h = c.history().get(i);
      FactRows.execute(
          connection,
          "INSERT INTO claim_history (article_id, claim_id, position,"
              + " status, by_name, entity_id, evidence, evidence_begin, evidence_end, rule)"
              + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          articleId,
          c.id(),
          i,
          h.status().name(),
          h.by(),
          h.entityId(),
          h.evidence().text(),
          h.evidence().span().begin(),
          h.evidence().span().end(),
          h.rule());
    }
  }

  /**
   * Where a ledger claim stands after its status changes across articles, in order (who gave each
   * and what): each source's latest status combined ({@link Propositions#combine}); null for none.
   */
  static ClaimStatus status(List<Map.Entry<String, ClaimStatus>> changes) {
    Map<String, ClaimStatus> bySource = new LinkedHashMap<>();
    ClaimStatus latest = null;
    for (Map.Entry<String, ClaimStatus> change : changes) {
      latest = change.getValue();
      bySource.put(FactRows.key(change.getKey()), latest);
    }
    return latest == null ? null : Propositions.combine(new ArrayList<>(bySource.values()), latest);
  }

  /** Recomputes the ledger claim's status, dates and article count from all its rows. */
  private void update(long ledgerId) throws SQLException {
    List<Map.Entry<String, ClaimStatus>> changes = new ArrayList<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT h.by_name, h.status FROM claim_history h JOIN claims c"
                + " ON c.article_id = h.article_id AND c.claim_id = h.claim_id"
                + " JOIN articles a ON a.id = c.article_id WHERE c.ledger_claim_id = ?"
                + " ORDER BY a.published, a.id, h.position")) {
      select.setLong(1, ledgerId);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          changes.add(Map.entry(rows.getString(1), ClaimStatus.valueOf(rows.getString(2))));
        }
      }
    }
    ClaimStatus combined = status(changes);
    String status = combined == null ? null : combined.name();
    FactRows.execute(
        connection,
        "UPDATE ledger_claims SET status = COALESCE(?, status),"
            + " first_published = (SELECT MIN(a.published) FROM claims c JOIN articles a"
            + " ON a.id = c.article_id WHERE c.ledger_claim_id = ?),"
            + " last_published = (SELECT MAX(a.published) FROM claims c JOIN articles a"
            + " ON a.id = c.article_id WHERE c.ledger_claim_id = ?),"
            + " article_count = (SELECT COUNT(DISTINCT article_id) FROM claims"
            + " WHERE ledger_claim_id = ?) WHERE id = ?",
        status,
        ledgerId,
        ledgerId,
        ledgerId,
        ledgerId);
  }
}
