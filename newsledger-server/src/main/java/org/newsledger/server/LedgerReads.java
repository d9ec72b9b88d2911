package org.newsledger.server;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The list queries of the API over a ledger file, each filtered by the request's parameters and
 * paginated; rows are maps keyed by the API's field names.
 */
final class LedgerReads {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private static final String ARTICLES =
      "SELECT ar.id AS id, ar.doc_id AS docId, ar.title AS title, ar.published AS published,"
          + " ar.url AS url, ar.source_label AS sourceLabel, sa.story_id AS story,"
          + " ar.near_duplicate_of AS nearDuplicateOf,"
          + " (SELECT COUNT(*) FROM attributions a WHERE a.article_id = ar.id) AS statements"
          + " FROM articles ar LEFT JOIN story_articles sa ON sa.article_id = ar.id";

  private static final String STATEMENTS =
      "SELECT a.id AS id, a.article_id AS article, ar.published AS published, ar.title AS title,"
          + " ar.url AS url, ar.source_label AS sourceLabel, a.source_name AS speaker,"
          + " lower(a.source_type) AS speakerType, lower(a.kind) AS kind, a.cue AS cue,"
          + " COALESCE(a.said, a.content) AS content, a.content_begin AS contentBegin, a.content_end AS contentEnd,"
          + " a.via AS via, a.rule AS rule"
          + " FROM attributions a JOIN articles ar ON ar.id = a.article_id";

  private static final String ENTITIES =
      "SELECT id, name, lower(type) AS type, roles, article_count AS articles,"
          + " first_seen AS firstSeen, last_seen AS lastSeen FROM ledger_entities";

  private static final String STORIES =
      "SELECT id, title, size, first_published AS firstPublished,"
          + " last_published AS lastPublished FROM stories";

  private static final String CLAIMS =
      "SELECT id, proposition, lower(status) AS status, first_published AS firstPublished,"
          + " last_published AS lastPublished, article_count AS articles FROM ledger_claims";

  private static final String EVENTS =
      "SELECT e.article_id AS article, e.event_id AS eventId, ar.published AS published,"
          + " ar.url AS url, ar.source_label AS sourceLabel, e.ledger_event_id AS ledgerEvent,"
          + " e.type AS type, e.trigger AS trigger, e.trigger_begin AS triggerBegin,"
          + " e.trigger_end AS triggerEnd, e.actor_name AS actor, e.target_name AS target,"
          + " e.time_value AS eventTime, e.event_day AS eventDay, e.negated AS negated,"
          + " lower(e.modality) AS modality, e.rule AS rule"
          + " FROM events e JOIN articles ar ON ar.id = e.article_id";

  private static final String OUTLET =
      "(ar.url LIKE '%://' || ? || '/%' OR ar.url LIKE '%://www.' || ? || '/%'"
          + " OR ar.source_label = ?)";

  private final ReadConnections connections;

  LedgerReads(ReadConnections connections) {
    this.connections = requireNonNull(connections, "connections is null");
  }

  /** Articles; filters q (full text), outlet, from, to (publication day), story. */
  Page articles(Filters f, Paging paging) {
    SqlList list =
        SqlList.of(ARTICLES)
            .filter(
                match(f.text("q")),
                "ar.id IN (SELECT rowid FROM articles_fts WHERE" + " articles_fts MATCH ?)")
            .filter(f.text("outlet"), OUTLET)
            .filter(f.date("from"), "substr(ar.published, 1, 10) >= ?")
            .filter(f.date("to"), "substr(ar.published, 1, 10) <= ?")
            .filter(f.number("story"), "sa.story_id = ?");
    return withOutlets(connections.read(c -> list.page(c, "ar.published, ar.id", paging)));
  }

