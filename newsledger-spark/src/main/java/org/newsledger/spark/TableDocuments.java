package org.newsledger.spark;

import static org.newsledger.spark.RowValues.argument;
import static org.newsledger.spark.RowValues.excerpt;
import static org.newsledger.spark.RowValues.inOrder;
import static org.newsledger.spark.RowValues.integer;
import static org.newsledger.spark.RowValues.ownSpan;
import static org.newsledger.spark.RowValues.parse;
import static org.newsledger.spark.RowValues.rows;
import static org.newsledger.spark.RowValues.source;
import static org.newsledger.spark.RowValues.span;
import static org.newsledger.spark.RowValues.string;
import static org.newsledger.spark.RowValues.strings;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.spark.sql.Row;
import org.newsledger.core.ArticleMeta;
import org.newsledger.core.CharSpan;
import org.newsledger.core.Diagnostic;
import org.newsledger.core.Document;
import org.newsledger.core.Excerpt;
import org.newsledger.core.Layers;
import org.newsledger.core.facts.Attribution;
import org.newsledger.core.facts.AttributionKind;
import org.newsledger.core.facts.Claim;
import org.newsledger.core.facts.ClaimSource;
import org.newsledger.core.facts.ClaimStatus;
import org.newsledger.core.facts.Entity;
import org.newsledger.core.facts.EntityType;
import org.newsledger.core.facts.EpistemicAct;
import org.newsledger.core.facts.EpistemicKind;
import org.newsledger.core.facts.Event;
import org.newsledger.core.facts.EventModality;
import org.newsledger.core.facts.Mention;
import org.newsledger.core.facts.MentionKind;
import org.newsledger.core.facts.Quantity;
import org.newsledger.core.facts.QuantityQualifier;
import org.newsledger.core.facts.SourceType;
import org.newsledger.core.facts.StatusChange;
import org.newsledger.core.facts.TimeExpression;
import org.newsledger.core.facts.TimeType;

/**
 * Rebuilds analyzed documents from the tables: an article row that carries, per fact table, the
 * array of its rows (a field named like the table). The inverse of {@link DocumentRows}, so the
 * store can take an analysis done by Spark without analyzing again.
 */
public final class TableDocuments {

  private TableDocuments() {}

  /** The analyzed document of one article row with its fact arrays. */
  public static Document of(Row article) {
    List<CharSpan> datelineSpans = new ArrayList<>();
    rows(article, "dateline_spans").forEach(span -> datelineSpans.add(span(span)));
    ArticleMeta meta =
        new ArticleMeta(
            string(article, "article_id"),
            string(article, "title"),
            string(article, "published"),
            string(article, "dateline"),
            string(article, "url"),
            span(article.getAs("title_span")),
            datelineSpans,
            string(article, "author"),
            string(article, "language"));
    Document doc =
        Document.of(meta, string(article, "text"))
            .with(Layers.TIMES, facts(article, "times", TableDocuments::time))
            .with(Layers.MENTIONS, facts(article, "mentions", TableDocuments::mention))
            .with(Layers.ENTITIES, facts(article, "entities", TableDocuments::entity))
            .with(Layers.ATTRIBUTIONS, facts(article, "attributions", TableDocuments::attribution))
            .with(Layers.EPISTEMIC, facts(article, "epistemic", TableDocuments::epistemic))
            .with(Layers.QUANTITIES, facts(article, "quantities", TableDocuments::quantity))
            .with(Layers.EVENTS, facts(article, "events", TableDocuments::event))
            .with(Layers.CLAIMS, facts(article, "claims", TableDocuments::claim));
    for (Row d : inOrder(article, "diagnostics")) {
      doc =
          doc.withDiagnostic(
              new Diagnostic(
                  string(d, "code"), string(d, "message"), string(d, "stage"), ownSpan(d)));
    }
    return doc;
  }

  private static <T> List<T> facts(Row article, String table, Function<Row, T> reader) {
    List<T> facts = new ArrayList<>();
    inOrder(article, table).forEach(row -> facts.add(reader.apply(row)));
    return facts;
  }

