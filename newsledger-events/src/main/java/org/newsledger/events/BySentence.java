package org.newsledger.events;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.newsledger.core.CharSpan;
import org.newsledger.core.text.Sentence;

/**
 * Facts grouped by the sentence whose span holds them, found by binary search over the sentences,
 * so a stage walking sentence by sentence does not rescan the whole article for each.
 */
final class BySentence {

  private BySentence() {}

  /** For each sentence (by position), the facts its span contains, in their original order. */
  static <T> List<List<T>> group(
      List<T> facts, Function<T, CharSpan> spanOf, List<Sentence> sentences) {
    List<List<T>> groups = new ArrayList<>(sentences.size());
    for (int s = 0; s < sentences.size(); s++) {
      groups.add(new ArrayList<>());
    }
    for (T fact : facts) {
      CharSpan span = spanOf.apply(fact);
      int s = lastBeginningBy(sentences, span.begin());
      if (s >= 0 && sentences.get(s).span().contains(span)) {
        groups.get(s).add(fact);
      }
    }
    return groups;
  }

  private static int lastBeginningBy(List<Sentence> sentences, int offset) {
    int low = 0;
    int high = sentences.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (sentences.get(mid).span().begin() <= offset) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low - 1;
  }
}