  /** One article with its text and stored analysis record (JSON text), if stored. */
  Optional<Map<String, Object>> article(long id) {
    List<Map<String, Object>> rows =
        connections.read(
            c ->
                SqlList.rows(
                    c,
                    ARTICLES.replace(
                            " FROM articles ar", ", ar.analysis AS analysis FROM articles ar")
                        + " WHERE ar.id = ?",
                    List.of(id)));
    return rows.stream().findFirst().map(LedgerReads::withOutlet);
  }

  /** Attributed statements; filters q, speaker, outlet, from, to, article, story, kind. */
  Page statements(Filters f, Paging paging) {
    SqlList list =
        SqlList.of(STATEMENTS)
            .filter(
                match(f.text("q")),
                "a.id IN (SELECT rowid FROM statements_fts WHERE" + " statements_fts MATCH ?)")
            .filter(lower(f.text("speaker")), "lower(a.source_name) = ?")
            .filter(f.text("outlet"), OUTLET)
            .filter(f.date("from"), "substr(ar.published, 1, 10) >= ?")
            .filter(f.date("to"), "substr(ar.published, 1, 10) <= ?")
            .filter(f.number("article"), "a.article_id = ?")
            .filter(
                f.number("story"),
                "a.article_id IN (SELECT article_id FROM story_articles" + " WHERE story_id = ?)")
            .filter(upper(f.text("kind")), "a.kind = ?");
    return withOutlets(
        connections.read(c -> list.page(c, "ar.published, a.article_id, a.content_begin", paging)));
  }

  /** Ledger entities; filters q (part of any of its names), type. */
  Page entities(Filters f, Paging paging) {
    String q = lower(f.text("q"));
    SqlList list =
        SqlList.of(ENTITIES)
            .filter(
                q == null ? null : "%" + q + "%",
                "id IN (SELECT ledger_entity_id FROM"
                    + " ledger_entity_names WHERE name_key LIKE ?)")
            .filter(upper(f.text("type")), "type = ?");
    return connections.read(c -> list.page(c, "article_count DESC, id", paging));
  }

  /** Stories; filters q (part of the title), from, to (overlapping the story's dates). */
  Page stories(Filters f, Paging paging) {
    String q = lower(f.text("q"));
    SqlList list =
        SqlList.of(STORIES)
            .filter(q == null ? null : "%" + q + "%", "lower(title) LIKE ?")
            .filter(f.date("from"), "substr(last_published, 1, 10) >= ?")
            .filter(f.date("to"), "substr(first_published, 1, 10) <= ?");
    return connections.read(c -> list.page(c, "size DESC, id", paging));
  }

  /**
   * Claims across articles, disputed first; filters q, status, entity (a source's name), story,
   * from, to (overlapping the claim's dates).
   */
  Page claims(Filters f, Paging paging) {
    String q = lower(f.text("q"));
    String entity = lower(f.text("entity"));
    SqlList list =
        SqlList.of(CLAIMS)
            .filter(q == null ? null : "%" + q + "%", "lower(proposition) LIKE ?")
            .filter(upper(f.text("status")), "status = ?")
            .filter(
                entity == null ? null : "%" + entity + "%",
                "id IN (SELECT c.ledger_claim_id"
                    + " FROM claims c JOIN claim_sources x ON x.article_id = c.article_id"
                    + " AND x.claim_id = c.claim_id WHERE lower(x.name) LIKE ?)")
            .filter(
                f.number("story"),
                "id IN (SELECT c.ledger_claim_id FROM claims c JOIN"
                    + " story_articles s ON s.article_id = c.article_id WHERE s.story_id = ?)")
            .filter(f.date("from"), "substr(last_published, 1, 10) >= ?")
            .filter(f.date("to"), "substr(first_published, 1, 10) <= ?");
    return connections.read(c -> list.page(c, "status <> 'DISPUTED', first_published, id", paging));
  }

