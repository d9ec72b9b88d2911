package org.newsledger.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.newsledger.core.CharSpan;
import org.newsledger.core.facts.Attribution;

/**
 * Attributions sorted by where their contents begin, with the largest content end so far, so the
 * contents holding a trigger are found without scanning every attribution.
 */
final class AttributionIndex {

  private final List<Attribution> attributions;
  private final int[] byBegin;
  private final int[] maxEnds;

  AttributionIndex(List<Attribution> attributions) {
    this.attributions = List.copyOf(attributions);
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < attributions.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingInt(i -> attributions.get(i).content().span().begin()));
    byBegin = order.stream().mapToInt(Integer::intValue).toArray();
    maxEnds = new int[byBegin.length];
    for (int k = 0; k < byBegin.length; k++) {
      int end = attributions.get(byBegin[k]).content().span().end();
      maxEnds[k] = Math.max(k == 0 ? 0 : maxEnds[k - 1], end);
    }
  }

  /**
   * The id of the attribution with the shortest content holding {@code trigger} (the first in
   * document order of those as short), or null.
   */
  String innermostHolding(CharSpan trigger) {
    int low = 0;
    int high = byBegin.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (attributions.get(byBegin[mid]).content().span().begin() <= trigger.begin()) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    int best = -1;
    for (int k = low - 1; k >= 0 && maxEnds[k] >= trigger.end(); k--) {
      int i = byBegin[k];
      CharSpan content = attributions.get(i).content().span();
      if (content.contains(trigger)) {
        int bestLength =
            best < 0 ? Integer.MAX_VALUE : attributions.get(best).content().span().length();
        if (content.length() < bestLength || content.length() == bestLength && i < best) {
          best = i;
        }
      }
    }
    return best < 0 ? null : attributions.get(best).id();
  }
}
