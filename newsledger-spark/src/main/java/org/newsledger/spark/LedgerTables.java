package org.newsledger.spark;

import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.newsledger.store.LedgerClaim;
import org.newsledger.store.MemoryLedger;
import org.newsledger.store.resolve.LedgerEntity;
import org.newsledger.store.stories.Story;

/**
 * The Parquet tables of the cross-article ledger, as the store holds it. Articles are numbered in
 * ingest order from 1 ({@code ledger_article_id}, the store's article id); {@code article_id} and
 * {@code doc_key} join them to the analysis {@link Tables}.
 */
public final class LedgerTables {

  /** Every stored article with its story. */
  public static final StructType LEDGER_ARTICLES =
      struct(
          field("ledger_article_id", LongType),
          field("doc_key", StringType),
          field("article_id", StringType),
          field("label", StringType),
          field("url", StringType),
          field("published", StringType),
          field("story_id", LongType),
          field("story_similarity", DoubleType),
          field("story_rule", StringType));

  /** Stories: title, size, date range and the heaviest entity names and terms of the centroid. */
  public static final StructType STORIES =
      struct(
          field("story_id", LongType),
          field("title", StringType),
          field("size", IntegerType),
          field("first_published", StringType),
          field("last_published", StringType),
          field("top_entities", createArrayType(StringType)),
          field("top_terms", createArrayType(StringType)));

  /** The same person, organisation or place across articles. */
  public static final StructType LEDGER_ENTITIES =
      struct(
          field("ledger_entity_id", LongType),
          field("name", StringType),
          field("type", StringType),
          field("names", createArrayType(StringType)),
          field("roles", createArrayType(StringType)),
          field("article_count", IntegerType),
          field("first_seen", StringType),
          field("last_seen", StringType));

  /** Each article entity's ledger entity and the resolution rule that decided. */
  public static final StructType ENTITY_LINKS = links("entity_id", "ledger_entity_id");

  /** Events of one type between the same ledger entities within days, across articles. */
  public static final StructType LEDGER_EVENTS =
      struct(
          field("ledger_event_id", LongType),
          field("type", StringType),
          field("actor_ledger_id", LongType),
          field("target_ledger_id", LongType),
          field("event_day", StringType),
          field("first_published", StringType),
          field("last_published", StringType),
          field("article_count", IntegerType));

  /** Each article event's ledger event. */
  public static final StructType EVENT_LINKS = links("event_id", "ledger_event_id");

  /** Claims across articles with where they stand. */
  public static final StructType LEDGER_CLAIMS =
      struct(
          field("ledger_claim_id", LongType),
          field("proposition", StringType),
          field("status", StringType),
          field("first_published", StringType),
          field("last_published", StringType),
          field("article_count", IntegerType));

  /** Each article claim's ledger claim. */
  public static final StructType CLAIM_LINKS = links("claim_id", "ledger_claim_id");

  /** Who put each ledger claim forward, per article, oldest article first. */
  public static final StructType CLAIM_SOURCES =
      struct(
          field("ledger_claim_id", LongType),
          field("position", IntegerType),
          field("name", StringType),
          field("type", StringType),
          field("ledger_article_id", LongType),
          field("published", StringType),
          field("outlet", StringType));

  /** Every status change of each ledger claim, per article, oldest article first. */
  public static final StructType CLAIM_HISTORY =
      struct(
          field("ledger_claim_id", LongType),
          field("position", IntegerType),
          field("status", StringType),
          field("by", StringType),
          field("evidence", StringType),
          field("evidence_begin", IntegerType),
          field("evidence_end", IntegerType),
          field("ledger_article_id", LongType),
          field("published", StringType),
          field("outlet", StringType),
          field("rule", StringType));

  /** Every ledger table by its folder name, in a fixed order. */
  public static final Map<String, StructType> ALL =
      Tables.inOrder(
          Map.entry("ledger_articles", LEDGER_ARTICLES),
          Map.entry("stories", STORIES),
          Map.entry("ledger_entities", LEDGER_ENTITIES),
          Map.entry("entity_links", ENTITY_LINKS),
          Map.entry("ledger_events", LEDGER_EVENTS),
          Map.entry("event_links", EVENT_LINKS),
          Map.entry("ledger_claims", LEDGER_CLAIMS),
          Map.entry("claim_links", CLAIM_LINKS),
          Map.entry("claim_sources", CLAIM_SOURCES),
          Map.entry("claim_history", CLAIM_HISTORY));

