package org.newsledger.claims;

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

/** Read-only lookups over one document's layers, made once per {@link ClaimStage#apply} call. */
final class Facts {

  private final Document doc;
  private final Map<String, Attribution> attributions;

  Facts(Document doc) {
    this.doc = doc;
    this.attributions =
        doc.get(Layers.ATTRIBUTIONS).stream()
            .collect(Collectors.toMap(Attribution::id, Function.identity(), (a, b) -> a));
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

  /** The tokens lying inside {@code span}. */
  List<Token> tokensIn(CharSpan span) {
    return doc.get(Layers.TOKENS).stream().filter(t -> span.contains(t.span())).toList();
  }

  /** The index of the sentence holding {@code offset}, or -1. */
  int sentenceAt(int offset) {
    for (Sentence sentence : doc.get(Layers.SENTENCES)) {
      if (sentence.span().begin() <= offset && offset <= sentence.span().end()) {
        return sentence.index();
      }
    }
    return -1;
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
