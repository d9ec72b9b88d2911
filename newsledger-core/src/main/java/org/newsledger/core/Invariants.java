package org.newsledger.core;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsledger.core.facts.Attribution;
import org.newsledger.core.facts.Claim;
import org.newsledger.core.facts.ClaimSource;
import org.newsledger.core.facts.Entity;
import org.newsledger.core.facts.EpistemicAct;
import org.newsledger.core.facts.Event;
import org.newsledger.core.facts.EventArgument;
import org.newsledger.core.facts.Mention;
import org.newsledger.core.facts.Quantity;
import org.newsledger.core.facts.Source;
import org.newsledger.core.facts.StatusChange;
import org.newsledger.core.facts.TimeExpression;
import org.newsledger.core.text.Sentence;
import org.newsledger.core.text.Token;

/**
 * The checks every document must pass: spans inside the text, stored text equal to covered text,
 * ids unique and every reference resolvable, tokens in order, each token in the sentence that holds
 * it.
 */
public final class Invariants {

  private Invariants() {}

  /** Every violation found, one line each; empty when the document is sound. */
  public static List<String> violations(Document doc) {
    Checker checker = new Checker(doc);
    checker.checkLayers();
    return checker.problems;
  }

  /** Throws {@link IllegalStateException} listing the violations, if any. */
  public static void check(Document doc) {
    List<String> problems = violations(doc);
    if (!problems.isEmpty()) {
      throw new IllegalStateException(
          "document '"
              + doc.meta().id()
              + "' breaks invariants:\n  "
              + String.join("\n  ", problems));
    }
  }

  private static final class Checker {
    private final Document doc;
    private final String text;
    private final List<String> problems = new ArrayList<>();

    Checker(Document doc) {
      this.doc = doc;
      this.text = doc.text();
    }

    void checkLayers() {
      doc.meta().datelineSpans().forEach(span -> inside("dateline", span));
      if (doc.meta().titleSpan() != null) {
        inside("title", doc.meta().titleSpan());
      }
      for (Layer<?> layer : doc.layers()) {
        Set<String> ids = new HashSet<>();
        for (Object value : doc.get(layer)) {
          if (value instanceof Annotation a) {
            inside(layer + " " + a.id(), a.span());
            if (!a.id().isEmpty() && !ids.add(a.id())) {
              problems.add(layer + ": duplicate id " + a.id());
            }
            if (a.rule().isBlank()) {
              problems.add(layer + " " + a.id() + ": no rule named");
            }
          }
        }
      }
      checkTokens();
      checkFacts();
      doc.diagnostics().stream()
          .filter(d -> d.span() != null)
          .forEach(d -> inside("diagnostic " + d.code(), d.span()));
    }

    private void checkTokens() {
      List<Token> tokens = doc.getOrEmpty(Layers.TOKENS);
      for (int i = 0; i < tokens.size(); i++) {
        Token token = tokens.get(i);
        covered("token " + i, token.span(), token.text());
        if (token.index() != i) {
          problems.add("token " + i + ": index " + token.index());
        }
        if (i > 0 && token.begin() < tokens.get(i - 1).end()) {
          problems.add("token " + i + ": overlaps or goes back from the token before");
        }
      }
      List<Sentence> sentences = doc.getOrEmpty(Layers.SENTENCES);
      for (int k = 0; k < sentences.size(); k++) {
        Sentence sentence = sentences.get(k);
        if (sentence.index() != k) {
          problems.add("sentence " + k + ": index " + sentence.index());
        }
        if (sentence.tokens().end() > tokens.size()) {
          problems.add("sentence " + sentence.index() + ": token range beyond the tokens");
          continue;
        }
        if (k > 0 && sentence.tokens().first() < sentences.get(k - 1).tokens().end()) {
          problems.add("sentence " + k + ": overlaps or goes back from the sentence before");
        }
        for (int i = sentence.tokens().first(); i < sentence.tokens().end(); i++) {
          if (tokens.get(i).sentenceIndex() != k) {
            problems.add(
                "token " + i + ": in sentence " + k + " but says " + tokens.get(i).sentenceIndex());
            break;
          }
        }
      }
    }