  /** Event reports; filters q (trigger words), type, actor, story, from, to (event day). */
  Page events(Filters f, Paging paging) {
    String q = lower(f.text("q"));
    String actor = lower(f.text("actor"));
    SqlList list =
        SqlList.of(EVENTS)
            .filter(q == null ? null : "%" + q + "%", "lower(e.trigger) LIKE ?")
            .filter(upper(f.text("type")), "upper(e.type) = ?")
            .filter(actor, "(lower(e.actor_name) = ? OR lower(e.target_name) = ?)")
            .filter(
                f.number("story"),
                "e.article_id IN (SELECT article_id FROM story_articles" + " WHERE story_id = ?)")
            .filter(f.date("from"), "COALESCE(e.event_day, substr(ar.published, 1, 10)) >= ?")
            .filter(f.date("to"), "COALESCE(e.event_day, substr(ar.published, 1, 10)) <= ?");
    return withOutlets(
        connections.read(
            c ->
                list.page(
                    c,
                    "COALESCE(e.event_day, substr(ar.published, 1, 10)), ar.published,"
                        + " e.article_id, e.trigger_begin",
                    paging)));
  }

  /** One row of a table by id ({@code kind} one of ledger_entities, stories, ledger_claims). */
  Optional<Map<String, Object>> one(String kind, long id) {
    String select =
        switch (kind) {
          case "entity" -> ENTITIES;
          case "story" -> STORIES;
          case "claim" -> CLAIMS;
          default -> throw new IllegalArgumentException("unknown kind: " + kind);
        };
    return connections.read(c -> SqlList.rows(c, select + " WHERE id = ?", List.of(id))).stream()
        .findFirst();
  }

  /** The story the article belongs to (its first story), if any. */
  Optional<Long> storyOfClaim(long claimId) {
    return connections
        .read(
            c ->
                SqlList.rows(
                    c,
                    "SELECT s.story_id AS story FROM claims c JOIN story_articles s"
                        + " ON s.article_id = c.article_id WHERE c.ledger_claim_id = ?"
                        + " ORDER BY s.story_id LIMIT 1",
                    List.of(claimId)))
        .stream()
        .findFirst()
        .map(row -> ((Number) row.get("story")).longValue());
  }

  /** An FTS5 query requiring every word of the text, each quoted; null when it has no words. */
  static String match(String text) {
    if (text == null) {
      return null;
    }
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      words.add('"' + m.group() + '"');
    }
    return words.isEmpty() ? null : String.join(" ", words);
  }

  /** The URL's host without "www.", else the input label. */
  static String outlet(Object url, Object sourceLabel) {
    if (url != null) {
      try {
        String host = URI.create(url.toString().strip()).getHost();
        if (host != null && !host.isEmpty()) {
          return host.startsWith("www.") ? host.substring(4) : host;
        }
      } catch (IllegalArgumentException e) {
        // A malformed address still leaves the input label to name the outlet.
      }
    }
    return sourceLabel == null ? null : sourceLabel.toString();
  }

  private static Page withOutlets(Page page) {
    List<String> columns = new ArrayList<>();
    for (String column : page.columns()) {
      if (!column.equals("sourceLabel")) {
        columns.add(column);
      }
      if (column.equals("url")) {
        columns.add("outlet");
      }
    }
    return new Page(
        columns,
        page.items().stream().map(LedgerReads::withOutlet).toList(),
        page.total(),
        page.paging());
  }

  private static Map<String, Object> withOutlet(Map<String, Object> row) {
    Map<String, Object> copy = new LinkedHashMap<>();
    row.forEach(
        (key, value) -> {
          if (!key.equals("sourceLabel")) {
            copy.put(key, value);
          }
          if (key.equals("url")) {
            copy.put("outlet", outlet(value, row.get("sourceLabel")));
          }
        });
    return copy;
  }

  private static String lower(String value) {
    return value == null ? null : value.toLowerCase(Locale.ROOT);
  }

  private static String upper(String value) {
    return value == null ? null : value.toUpperCase(Locale.ROOT);
  }
}