  /** The table names in a fixed order. */
  public static final List<String> NAMES = List.copyOf(ALL.keySet());

  private LedgerTables() {}

  /**
   * The rows of every ledger table.
   *
   * @param ledger the ledger built
   * @param docKeys the {@code doc_key} of each of its articles, in ingest order
   */
  static List<TableRow> rows(MemoryLedger ledger, List<String> docKeys) {
    List<TableRow> rows = new ArrayList<>();
    for (MemoryLedger.ArticleRow a : ledger.articles()) {
      rows.add(
          row(
              "ledger_articles",
              a.id(),
              docKey(docKeys, a.id()),
              a.docId(),
              a.label(),
              a.url(),
              a.published(),
              a.storyId(),
              a.similarity(),
              a.rule()));
    }
    for (Story s : ledger.stories()) {
      rows.add(
          row(
              "stories",
              s.id(),
              s.title(),
              s.size(),
              s.firstPublished(),
              s.lastPublished(),
              Spans.array(s.topEntities()),
              Spans.array(s.topTerms())));
    }
    for (LedgerEntity e : ledger.entities()) {
      rows.add(
          row(
              "ledger_entities",
              e.id(),
              e.name(),
              e.type().name(),
              Spans.array(e.names()),
              Spans.array(e.roles()),
              e.articles(),
              e.firstSeen(),
              e.lastSeen()));
    }
    for (MemoryLedger.EntityLink l : ledger.entityLinks()) {
      rows.add(
          row(
              "entity_links",
              l.articleId(),
              docKey(docKeys, l.articleId()),
              l.entityId(),
              l.ledgerEntityId(),
              l.rule()));
    }
    for (MemoryLedger.LedgerEvent e : ledger.events()) {
      rows.add(
          row(
              "ledger_events",
              e.id(),
              e.type(),
              e.actor(),
              e.target(),
              e.day(),
              e.firstPublished(),
              e.lastPublished(),
              e.articles()));
    }
    for (MemoryLedger.EventLink l : ledger.eventLinks()) {
      rows.add(
          row(
              "event_links",
              l.articleId(),
              docKey(docKeys, l.articleId()),
              l.eventId(),
              l.ledgerEventId(),
              l.rule()));
    }
    Map<Long, Set<Long>> claimArticles = new HashMap<>();
    for (MemoryLedger.ClaimLink l : ledger.claimLinks()) {
      claimArticles
          .computeIfAbsent(l.ledgerClaimId(), id -> new LinkedHashSet<>())
          .add(l.articleId());
      rows.add(
          row(
              "claim_links",
              l.articleId(),
              docKey(docKeys, l.articleId()),
              l.claimId(),
              l.ledgerClaimId(),
              l.rule()));
    }
    for (LedgerClaim c : ledger.claims()) {
      rows.add(
          row(
              "ledger_claims",
              c.id(),
              c.proposition(),
              c.status().name(),
              c.firstPublished(),
              c.lastPublished(),
              claimArticles.getOrDefault(c.id(), Set.of()).size()));
      for (int i = 0; i < c.sources().size(); i++) {
        LedgerClaim.Source s = c.sources().get(i);
        rows.add(
            row(
                "claim_sources",
                c.id(),
                i,
                s.name(),
                s.type(),
                s.articleId(),
                s.published(),
                s.outlet()));
      }
      for (int i = 0; i < c.history().size(); i++) {
        LedgerClaim.Change h = c.history().get(i);
        rows.add(
            row(
                "claim_history",
                c.id(),
                i,
                h.status().name(),
                h.by(),
                h.evidence(),
                h.evidenceSpan().begin(),
                h.evidenceSpan().end(),
                h.articleId(),
                h.published(),
                h.outlet(),
                h.rule()));
      }
    }
    return rows;
  }

  private static String docKey(List<String> docKeys, long articleId) {
    return docKeys.get((int) articleId - 1);
  }

  private static TableRow row(String table, Object... values) {
    return new TableRow(table, RowFactory.create(values));
  }

  private static StructType links(String factId, String ledgerId) {
    return struct(
        field("ledger_article_id", LongType),
        field("doc_key", StringType),
        field(factId, StringType),
        field(ledgerId, LongType),
        field("rule", StringType));
  }

  private static StructType struct(StructField... fields) {
    return DataTypes.createStructType(fields);
  }

  private static StructField field(String name, DataType type) {
    return DataTypes.createStructField(name, type, true);
  }
}
