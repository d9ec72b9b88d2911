package org.newsledger.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.newsledger.core.CharSpan;
import org.newsledger.core.Document;
import org.newsledger.core.Excerpt;
import org.newsledger.core.Layers;
import org.newsledger.core.facts.Attribution;
import org.newsledger.core.facts.Event;
import org.newsledger.core.text.Sentence;
import org.newsledger.core.text.Token;

/**
 * Read-only lookups over one document's layers, made once per {@link ClaimStage#apply} call. Events
 * are indexed by id, attribution and trigger position and tokens and sentences found by binary
 * search, so the claims stage stays linear in the article.
 */
final class Facts {

  private final Document doc;
  private final List<Token> tokens;
  private final List<Sentence> sentences;
  private final Map<String, Attribution> attributions;
  private final Map<String, Event> eventsById = new HashMap<>();
  private final Map<String, List<Event>> eventsByAttribution = new HashMap<>();

  /** Indexes into {@link #events()}, sorted by trigger begin. */
  private final int[] byTrigger;

  Facts(Document doc) {
    this.doc = doc;
    this.tokens = doc.get(Layers.TOKENS);
    this.sentences = doc.get(Layers.SENTENCES);
    this.attributions =
        doc.get(Layers.ATTRIBUTIONS).stream()
            .collect(Collectors.toMap(Attribution::id, Function.identity(), (a, b) -> a));
    List<Event> events = events();
    for (Event event : events) {
      eventsById.putIfAbsent(event.id(), event);
      if (event.attributionId() != null) {
        eventsByAttribution
            .computeIfAbsent(event.attributionId(), id -> new ArrayList<>())
            .add(event);
      }
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingInt(i -> events.get(i).trigger().span().begin()));
    this.byTrigger = order.stream().mapToInt(Integer::intValue).toArray();
  }

  Document doc() {
    return doc;
  }

  /** The attribution with this id, or null. */
  Attribution attribution(String id) {
    return id == null ? null : attributions.get(id);
  }

  List<Event> events() {
    return doc.get(Layers.EVENTS);
  }

  /** The event with this id, or null. */
  Event event(String id) {
    return id == null ? null : eventsById.get(id);
  }

  /** The events of the attribution with this id, in document order. */
  List<Event> eventsOf(String attributionId) {
    return eventsByAttribution.getOrDefault(attributionId, List.of());
  }

  /** The events whose trigger lies inside {@code span}, in document order. */
  List<Event> eventsIn(CharSpan span) {
    List<Event> events = events();
    int low = 0;
    int high = byTrigger.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (events.get(byTrigger[mid]).trigger().span().begin() < span.begin()) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    List<Integer> inside = new ArrayList<>();
    for (int k = low;
        k < byTrigger.length && events.get(byTrigger[k]).trigger().span().begin() < span.end();
        k++) {
      if (span.contains(events.get(byTrigger[k]).trigger().span())) {
        inside.add(byTrigger[k]);
      }
    }
    inside.sort(null);
    return inside.stream().map(events::get).toList();
  }

  /** The tokens lying inside {@code span} (tokens are in text order and do not overlap). */
  List<Token> tokensIn(CharSpan span) {
    int first = firstTokenFrom(span.begin());
    int end = first;
    while (end < tokens.size() && tokens.get(end).end() <= span.end()) {
      end++;
    }
    while (first < end && !span.contains(tokens.get(first).span())) {
      first++;
    }
    return tokens.subList(first, end);
  }

  private int firstTokenFrom(int offset) {
    int low = 0;
    int high = tokens.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (tokens.get(mid).begin() < offset) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  /** The index of the first sentence holding {@code offset} (end inclusive), or -1. */
  int sentenceAt(int offset) {
    int low = 0;
    int high = sentences.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (sentences.get(mid).span().end() < offset) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low < sentences.size() && sentences.get(low).span().begin() <= offset
        ? sentences.get(low).index()
        : -1;
  }

  /** The excerpt of the text covered by {@code span}. */
  Excerpt excerpt(CharSpan span) {
    return Excerpt.of(doc.text(), span);
  }

  /** The excerpt covering tokens [first, end) of {@code tokens}. */
  static CharSpan span(List<Token> tokens, int first, int end) {
    return new CharSpan(tokens.get(first).begin(), tokens.get(end - 1).end());
  }

  /** The event a clause is mainly about: the first with a verb trigger, else the first. */
  Event mainEvent(List<Event> events) {
    return events.stream()
        .filter(this::verbal)
        .findFirst()
        .orElse(events.isEmpty() ? null : events.get(0));
  }

  private boolean verbal(Event event) {
    List<Token> trigger = tokensIn(event.trigger().span());
    return !trigger.isEmpty() && trigger.get(0).isPos("VB");
  }
}
