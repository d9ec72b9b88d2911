package org.newsledger.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.newsledger.core.Document;
import org.newsledger.core.Layers;
import org.newsledger.core.facts.Entity;
import org.newsledger.core.facts.EntityType;
import org.newsledger.store.resolve.EntityResolver;
import org.newsledger.store.resolve.EntityResolver.ArticleEntity;
import org.newsledger.store.resolve.EntityResolver.Candidate;
import org.newsledger.store.resolve.EntityResolver.Resolution;
import org.newsledger.store.resolve.LedgerEntity;
import org.newsledger.store.resolve.PersonNames;

/** Links each entity of a new article to a ledger entity, creating or enriching it. */
final class LedgerEntityRows {

  static final int MAX_ROLES = 12;
  static final int MAX_CONTEXT = 300;

  private final Connection connection;

  LedgerEntityRows(Connection connection) {
    this.connection = connection;
  }

  /** Resolves every entity of the stored article and records the links. */
  void resolve(long articleId, Document doc) throws SQLException {
    List<Entity> entities = doc.getOrEmpty(Layers.ENTITIES);
    for (Entity entity : entities) {
      ArticleEntity articleEntity = articleEntity(entity, entities, doc.meta().published());
      Resolution resolution = EntityResolver.resolve(articleEntity, candidates(articleEntity));
      long ledgerId =
          resolution.ledgerEntityId() == null ? create(articleEntity) : resolution.ledgerEntityId();
      enrich(ledgerId, articleEntity);
      FactRows.execute(
          connection,
          "INSERT INTO entity_links (article_id, entity_id,"
              + " ledger_entity_id, rule) VALUES (?, ?, ?, ?)",
          articleId,
          entity.id(),
          ledgerId,
          resolution.rule());
      FactRows.execute(
          connection,
          "INSERT OR IGNORE INTO ledger_entity_context (ledger_entity_id, name)"
              + " SELECT ?, name FROM entities WHERE article_id = ? AND entity_id <> ?",
          ledgerId,
          articleId,
          entity.id());
    }
  }

  /** The entity as resolution sees it: its name keys, roles, date and the article's other names. */
  static ArticleEntity articleEntity(Entity entity, List<Entity> all, String published) {
    Set<String> keys = new LinkedHashSet<>();
    keys.add(EntityResolver.key(entity.name()));
    entity.aliases().forEach(alias -> keys.add(EntityResolver.key(alias)));
    Set<String> context = new LinkedHashSet<>();
    for (Entity other : all) {
      if (!other.id().equals(entity.id())) {
        context.add(EntityResolver.key(other.name()));
      }
    }
    return new ArticleEntity(
        entity.name(), entity.type(), keys, entity.roles(), published, context);
  }

  private List<Candidate> candidates(ArticleEntity entity) throws SQLException {
    Set<Long> ids = new LinkedHashSet<>();
    try (PreparedStatement byName =
        connection.prepareStatement(
            "SELECT ledger_entity_id FROM ledger_entity_names WHERE name_key = ?")) {
      for (String key : entity.keys()) {
        byName.setString(1, key);
        collect(byName, ids);
      }
    }
    if (entity.type() == EntityType.PERSON) {
      try (PreparedStatement bySurname =
          connection.prepareStatement(
              "SELECT id FROM ledger_entities WHERE type = ? AND surname_key = ?")) {
        FactRows.bind(bySurname, entity.type().name(), PersonNames.surname(entity.name()));
        collect(bySurname, ids);
      }
    }
    List<Candidate> candidates = new ArrayList<>();
    for (long id : ids) {
      candidates.add(new Candidate(LedgerEntityQueries.entity(connection, id), context(id)));
    }
    return candidates;
  }

  private static void collect(PreparedStatement select, Set<Long> ids) throws SQLException {
    try (ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        ids.add(rows.getLong(1));
      }
    }
  }

  /**
   * Keys of the names beside the ledger entity in its articles (at most {@value #MAX_CONTEXT}
   * names, the first in name order), kept in {@code ledger_entity_context} as articles are linked.
   */
  private Set<String> context(long ledgerId) throws SQLException {
    Set<String> context = new LinkedHashSet<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT name FROM ledger_entity_context WHERE ledger_entity_id = ? LIMIT "
                + MAX_CONTEXT)) {
      select.setLong(1, ledgerId);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          context.add(EntityResolver.key(rows.getString(1)));
        }
      }
    }
    return context;
  }

  private long create(ArticleEntity entity) throws SQLException {
    long id = FactRows.count(connection, "SELECT COALESCE(MAX(id), 0) + 1 FROM ledger_entities");
    FactRows.execute(
        connection,
        "INSERT INTO ledger_entities (id, name, type, surname_key, roles,"
            + " article_count, first_seen, last_seen) VALUES (?, ?, ?, ?, '', 0, NULL, NULL)",
        id,
        entity.name(),
        entity.type().name(),
        surnameKey(entity.name(), entity.type()));
    return id;
  }

  /** Adds the article's names, roles and date; a fuller name becomes the canonical one. */
  private void enrich(long ledgerId, ArticleEntity entity) throws SQLException {
    LedgerEntity ledger = LedgerEntityQueries.entity(connection, ledgerId);
    String name = canonicalName(ledger.name(), entity.name());
    String published = StoryCandidates.date(entity.published());
    FactRows.execute(
        connection,
        "UPDATE ledger_entities SET name = ?, surname_key = ?, roles = ?,"
            + " article_count = article_count + 1,"
            + " first_seen = CASE WHEN first_seen IS NULL OR ? < first_seen THEN ? ELSE first_seen END,"
            + " last_seen = CASE WHEN last_seen IS NULL OR ? > last_seen THEN ? ELSE last_seen END"
            + " WHERE id = ?",
        name,
        surnameKey(name, ledger.type()),
        roles(ledger.roles(), entity.roles()),
        published,
        published,
        published,
        published,
        ledgerId);
    for (String key : entity.keys()) {
      FactRows.execute(
          connection,
          "INSERT INTO ledger_entity_names (ledger_entity_id, name_key)"
              + " VALUES (?, ?) ON CONFLICT DO NOTHING",
          ledgerId,
          key);
    }
  }

  /** The name a ledger entity keeps after an article names it: the one with more words. */
  static String canonicalName(String ledgerName, String articleName) {
    boolean fuller = articleName.split("\\s+").length > ledgerName.split("\\s+").length;
    return fuller ? articleName : ledgerName;
  }

  /** The roles a ledger entity keeps, as stored: its own then the article's, at most 12, lines. */
  static String roles(List<String> ledgerRoles, List<String> articleRoles) {
    Set<String> roles = new LinkedHashSet<>(ledgerRoles);
    roles.addAll(articleRoles);
    return String.join("\n", roles.stream().limit(MAX_ROLES).toList());
  }

  /** The stored roles as a list (as {@link LedgerEntityQueries} reads them). */
  static List<String> roleList(String stored) {
    return stored.isEmpty() ? List.of() : List.of(stored.split("\n"));
  }

  /** The key a person is looked up by: the surname; other entities by their whole name. */
  static String surnameKey(String name, EntityType type) {
    return type == EntityType.PERSON ? PersonNames.surname(name) : EntityResolver.key(name);
  }
}
