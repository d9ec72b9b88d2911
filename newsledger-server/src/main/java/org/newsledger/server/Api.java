package org.newsledger.server;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsledger.store.LedgerStore;
import org.newsledger.store.resolve.LedgerEntity;
import org.newsledger.store.stories.Story;

/** The read handlers of the API: each parses the request, asks the ledger and writes JSON. */
final class Api {

  private final LedgerStore store;
  private final LedgerReads reads;
  private final ObjectMapper json;
  private final Exports exports;

  Api(LedgerStore store, LedgerReads reads, ObjectMapper json) {
    this.store = requireNonNull(store, "store is null");
    this.reads = requireNonNull(reads, "reads is null");
    this.json = requireNonNull(json, "json is null");
    this.exports = new Exports(json);
  }

  void articles(Context ctx) throws JsonProcessingException {
    exports.write(ctx, reads.articles(filters(ctx), paging(ctx)), "articles");
  }

  void statements(Context ctx) throws JsonProcessingException {
    exports.write(ctx, reads.statements(filters(ctx), paging(ctx)), "statements");
  }

  void entities(Context ctx) throws JsonProcessingException {
    exports.write(ctx, reads.entities(filters(ctx), paging(ctx)), "entities");
  }

  void stories(Context ctx) throws JsonProcessingException {
    exports.write(ctx, reads.stories(filters(ctx), paging(ctx)), "stories");
  }

  void claims(Context ctx) throws JsonProcessingException {
    exports.write(ctx, reads.claims(filters(ctx), paging(ctx)), "claims");
  }

  void events(Context ctx) throws JsonProcessingException {
    exports.write(ctx, reads.events(filters(ctx), paging(ctx)), "events");
  }

  /** One article: its row and its newsledger/1 record. */
  void article(Context ctx) throws JsonProcessingException {
    Map<String, Object> row =
        new LinkedHashMap<>(reads.article(id(ctx)).orElseThrow(() -> missing(ctx, "article")));
    row.put("record", json.readTree((String) row.remove("analysis")));
    ctx.json(row);
  }

  /** One ledger entity: names, roles, statements across articles and its timeline. */
  void entity(Context ctx) {
    long id = id(ctx);
    Map<String, Object> row =
        new LinkedHashMap<>(reads.one("entity", id).orElseThrow(() -> missing(ctx, "entity")));
    String name = (String) row.get("name");
    LedgerEntity entity =
        store.ledgerEntities(name).stream().filter(e -> e.id() == id).findFirst().orElseThrow();
    row.put("names", entity.names());
    row.put("roles", entity.roles());
    row.put("statements", store.whoSaid(name));
    row.put("timeline", store.timeline(name));
    ctx.json(row);
  }

  /** One story: its articles, timeline, claims board, who is involved and who said what. */
  void story(Context ctx) {
    long id = id(ctx);
    Map<String, Object> row =
        new LinkedHashMap<>(reads.one("story", id).orElseThrow(() -> missing(ctx, "story")));
    Story story = store.stories().stream().filter(s -> s.id() == id).findFirst().orElseThrow();
    row.put("involved", story.topEntities());
    row.put("terms", story.topTerms());
    row.put(
        "articles", reads.articles(Filters.of(Map.of("story", Long.toString(id))), all()).items());
    row.put("timeline", store.storyTimeline(id));
    row.put("claims", store.storyClaims(id));
    row.put("statements", store.storyStatements(id));
    ctx.json(row);
  }

  /** One claim across articles: its sources and status history with each change's evidence. */
  void claim(Context ctx) {
    long id = id(ctx);
    Map<String, Object> row =
        new LinkedHashMap<>(reads.one("claim", id).orElseThrow(() -> missing(ctx, "claim")));
    reads
        .storyOfClaim(id)
        .flatMap(story -> store.storyClaims(story).stream().filter(c -> c.id() == id).findFirst())
        .ifPresent(
            claim -> {
              row.put("sources", claim.sources());
              row.put("history", claim.history());
            });
    ctx.json(row);
  }

  /** Full-text search over statements and articles, with claims and events, and facet counts. */
  void search(Context ctx) throws JsonProcessingException {
    Filters filters = filters(ctx);
    Paging paging = paging(ctx);
    Page statements = reads.statements(filters, paging);
    if (ctx.queryParam("format") != null) {
      exports.write(ctx, statements, "statements");
      return;
    }
    Page articles = reads.articles(filters, paging);
    Page claims = reads.claims(filters, paging);
    Page events = reads.events(Filters.of(Map.of()), all());
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("statements", envelope(statements));
    result.put("articles", envelope(articles));
    result.put("claims", envelope(claims));
    result.put(
        "facets",
        Facets.of(
            reads.statements(filters, all()).items(),
            reads.claims(filters, all()).items(),
            eventsOf(events, reads.articles(filters, all()))));
    ctx.json(result);
  }

  private static List<Map<String, Object>> eventsOf(Page events, Page articles) {
    var ids = articles.items().stream().map(a -> a.get("id")).toList();
    return events.items().stream().filter(e -> ids.contains(e.get("article"))).toList();
  }

  private static Map<String, Object> envelope(Page page) {
    Map<String, Object> envelope = new LinkedHashMap<>();
    envelope.put("total", page.total());
    envelope.put("items", page.items());
    return envelope;
  }

  private static Filters filters(Context ctx) {
    Map<String, String> values = new LinkedHashMap<>();
    ctx.queryParamMap().forEach((name, list) -> values.put(name, list.get(0)));
    return Filters.of(values);
  }

  static Paging paging(Context ctx) {
    return new Paging(intParam(ctx, "limit", Paging.DEFAULT_LIMIT), intParam(ctx, "offset", 0));
  }

  private static Paging all() {
    return new Paging(Paging.MAX_LIMIT, 0);
  }

  private static int intParam(Context ctx, String name, int otherwise) {
    String value = ctx.queryParam(name);
    if (value == null || value.isBlank()) {
      return otherwise;
    }
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw Problem.badRequest(name + " must be a whole number: " + value);
    }
  }

  private static long id(Context ctx) {
    String value = ctx.pathParam("id");
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw Problem.notFound("no such id: " + value);
    }
  }

  private static Problem missing(Context ctx, String kind) {
    return Problem.notFound("no " + kind + " " + ctx.pathParam("id"));
  }
}
