package org.newsledger.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsledger.core.lexicon.PhraseIndex;
import org.newsledger.core.lexicon.WordList;
import org.newsledger.core.text.Token;

/** The editable verb and noun patterns that name events, indexed by head lemma. */
final class EventLexicon {

  /** How many words may stand in a pattern's gap. */
  static final int MAX_GAP = 6;

  private final Map<String, List<EventPattern>> byHead = new HashMap<>();

  private EventLexicon(List<EventPattern> patterns) {
    for (EventPattern pattern : patterns) {
      byHead.computeIfAbsent(pattern.head(), h -> new ArrayList<>()).add(pattern);
    }
    byHead
        .values()
        .forEach(
            list ->
                list.sort(
                    Comparator.comparingInt(EventPattern::length)
                        .reversed()
                        .thenComparingInt(p -> p.segments().size())));
  }

  /** Loads event-patterns.tsv. */
  static EventLexicon load() {
    return of(WordList.load(EventLexicon.class, "event-patterns.tsv"));
  }

  /** A lexicon of the rows of {@code list}. */
  static EventLexicon of(WordList list) {
    return new EventLexicon(list.rows().stream().map(EventPattern::parse).toList());
  }

  /** The longest pattern whose head is token {@code start}, or null; gaps stay inside a clause. */
  TriggerMatch matchAt(List<Token> tokens, int start) {
    Token head = tokens.get(start);
    List<EventPattern> candidates = byHead.get(PhraseIndex.normalize(head.lemma()));
    if (candidates == null) {
      candidates = byHead.get(PhraseIndex.normalize(head.text()));
    }
    if (candidates == null) {
      return null;
    }
    for (EventPattern pattern : candidates) {
      if (pattern.allowsHeadTag(head.pos())) {
        List<Integer> matched = match(pattern, tokens, start);
        if (matched != null) {
          return new TriggerMatch(pattern, matched);
        }
      }
    }
    return null;
  }

  private static List<Integer> match(EventPattern pattern, List<Token> tokens, int start) {
    List<Integer> matched = new ArrayList<>();
    if (!segmentAt(pattern.segments().get(0), tokens, start, matched)) {
      return null;
    }
    for (List<String> segment : pattern.segments().subList(1, pattern.segments().size())) {
      int from = matched.get(matched.size() - 1) + 1;
      boolean found = false;
      for (int at = from; at <= from + MAX_GAP && at < tokens.size() && !found; at++) {
        found = segmentAt(segment, tokens, at, matched);
        if (!found && Clauses.breaksGap(tokens.get(at))) {
          break;
        }
      }
      if (!found) {
        return null;
      }
    }
    return matched;
  }

  private static boolean segmentAt(
      List<String> words, List<Token> tokens, int start, List<Integer> matched) {
    if (start + words.size() > tokens.size()) {
      return false;
    }
    for (int k = 0; k < words.size(); k++) {
      Token token = tokens.get(start + k);
      String word = words.get(k);
      if (!word.equals(PhraseIndex.normalize(token.lemma()))
          && !word.equals(PhraseIndex.normalize(token.text()))) {
        return false;
      }
    }
    for (int k = 0; k < words.size(); k++) {
      matched.add(start + k);
    }
    return true;
  }
}
