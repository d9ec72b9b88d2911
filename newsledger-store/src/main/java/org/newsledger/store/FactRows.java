package org.newsledger.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsledger.core.Document;
import org.newsledger.core.Excerpt;
import org.newsledger.core.Layers;
import org.newsledger.core.facts.Attribution;
import org.newsledger.core.facts.Entity;
import org.newsledger.core.facts.EpistemicAct;
import org.newsledger.core.facts.Mention;
import org.newsledger.core.facts.TimeExpression;

/** Writes the facts of one analyzed document into the per-article tables. */
final class FactRows {

  private final Connection connection;
  private final long articleId;
  private final Document doc;

  FactRows(Connection connection, long articleId, Document doc) {
    this.connection = connection;
    this.articleId = articleId;
    this.doc = doc;
  }

  /** Inserts entities, mentions, attributions, times and epistemic acts. */
  void insertAll(long firstAttributionRowId) throws SQLException {
    insertEntities();
    insertMentions();
    insertAttributions(firstAttributionRowId);
    insertTimes();
    insertEpistemicActs();
  }

  /** The key names are looked up by: lower case, white space collapsed. */
  static String key(String name) {
    return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  private void insertEntities() throws SQLException {
    String sql =
        "INSERT INTO entities (article_id, entity_id, name, type, subtype, aliases, roles,"
            + " span_begin, span_end, rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    String namesSql = "INSERT INTO entity_names (article_id, entity_id, name_key) VALUES (?, ?, ?)";
    try (PreparedStatement insert = connection.prepareStatement(sql);
        PreparedStatement names = connection.prepareStatement(namesSql)) {
      for (Entity entity : doc.getOrEmpty(Layers.ENTITIES)) {
        bind(
            insert,
            articleId,
            entity.id(),
            entity.name(),
            entity.type().name(),
            entity.subtype(),
            lines(entity.aliases()),
            lines(entity.roles()),
            entity.span().begin(),
            entity.span().end(),
            entity.rule());
        insert.addBatch();
        Set<String> keys = new LinkedHashSet<>();
        keys.add(key(entity.name()));
        entity.aliases().forEach(alias -> keys.add(key(alias)));
        for (String nameKey : keys) {
          bind(names, articleId, entity.id(), nameKey);
          names.addBatch();
        }
      }
      insert.executeBatch();
      names.executeBatch();
    }
  }

  private void insertMentions() throws SQLException {
    String sql =
        "INSERT INTO mentions (article_id, mention_id, entity_id, text, type, kind, span_begin,"
            + " span_end, rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    try (PreparedStatement insert = connection.prepareStatement(sql)) {
      for (Mention m : doc.getOrEmpty(Layers.MENTIONS)) {
        bind(
            insert,
            articleId,
            m.id(),
            m.entityId(),
            m.text(),
            m.type().name(),
            m.kind().name(),
            m.span().begin(),
            m.span().end(),
            m.rule());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private void insertAttributions(long firstRowId) throws SQLException {
    String sql =
        "INSERT INTO attributions (id, article_id, attribution_id, kind, cue, cue_begin, cue_end,"
            + " content, content_begin, content_end, source_name, source_key, source_type,"
            + " source_entity_id, source_begin, source_end, via, in_headline, rule, said)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    String ftsSql = "INSERT INTO statements_fts (rowid, content, source_name) VALUES (?, ?, ?)";
    long rowId = firstRowId;
    try (PreparedStatement insert = connection.prepareStatement(sql);
        PreparedStatement fts = connection.prepareStatement(ftsSql)) {
      for (Attribution a : doc.getOrEmpty(Layers.ATTRIBUTIONS)) {
        Excerpt named = a.source().mention();
        bind(
            insert,
            rowId,
            articleId,
            a.id(),
            a.kind().name(),
            a.cue().text(),
            a.cue().span().begin(),
            a.cue().span().end(),
            a.content().text(),
            a.content().span().begin(),
            a.content().span().end(),
            a.source().name(),
            key(a.source().name()),
            a.source().type().name(),
            a.source().entityId(),
            named == null ? null : named.span().begin(),
            named == null ? null : named.span().end(),
            a.via(),
            a.inHeadline() ? 1 : 0,
            a.rule(),
            a.contentParts().size() > 1 ? a.said() : null);
        insert.addBatch();
        bind(fts, rowId, a.said(), a.source().name());
        fts.addBatch();
        rowId++;
      }
      insert.executeBatch();
      fts.executeBatch();
    }
  }

  private void insertTimes() throws SQLException {
    String sql =
        "INSERT INTO times (article_id, time_id, text, type, value, span_begin, span_end, rule)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    try (PreparedStatement insert = connection.prepareStatement(sql)) {
      for (TimeExpression t : doc.getOrEmpty(Layers.TIMES)) {
        bind(
            insert,
            articleId,
            t.id(),
            t.text(),
            t.type().name(),
            t.value(),
            t.span().begin(),
            t.span().end(),
            t.rule());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private void insertEpistemicActs() throws SQLException {
    String sql =
        "INSERT INTO epistemic_acts (article_id, act_id, act, actor_name, actor_key, actor_type,"
            + " actor_entity_id, cue, cue_begin, cue_end, target, target_begin, target_end,"
            + " span_begin, span_end, rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    try (PreparedStatement insert = connection.prepareStatement(sql)) {
      for (EpistemicAct x : doc.getOrEmpty(Layers.EPISTEMIC)) {
        Excerpt target = x.target();
        bind(
            insert,
            articleId,
            x.id(),
            x.act().name(),
            x.actor().name(),
            key(x.actor().name()),
            x.actor().type().name(),
            x.actor().entityId(),
            x.cue().text(),
            x.cue().span().begin(),
            x.cue().span().end(),
            target == null ? null : target.text(),
            target == null ? null : target.span().begin(),
            target == null ? null : target.span().end(),
            x.span().begin(),
            x.span().end(),
            x.rule());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  /** Binds the values in order; null values become SQL NULL. */
  static void bind(PreparedStatement statement, Object... values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null) {
        statement.setNull(i + 1, Types.NULL);
      } else {
        statement.setObject(i + 1, values[i]);
      }
    }
  }

  /** Runs an update with the values bound in order; returns the rows changed. */
  static int execute(Connection connection, String sql, Object... values) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      bind(statement, values);
      return statement.executeUpdate();
    }
  }

  /** The first column of the first row of a query, as a number (0 when there is no row). */
  static long count(Connection connection, String sql, Object... values) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      bind(statement, values);
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next() ? rows.getLong(1) : 0;
      }
    }
  }

  private static String lines(List<String> values) {
    return String.join("\n", values);
  }
}
