package org.newsledger.attribution;

import java.util.ArrayList;
import java.util.List;
import org.newsledger.core.facts.Attribution;

/**
 * Links an attribution reported inside another's content to it: "Israeli media reported that ...
 * officials are saying that ..." gives the officials' attribution {@code via} the media's.
 */
final class Nesting {

  /** The attributions with {@code via} set to the smallest other content holding their cue. */
  List<Attribution> link(List<Attribution> attributions) {
    List<Attribution> linked = new ArrayList<>();
    for (Attribution inner : attributions) {
      Attribution outer = null;
      for (Attribution candidate : attributions) {
        boolean holds =
            candidate != inner
                && candidate.content().span().contains(inner.cue().span())
                && !inner.content().span().contains(candidate.cue().span());
        if (holds
            && (outer == null
                || candidate.content().span().length() < outer.content().span().length())) {
          outer = candidate;
        }
      }
      linked.add(outer == null ? inner : inner.withVia(outer.id()));
    }
    return List.copyOf(linked);
  }
}
