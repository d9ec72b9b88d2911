package org.newsledger.attribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.newsledger.core.CharSpan;
import org.newsledger.core.facts.Mention;

/**
 * An article's mentions sorted by begin, with the largest end so far, so the mentions that can
 * contain a token or lie in a phrase before it are found without scanning them all.
 */
final class MentionIndex {

  private final List<Mention> mentions;
  private final int[] byBegin;
  private final int[] maxEnds;

  MentionIndex(List<Mention> mentions) {
    this.mentions = List.copyOf(mentions);
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < mentions.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingInt(i -> mentions.get(i).span().begin()));
    byBegin = order.stream().mapToInt(Integer::intValue).toArray();
    maxEnds = new int[byBegin.length];
    for (int k = 0; k < byBegin.length; k++) {
      int end = mentions.get(byBegin[k]).span().end();
      maxEnds[k] = Math.max(k == 0 ? 0 : maxEnds[k - 1], end);
    }
  }

  /**
   * The mentions, in their original order, that begin at or before {@code head}'s begin and either
   * reach its end or begin inside {@code phrase}: every one that can contain the head or lie in the
   * phrase before it.
   */
  List<Mention> near(CharSpan head, CharSpan phrase) {
    int low = 0;
    int high = byBegin.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (mentions.get(byBegin[mid]).span().begin() <= head.begin()) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    List<Integer> found = new ArrayList<>();
    for (int k = low - 1;
        k >= 0
            && (maxEnds[k] >= head.end()
                || mentions.get(byBegin[k]).span().begin() >= phrase.begin());
        k--) {
      found.add(byBegin[k]);
    }
    found.sort(null);
    return found.stream().map(mentions::get).toList();
  }
}
