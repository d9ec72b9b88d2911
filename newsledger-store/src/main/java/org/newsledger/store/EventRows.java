package org.newsledger.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.newsledger.core.Document;
import org.newsledger.core.Layers;
import org.newsledger.core.facts.Event;
import org.newsledger.core.facts.EventArgument;

/**
 * Stores the events of a new article and links each to a ledger event by an ordered list of rules:
 * {@code same-type-arguments-time} (same PLOVER type, same actor and target ledger entities, at
 * least one of them known, event days, else publication days, within {@link #WINDOW_DAYS}), else
 * {@code new}.
 */
final class EventRows {

  /** Days apart within which two events of the same type and arguments are one. */
  static final int WINDOW_DAYS = 7;

  private final Connection connection;

  EventRows(Connection connection) {
    this.connection = connection;
  }

  /** Inserts the article's events; its entities must already be linked to ledger entities. */
  void insert(long articleId, Document doc) throws SQLException {
    String published = EventTimes.day(doc.meta().published());
    for (Event event : doc.getOrEmpty(Layers.EVENTS)) {
      Long actor = ledgerId(articleId, event.actor());
      Long target = ledgerId(articleId, event.target());
      String day = EventTimes.day(event.time());
      String when = day != null ? day : published;
      Long linked =
          actor == null && target == null ? null : match(event.type(), actor, target, when);
      long ledgerId = linked != null ? linked : create(event.type(), actor, target, day);
      boolean firstInArticle =
          FactRows.count(
                  connection,
                  "SELECT COUNT(*) FROM events WHERE article_id = ? AND +ledger_event_id = ?",
                  articleId,
                  ledgerId)
              == 0;
      insertRow(
          articleId,
          event,
          actor,
          target,
          day,
          ledgerId,
          linked != null ? "same-type-arguments-time" : "new");
      update(ledgerId, day, published, firstInArticle);
    }
  }

  /** The ledger entity of an event argument, or null when it has no linked entity. */
  private Long ledgerId(long articleId, EventArgument argument) throws SQLException {
    if (argument == null || argument.entityId() == null) {
      return null;
    }
    long id =
        FactRows.count(
            connection,
            "SELECT ledger_entity_id FROM entity_links" + " WHERE article_id = ? AND entity_id = ?",
            articleId,
            argument.entityId());
    return id == 0 ? null : id;
  }

  private Long match(String type, Long actor, Long target, String when) throws SQLException {
    if (EventTimes.firstDay(when) == null) {
      // Nothing can fall within days of an undated event: skip reading every same-key event.
      return null;
    }
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT id, COALESCE(event_day, first_published), last_published FROM ledger_events"
                + " WHERE type = ? AND actor_ledger_id IS ? AND target_ledger_id IS ? ORDER BY id DESC")) {
      FactRows.bind(select, type, actor, target);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          if (EventTimes.within(when, rows.getString(2), WINDOW_DAYS)
              || EventTimes.within(when, rows.getString(3), WINDOW_DAYS)) {
            return rows.getLong(1);
          }
        }
      }
    }
    return null;
  }

  private long create(String type, Long actor, Long target, String day) throws SQLException {
    long id = FactRows.count(connection, "SELECT COALESCE(MAX(id), 0) + 1 FROM ledger_events");
    FactRows.execute(
        connection,
        "INSERT INTO ledger_events (id, type, actor_ledger_id,"
            + " target_ledger_id, event_day, first_published, last_published, article_count)"
            + " VALUES (?, ?, ?, ?, ?, NULL, NULL, 0)",
        id,
        type,
        actor,
        target,
        day);
    return id;
  }

  private void insertRow(
      long articleId, Event e, Long actor, Long target, String day, long ledgerId, String linkRule)
      throws SQLException {
    FactRows.execute(
        connection,
        "INSERT INTO events (article_id, event_id, type, mode, cameo,"
            + " trigger, trigger_begin, trigger_end, span_begin, span_end, actor_name, actor_entity_id,"
            + " actor_ledger_id, target_name, target_entity_id, target_ledger_id, location_name,"
            + " time_id, time_value, event_day, negated, modality, attribution_id, ledger_event_id,"
            + " link_rule, rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            + " ?, ?, ?, ?, ?, ?)",
        articleId,
        e.id(),
        e.type(),
        e.mode(),
        e.cameo(),
        e.trigger().text(),
        e.trigger().span().begin(),
        e.trigger().span().end(),
        e.span().begin(),
        e.span().end(),
        name(e.actor()),
        entityId(e.actor()),
        actor,
        name(e.target()),
        entityId(e.target()),
        target,
        name(e.location()),
        e.timeId(),
        e.time(),
        day,
        e.negated() ? 1 : 0,
        e.modality().name(),
        e.attributionId(),
        ledgerId,
        linkRule,
        e.rule());
  }

  /** Counts the articles and widens the dates of a ledger event after an insert. */
  private void update(long ledgerId, String day, String published, boolean firstInArticle)
      throws SQLException {
    FactRows.execute(
        connection,
        "UPDATE ledger_events SET"
            + " event_day = COALESCE(event_day, ?),"
            + " first_published = CASE WHEN first_published IS NULL OR ? < first_published THEN ?"
            + " ELSE first_published END,"
            + " last_published = CASE WHEN last_published IS NULL OR ? > last_published THEN ?"
            + " ELSE last_published END,"
            + " article_count = article_count + ? WHERE id = ?",
        day,
        published,
        published,
        published,
        published,
        firstInArticle ? 1 : 0,
        ledgerId);
  }

  private static String name(EventArgument argument) {
    return argument == null ? null : argument.name();
  }

  private static String entityId(EventArgument argument) {
    return argument == null ? null : argument.entityId();
  }
}
