package org.newsledger.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.newsledger.core.CharSpan;
import org.newsledger.core.facts.ClaimStatus;

/** Reads timelines (events in time order) and claims with their history across articles. */
final class TimelineQueries {

  private static final String EVENT_COLUMNS =
      "e.article_id, ar.doc_id, ar.published, ar.url, ar.source_label, e.ledger_event_id, e.type,"
          + " e.trigger, e.trigger_begin, e.trigger_end,"
          + " substr(ar.text, e.span_begin + 1, e.span_end - e.span_begin), e.span_begin,"
          + " e.span_end, e.actor_name, e.target_name, e.time_value, e.event_day, e.negated,"
          + " e.modality, e.rule FROM events e JOIN articles ar ON ar.id = e.article_id";
  private static final String TIME_ORDER =
      " ORDER BY COALESCE(e.event_day, substr(ar.published, 1, 10)), ar.published,"
          + " e.article_id, e.trigger_begin";
  private static final String ARTICLE =
      " JOIN articles a ON a.id = x.article_id JOIN claims c ON c.article_id = x.article_id"
          + " AND c.claim_id = x.claim_id WHERE c.ledger_claim_id = ?";

  private final Connection connection;

  TimelineQueries(Connection connection) {
    this.connection = connection;
  }

  /** Events whose actor or target is an entity with this name key, in time order. */
  List<TimelineEvent> ofEntity(String nameKey) throws SQLException {
    String ledger = "(SELECT ledger_entity_id FROM ledger_entity_names WHERE name_key = ?)";
    return events(
        "SELECT "
            + EVENT_COLUMNS
            + " WHERE e.actor_ledger_id IN "
            + ledger
            + " OR e.target_ledger_id IN "
            + ledger
            + " OR lower(e.actor_name) = ?"
            + " OR lower(e.target_name) = ?"
            + TIME_ORDER,
        nameKey,
        nameKey,
        nameKey,
        nameKey);
  }

  /** Events of the story's articles, in time order. */
  List<TimelineEvent> ofStory(long storyId) throws SQLException {
    return events(
        "SELECT "
            + EVENT_COLUMNS
            + " WHERE e.article_id IN (SELECT article_id"
            + " FROM story_articles WHERE story_id = ?)"
            + TIME_ORDER,
        storyId);
  }

  /** Ledger claims made in the story's articles: DISPUTED first, then oldest first. */
  List<LedgerClaim> claimsOfStory(long storyId) throws SQLException {
    List<LedgerClaim> claims = new ArrayList<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT id, proposition, status, first_published, last_published FROM ledger_claims"
                + " WHERE id IN (SELECT c.ledger_claim_id FROM claims c JOIN story_articles s"
                + " ON s.article_id = c.article_id WHERE s.story_id = ?)")) {
      select.setLong(1, storyId);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          long id = rows.getLong(1);
          claims.add(
              new LedgerClaim(
                  id,
                  rows.getString(2),
                  ClaimStatus.valueOf(rows.getString(3)),
                  rows.getString(4),
                  rows.getString(5),
                  sources(id),
                  history(id)));
        }
      }
    }
    claims.sort(
        Comparator.comparing((LedgerClaim c) -> c.status() != ClaimStatus.DISPUTED)
            .thenComparing(c -> c.firstPublished() == null ? "" : c.firstPublished())
            .thenComparingLong(LedgerClaim::id));
    return List.copyOf(claims);
  }

  private List<LedgerClaim.Source> sources(long ledgerClaimId) throws SQLException {
    List<LedgerClaim.Source> sources = new ArrayList<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT x.name, x.type, x.article_id, a.published, a.url, a.source_label"
                + " FROM claim_sources x"
                + ARTICLE
                + " ORDER BY a.published, a.id, x.position")) {
      select.setLong(1, ledgerClaimId);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          sources.add(
              new LedgerClaim.Source(
                  rows.getString(1),
                  rows.getString(2).toLowerCase(Locale.ROOT),
                  rows.getLong(3),
                  rows.getString(4),
                  LedgerQueries.outlet(rows.getString(5), rows.getString(6))));
        }
      }
    }
    return sources;
  }

  private List<LedgerClaim.Change> history(long ledgerClaimId) throws SQLException {
    List<LedgerClaim.Change> history = new ArrayList<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT x.status, x.by_name, x.evidence, x.evidence_begin, x.evidence_end, x.article_id,"
                + " a.published, a.url, a.source_label, x.rule FROM claim_history x"
                + ARTICLE
                + " ORDER BY a.published, a.id, x.position")) {
      select.setLong(1, ledgerClaimId);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          history.add(
              new LedgerClaim.Change(
                  ClaimStatus.valueOf(rows.getString(1)),
                  rows.getString(2),
                  rows.getString(3),
                  CharSpan.of(rows.getInt(4), rows.getInt(5)),
                  rows.getLong(6),
                  rows.getString(7),
                  LedgerQueries.outlet(rows.getString(8), rows.getString(9)),
                  rows.getString(10)));
        }
      }
    }
    return history;
  }

  private List<TimelineEvent> events(String sql, Object... values) throws SQLException {
    List<TimelineEvent> events = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      FactRows.bind(select, values);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          events.add(event(rows));
        }
      }
    }
    return List.copyOf(events);
  }

  private static TimelineEvent event(ResultSet rows) throws SQLException {
    return new TimelineEvent(
        rows.getLong(1),
        rows.getString(2),
        rows.getString(3),
        LedgerQueries.outlet(rows.getString(4), rows.getString(5)),
        rows.getLong(6),
        rows.getString(7),
        rows.getString(8),
        CharSpan.of(rows.getInt(9), rows.getInt(10)),
        rows.getString(11),
        CharSpan.of(rows.getInt(12), rows.getInt(13)),
        rows.getString(14),
        rows.getString(15),
        rows.getString(16),
        rows.getString(17),
        rows.getInt(18) != 0,
        rows.getString(19).toLowerCase(Locale.ROOT),
        rows.getString(20));
  }
}