    private void checkFacts() {
      Set<String> entityIds = ids(doc.getOrEmpty(Layers.ENTITIES));
      Set<String> mentionIds = ids(doc.getOrEmpty(Layers.MENTIONS));
      Set<String> attributionIds = ids(doc.getOrEmpty(Layers.ATTRIBUTIONS));
      boolean resolved = doc.has(Layers.ENTITIES);
      for (Mention m : doc.getOrEmpty(Layers.MENTIONS)) {
        covered("mention " + m.id(), m.span(), m.text());
        if (resolved && m.entityId() != null && !entityIds.contains(m.entityId())) {
          problems.add("mention " + m.id() + ": unknown entity " + m.entityId());
        }
      }
      for (Entity e : doc.getOrEmpty(Layers.ENTITIES)) {
        e.mentionIds().stream()
            .filter(id -> !mentionIds.contains(id))
            .forEach(id -> problems.add("entity " + e.id() + ": unknown mention " + id));
      }
      for (Attribution a : doc.getOrEmpty(Layers.ATTRIBUTIONS)) {
        excerpt("attribution " + a.id() + " cue", a.cue());
        excerpt("attribution " + a.id() + " content", a.content());
        a.contentParts().forEach(part -> excerpt("attribution " + a.id() + " content part", part));
        source("attribution " + a.id(), a.source(), entityIds);
        if (a.via() != null && !attributionIds.contains(a.via())) {
          problems.add("attribution " + a.id() + ": unknown via " + a.via());
        }
      }
      for (EpistemicAct x : doc.getOrEmpty(Layers.EPISTEMIC)) {
        excerpt("epistemic " + x.id() + " cue", x.cue());
        if (x.target() != null) {
          excerpt("epistemic " + x.id() + " target", x.target());
        }
        source("epistemic " + x.id(), x.actor(), entityIds);
      }
      for (TimeExpression t : doc.getOrEmpty(Layers.TIMES)) {
        covered("time " + t.id(), t.span(), t.text());
      }
      checkQuantities();
      checkEvents(entityIds, attributionIds);
      checkClaims(entityIds, attributionIds);
    }

    private void checkClaims(Set<String> entityIds, Set<String> attributionIds) {
      Set<String> eventIds = ids(doc.getOrEmpty(Layers.EVENTS));
      for (Claim c : doc.getOrEmpty(Layers.CLAIMS)) {
        String where = "claim " + c.id();
        excerpt(where + " proposition", c.proposition());
        if (c.eventId() != null && !eventIds.contains(c.eventId())) {
          problems.add(where + ": unknown event " + c.eventId());
        }
        for (ClaimSource s : c.sources()) {
          known(where + " source", "attribution", s.attributionId(), attributionIds);
          known(where + " source", "entity", s.entityId(), entityIds);
        }
        if (c.history().isEmpty()) {
          problems.add(where + ": empty history");
        }
        for (StatusChange change : c.history()) {
          excerpt(where + " " + change.status().label() + " evidence", change.evidence());
          known(where + " " + change.status().label(), "entity", change.entityId(), entityIds);
        }
      }
    }

    private void known(String where, String kind, String id, Set<String> ids) {
      if (id != null && !ids.contains(id)) {
        problems.add(where + ": unknown " + kind + " " + id);
      }
    }

    private void checkEvents(Set<String> entityIds, Set<String> attributionIds) {
      Set<String> timeIds = ids(doc.getOrEmpty(Layers.TIMES));
      for (Event v : doc.getOrEmpty(Layers.EVENTS)) {
        String where = "event " + v.id();
        excerpt(where + " trigger", v.trigger());
        argument(where + " actor", v.actor(), entityIds);
        argument(where + " target", v.target(), entityIds);
        argument(where + " location", v.location(), entityIds);
        if (v.timeId() != null && !timeIds.contains(v.timeId())) {
          problems.add(where + ": unknown time " + v.timeId());
        }
        if (v.attributionId() != null && !attributionIds.contains(v.attributionId())) {
          problems.add(where + ": unknown attribution " + v.attributionId());
        }
      }
    }

    private void argument(String where, EventArgument argument, Set<String> entityIds) {
      if (argument == null) {
        return;
      }
      excerpt(where, argument.mention());
      if (argument.entityId() != null && !entityIds.contains(argument.entityId())) {
        problems.add(where + ": unknown entity " + argument.entityId());
      }
    }

    private void checkQuantities() {
      Set<String> quantityIds = ids(doc.getOrEmpty(Layers.QUANTITIES));
      for (Quantity q : doc.getOrEmpty(Layers.QUANTITIES)) {
        covered("quantity " + q.id(), q.span(), q.text());
        if (q.counted() != null) {
          excerpt("quantity " + q.id() + " counted", q.counted());
        }
        if (q.equivalentOf() != null && !quantityIds.contains(q.equivalentOf())) {
          problems.add("quantity " + q.id() + ": unknown equivalent " + q.equivalentOf());
        }
      }
    }

    private void source(String where, Source source, Set<String> entityIds) {
      if (source.mention() != null) {
        excerpt(where + " source", source.mention());
      }
      if (source.entityId() != null && !entityIds.contains(source.entityId())) {
        problems.add(where + ": unknown source entity " + source.entityId());
      }
    }

    private static Set<String> ids(List<? extends Annotation> annotations) {
      Set<String> ids = new HashSet<>();
      annotations.forEach(a -> ids.add(a.id()));
      return ids;
    }

    private void excerpt(String where, Excerpt excerpt) {
      inside(where, excerpt.span());
      covered(where, excerpt.span(), excerpt.text());
    }

    /** Compares stored and covered text; a span beyond the text is reported by inside(). */
    private void covered(String where, CharSpan span, String stored) {
      if (span.end() <= text.length() && !span.textOf(text).equals(stored)) {
        problems.add(where + ": stored text '" + stored + "' differs from text at " + span);
      }
    }

    private boolean inside(String where, CharSpan span) {
      if (span.end() > text.length()) {
        problems.add(where + ": span " + span + " beyond text length " + text.length());
        return false;
      }
      return true;
    }
  }
}
