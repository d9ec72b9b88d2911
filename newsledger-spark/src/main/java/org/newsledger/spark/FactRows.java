package org.newsledger.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.newsledger.core.Document;
import org.newsledger.core.Layers;
import org.newsledger.core.facts.Attribution;
import org.newsledger.core.facts.Claim;
import org.newsledger.core.facts.ClaimSource;
import org.newsledger.core.facts.EpistemicAct;
import org.newsledger.core.facts.Event;
import org.newsledger.core.facts.Quantity;
import org.newsledger.core.facts.StatusChange;
import org.newsledger.core.facts.TimeExpression;

/**
 * The rows of a document's facts: attributions, epistemic acts, times, quantities, events, claims.
 */
final class FactRows {

  private FactRows() {}

  /** Adds the rows of every fact layer of {@code doc} to {@code rows}. */
  static void addTo(List<TableRow> rows, DocumentRows.Keys keys, Document doc) {
    List<Attribution> attributions = doc.getOrEmpty(Layers.ATTRIBUTIONS);
    Map<String, Attribution> byId = new HashMap<>();
    attributions.forEach(a -> byId.put(a.id(), a));
    for (int i = 0; i < attributions.size(); i++) {
      rows.add(new TableRow("attributions", attribution(keys, i, attributions.get(i), byId)));
    }
    List<EpistemicAct> acts = doc.getOrEmpty(Layers.EPISTEMIC);
    for (int i = 0; i < acts.size(); i++) {
      rows.add(new TableRow("epistemic", epistemic(keys, i, acts.get(i))));
    }
    List<TimeExpression> times = doc.getOrEmpty(Layers.TIMES);
    for (int i = 0; i < times.size(); i++) {
      TimeExpression t = times.get(i);
      Row row =
          keys.row(
              i,
              t.id(),
              t.text(),
              t.span().begin(),
              t.span().end(),
              Spans.label(t.type()),
              t.value(),
              t.rule());
      rows.add(new TableRow("times", row));
    }
    List<Quantity> quantities = doc.getOrEmpty(Layers.QUANTITIES);
    for (int i = 0; i < quantities.size(); i++) {
      rows.add(new TableRow("quantities", quantity(keys, i, quantities.get(i))));
    }
    List<Event> events = doc.getOrEmpty(Layers.EVENTS);
    for (int i = 0; i < events.size(); i++) {
      rows.add(new TableRow("events", event(keys, i, events.get(i))));
    }
    List<Claim> claims = doc.getOrEmpty(Layers.CLAIMS);
    for (int i = 0; i < claims.size(); i++) {
      rows.add(new TableRow("claims", claim(keys, i, claims.get(i))));
    }
  }

  private static Row attribution(
      DocumentRows.Keys keys, int ordinal, Attribution a, Map<String, Attribution> byId) {
    return keys.row(
        ordinal,
        a.id(),
        a.kind().label(),
        Spans.excerpt(a.cue()),
        Spans.excerpt(a.content()),
        Spans.source(a.source()),
        a.via(),
        a.inHeadline(),
        a.rule(),
        Spans.array(sourceChain(a, byId)),
        a.contentParts().size() > 1
            ? Spans.array(a.contentParts().stream().map(Spans::excerpt).toList())
            : null);
  }

  /** The names of the sources {@code a} is reported through, nearest first. */
  private static List<String> sourceChain(Attribution a, Map<String, Attribution> byId) {
    List<String> chain = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Attribution outer = byId.get(a.via());
        outer != null && seen.add(outer.id());
        outer = byId.get(outer.via())) {
      chain.add(outer.source().name());
    }
    return chain;
  }

  private static Row epistemic(DocumentRows.Keys keys, int ordinal, EpistemicAct act) {
    return keys.row(
        ordinal,
        act.id(),
        act.act().label(),
        Spans.source(act.actor()),
        Spans.excerpt(act.cue()),
        Spans.excerpt(act.target()),
        act.span().begin(),
        act.span().end(),
        act.rule());
  }

  private static Row quantity(DocumentRows.Keys keys, int ordinal, Quantity q) {
    return keys.row(
        ordinal,
        q.id(),
        q.text(),
        q.span().begin(),
        q.span().end(),
        q.number(),
        q.value(),
        q.upper(),
        Spans.label(q.qualifier()),
        q.unit(),
        Spans.excerpt(q.counted()),
        q.equivalentOf(),
        q.rule());
  }

  private static Row event(DocumentRows.Keys keys, int ordinal, Event v) {
    Row time =
        v.timeId() == null && v.time() == null ? null : RowFactory.create(v.timeId(), v.time());
    return keys.row(
        ordinal,
        v.id(),
        Spans.excerpt(v.trigger()),
        v.span().begin(),
        v.span().end(),
        v.type(),
        v.mode(),
        v.cameo(),
        Spans.argument(v.actor()),
        Spans.argument(v.target()),
        Spans.argument(v.location()),
        time,
        v.negated(),
        Spans.label(v.modality()),
        v.attributionId(),
        v.rule());
  }

  private static Row claim(DocumentRows.Keys keys, int ordinal, Claim c) {
    List<Row> sources = new ArrayList<>();
    for (ClaimSource s : c.sources()) {
      sources.add(
          RowFactory.create(s.entityId(), s.name(), Spans.label(s.type()), s.attributionId()));
    }
    List<Row> history = new ArrayList<>();
    for (StatusChange change : c.history()) {
      history.add(
          RowFactory.create(
              change.status().label(),
              change.by(),
              change.entityId(),
              Spans.excerpt(change.evidence()),
              change.rule()));
    }
    return keys.row(
        ordinal,
        c.id(),
        Spans.excerpt(c.proposition()),
        c.eventId(),
        Spans.array(sources),
        c.status().label(),
        Spans.array(history),
        c.rule());
  }
}
