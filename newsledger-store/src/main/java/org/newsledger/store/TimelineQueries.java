package org.newsledger.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

  /** Ledger claim ids made in one story's articles; one parameter, the story id. */
  private static final String STORY_CLAIMS =
      "SELECT c.ledger_claim_id FROM claims c JOIN story_articles s"
          + " ON s.article_id = c.article_id WHERE s.story_id = ?";

  /** Joins a per-article claim table {@code x} to its article and ledger claim, for one story. */
  private static final String OF_STORY_CLAIMS =
      " JOIN articles a ON a.id = x.article_id JOIN claims c ON c.article_id = x.article_id"
          + " AND c.claim_id = x.claim_id WHERE c.ledger_claim_id IN ("
          + STORY_CLAIMS
          + ") ORDER BY c.ledger_claim_id, a.published, a.id, x.position";

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

  /**
   * Ledger claims made in the story's articles: DISPUTED first, then oldest first. Three queries
   * whatever the number of claims: the claims, then all their sources, then all their history.
   */
  List<LedgerClaim> claimsOfStory(long storyId) throws SQLException {
    Map<Long, List<LedgerClaim.Source>> sources = sourcesOfStory(storyId);
    Map<Long, List<LedgerClaim.Change>> history = historyOfStory(storyId);
    List<LedgerClaim> claims = new ArrayList<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT id, proposition, status, first_published, last_published FROM ledger_claims"
                + " WHERE id IN ("
                + STORY_CLAIMS
                + ")")) {
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
                  sources.getOrDefault(id, List.of()),
                  history.getOrDefault(id, List.of())));
        }
      }
    }
    claims.sort(
        Comparator.comparing((LedgerClaim c) -> c.status() != ClaimStatus.DISPUTED)
            .thenComparing(c -> c.firstPublished() == null ? "" : c.firstPublished())
            .thenComparingLong(LedgerClaim::id));
    return List.copyOf(claims);
  }

  /** The sources of every claim of the story, by ledger claim id, oldest article first. */
  private Map<Long, List<LedgerClaim.Source>> sourcesOfStory(long storyId) throws SQLException {
    Map<Long, List<LedgerClaim.Source>> sources = new HashMap<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT c.ledger_claim_id, x.name, x.type, x.article_id, a.published, a.url,"
                + " a.source_label FROM claim_sources x"
                + OF_STORY_CLAIMS)) {
      select.setLong(1, storyId);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          sources
              .computeIfAbsent(rows.getLong(1), id -> new ArrayList<>())
              .add(
                  new LedgerClaim.Source(
                      rows.getString(2),
                      rows.getString(3).toLowerCase(Locale.ROOT),
                      rows.getLong(4),
                      rows.getString(5),
                      LedgerQueries.outlet(rows.getString(6), rows.getString(7))));
        }
      }
    }
    return sources;
  }

  /** The status changes of every claim of the story, by ledger claim id, oldest article first. */
  private Map<Long, List<LedgerClaim.Change>> historyOfStory(long storyId) throws SQLException {
    Map<Long, List<LedgerClaim.Change>> history = new HashMap<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT c.ledger_claim_id, x.status, x.by_name, x.evidence, x.evidence_begin,"
                + " x.evidence_end, x.article_id, a.published, a.url, a.source_label, x.rule"
                + " FROM claim_history x"
                + OF_STORY_CLAIMS)) {
      select.setLong(1, storyId);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          history
              .computeIfAbsent(rows.getLong(1), id -> new ArrayList<>())
              .add(
                  new LedgerClaim.Change(
                      ClaimStatus.valueOf(rows.getString(2)),
                      rows.getString(3),
                      rows.getString(4),
                      CharSpan.of(rows.getInt(5), rows.getInt(6)),
                      rows.getLong(7),
                      rows.getString(8),
                      LedgerQueries.outlet(rows.getString(9), rows.getString(10)),
                      rows.getString(11)));
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
