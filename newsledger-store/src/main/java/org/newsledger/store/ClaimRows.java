package org.newsledger.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
 * new}. Both rules look candidates up in a {@link ClaimIndex}; the ledger claim's status, dates and
 * article count are then updated from the article (see {@link ClaimStatuses}).
 */
final class ClaimRows {

  private final Connection connection;
  private final ClaimIndex index;
  private final ClaimStatuses statuses;

  ClaimRows(Connection connection) {
    this.connection = connection;
    this.index = new ClaimIndex(connection);
    this.statuses = new ClaimStatuses(connection);
  }

  /** Inserts the article's claims; its events and story must already be stored. */
  void insert(long articleId, Document doc) throws SQLException {
    for (Claim claim : doc.getOrEmpty(Layers.CLAIMS)) {
      String rule = "same-event";
      Long linked = claim.eventId() == null ? null : index.sameEvent(articleId, claim.eventId());
      if (linked == null) {
        rule = "near-identical-proposition";
        linked = nearIdentical(articleId, claim.proposition().text());
      }
      long ledgerId = linked != null ? linked : create(claim);
      boolean firstInArticle =
          FactRows.count(
                  connection,
                  "SELECT COUNT(*) FROM claims WHERE article_id = ? AND +ledger_claim_id = ?",
                  articleId,
                  ledgerId)
              == 0;
      insertRows(articleId, claim, ledgerId, linked != null ? rule : "new");
      statuses.record(ledgerId, articleId, doc.meta().published(), claim.history());
      update(ledgerId, doc.meta().published(), firstInArticle);
    }
    index.add(articleId);
  }

  /** The lowest indexed candidate whose proposition is near-identical, or null. */
  private Long nearIdentical(long articleId, String proposition) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement("SELECT proposition FROM ledger_claims WHERE id = ?")) {
      for (long id : index.candidates(articleId, proposition)) {
        select.setLong(1, id);
        try (ResultSet rows = select.executeQuery()) {
          if (rows.next()
              && Propositions.similarity(proposition, rows.getString(1))
                  >= Propositions.NEAR_IDENTICAL) {
            return id;
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
   * Brings the ledger claim's status, dates and article count up to date after one more claim of an
   * article published at {@code published} (null when unknown).
   */
  private void update(long ledgerId, String published, boolean firstInArticle) throws SQLException {
    ClaimStatus status = statuses.status(ledgerId);
    FactRows.execute(
        connection,
        "UPDATE ledger_claims SET status = COALESCE(?, status),"
            + " first_published = CASE WHEN first_published IS NULL OR ? < first_published"
            + " THEN ? ELSE first_published END,"
            + " last_published = CASE WHEN last_published IS NULL OR ? > last_published"
            + " THEN ? ELSE last_published END,"
            + " article_count = article_count + ? WHERE id = ?",
        status == null ? null : status.name(),
        published,
        published,
        published,
        published,
        firstInArticle ? 1 : 0,
        ledgerId);
  }
}