  private static TimeExpression time(Row t) {
    return new TimeExpression(
        string(t, "id"),
        ownSpan(t),
        string(t, "text"),
        parse(TimeType.class, string(t, "type")),
        string(t, "value"),
        string(t, "rule"));
  }

  private static Mention mention(Row m) {
    return new Mention(
        string(m, "id"),
        ownSpan(m),
        string(m, "text"),
        parse(EntityType.class, string(m, "entity_type")),
        parse(MentionKind.class, string(m, "kind")),
        string(m, "entity"),
        string(m, "rule"));
  }

  private static Entity entity(Row e) {
    return new Entity(
        string(e, "id"),
        string(e, "name"),
        parse(EntityType.class, string(e, "type")),
        string(e, "subtype"),
        strings(e, "aliases"),
        strings(e, "roles"),
        strings(e, "mention_ids"),
        span(e.getAs("span")),
        string(e, "rule"));
  }

  private static Attribution attribution(Row a) {
    Excerpt content = excerpt(a.getAs("content"));
    List<Excerpt> parts = rows(a, "content_parts").stream().map(RowValues::excerpt).toList();
    return new Attribution(
        string(a, "id"),
        parse(AttributionKind.class, string(a, "kind")),
        excerpt(a.getAs("cue")),
        content,
        source(a.getAs("source")),
        string(a, "via"),
        a.<Boolean>getAs("in_headline"),
        string(a, "rule"),
        parts.isEmpty() ? List.of(content) : parts);
  }

  private static EpistemicAct epistemic(Row x) {
    return new EpistemicAct(
        string(x, "id"),
        parse(EpistemicKind.class, string(x, "act")),
        source(x.getAs("actor")),
        excerpt(x.getAs("cue")),
        excerpt(x.getAs("target")),
        ownSpan(x),
        string(x, "rule"));
  }

  private static Quantity quantity(Row q) {
    return new Quantity(
        string(q, "id"),
        ownSpan(q),
        string(q, "text"),
        string(q, "number"),
        q.<Double>getAs("value"),
        q.<Double>getAs("upper"),
        parse(QuantityQualifier.class, string(q, "qualifier")),
        string(q, "unit"),
        excerpt(q.getAs("counted")),
        string(q, "equivalent_of"),
        string(q, "rule"));
  }

  private static Event event(Row v) {
    Row time = v.getAs("time");
    return new Event(
        string(v, "id"),
        excerpt(v.getAs("trigger")),
        ownSpan(v),
        string(v, "type"),
        string(v, "mode"),
        string(v, "cameo"),
        argument(v.getAs("actor")),
        argument(v.getAs("target")),
        argument(v.getAs("location")),
        time == null ? null : string(time, "id"),
        time == null ? null : string(time, "value"),
        v.<Boolean>getAs("negated"),
        parse(EventModality.class, string(v, "modality")),
        string(v, "attribution"),
        string(v, "rule"));
  }

  private static Claim claim(Row c) {
    List<ClaimSource> sources = new ArrayList<>();
    for (Row s : rows(c, "sources")) {
      sources.add(
          new ClaimSource(
              string(s, "entity"),
              string(s, "name"),
              parse(SourceType.class, string(s, "type")),
              string(s, "attribution")));
    }
    List<StatusChange> history = new ArrayList<>();
    for (Row h : rows(c, "history")) {
      history.add(
          new StatusChange(
              parse(ClaimStatus.class, string(h, "status")),
              string(h, "by"),
              string(h, "entity"),
              excerpt(h.getAs("evidence")),
              string(h, "rule")));
    }
    return new Claim(
        string(c, "id"),
        excerpt(c.getAs("proposition")),
        string(c, "event"),
        sources,
        parse(ClaimStatus.class, string(c, "status")),
        history,
        string(c, "rule"));
  }

  /** The ordinal of a row (its position among its article's facts). */
  static int ordinal(Row row) {
    return integer(row, "ordinal");
  }
}
