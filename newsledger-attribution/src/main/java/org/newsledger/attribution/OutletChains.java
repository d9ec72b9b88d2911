package org.newsledger.attribution;

import java.util.ArrayList;
import java.util.List;
import org.newsledger.core.CharSpan;
import org.newsledger.core.Excerpt;
import org.newsledger.core.facts.Attribution;

/**
 * An outlet's report of other sources' words with the outlet named first: "According to the
 * Tribune, the deal is expected within days, sources close to the talks reported." Each rule alone
 * reads the other's clause into its content. The outlet keeps its content, which holds the inner
 * report, as a nested report's outer content does ("Israeli media reported that officials are
 * saying ..."); the inner sources' content is cut to the words after the outlet's phrase and their
 * attribution is reported {@code via} the outlet's, so both are credited. With the outlet named
 * last ("..., officials said, according to the Times") the inner content is already right and
 * {@link Nesting} links the two.
 */
final class OutletChains {

  private final String text;

  OutletChains(String text) {
    this.text = text;
  }

  /** The attributions, the inner one of each such pair cut and linked to the outlet's. */
  List<Attribution> link(List<Attribution> attributions) {
    List<Attribution> linked = new ArrayList<>(attributions);
    for (Attribution outer : attributions) {
      if (!outer.rule().equals(AccordingToRule.NAME)) {
        continue;
      }
      for (int i = 0; i < linked.size(); i++) {
        Attribution inner = linked.get(i);
        CharSpan shared = inner == outer || inner.via() != null ? null : shared(outer, inner);
        if (shared != null && inner.contentParts().size() == 1) {
          Excerpt content = Excerpt.of(text, shared);
          linked.set(
              i,
              new Attribution(
                  inner.id(),
                  inner.kind(),
                  inner.cue(),
                  content,
                  inner.source(),
                  outer.id(),
                  inner.inHeadline(),
                  inner.rule(),
                  List.of(content)));
          break;
        }
      }
    }
    return List.copyOf(linked);
  }

  /**
   * The words between the outlet's phrase and the inner reporting clause when each attribution's
   * content holds the other's cue and the outlet's phrase comes first, else null.
   */
  private CharSpan shared(Attribution outer, Attribution inner) {
    CharSpan a = outer.content().span();
    CharSpan b = inner.content().span();
    CharSpan outerCue = outer.cue().span();
    CharSpan innerCue = inner.cue().span();
    if (!a.contains(innerCue) || !b.contains(outerCue) || outerCue.begin() > innerCue.begin()) {
      return null;
    }
    int end = Math.min(b.end(), innerCue.begin());
    if (inner.source().mention() != null) {
      end = Math.min(end, inner.source().mention().span().begin());
    }
    int begin = Math.max(b.begin(), outerCue.end());
    if (outer.source().mention() != null) {
      begin = Math.max(begin, outer.source().mention().span().end());
    }
    return trimmed(begin, end);
  }

  /**
   * [begin, end) without surrounding white space, commas and dashes, or null when no word is left.
   */
  private CharSpan trimmed(int begin, int end) {
    while (begin < end && skippable(text.charAt(begin))) {
      begin++;
    }
    while (end > begin && skippable(text.charAt(end - 1))) {
      end--;
    }
    for (int i = begin; i < end; i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return CharSpan.of(begin, end);
      }
    }
    return null;
  }

  private static boolean skippable(char c) {
    return Character.isWhitespace(c) || c == ',' || c == ';' || c == '—' || c == '–';
  }
}
