package org.newsledger.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsledger.core.lexicon.WordList;

/**
 * Tells the article's own hedges ("The mayor is reportedly expected to resign") from attributions:
 * a finding whose source is not stated and whose cue holds a hedge adverb ({@code
 * hedge-adverbs.tsv}) credits no one.
 */
final class UnattributedHedges {

  private static final Set<String> ADVERBS =
      WordList.load(UnattributedHedges.class, "hedge-adverbs.tsv").rows().stream()
          .map(row -> row.get(0).toLowerCase(Locale.ROOT))
          .collect(Collectors.toUnmodifiableSet());

  private UnattributedHedges() {}

  /** The findings less the article's own hedges. */
  static List<Finding> without(Article article, List<Finding> findings) {
    return findings.stream()
        .filter(finding -> !isHedge(article, finding))
        .collect(Collectors.toCollection(ArrayList::new));
  }

  private static boolean isHedge(Article article, Finding finding) {
    if (finding.implicit() != Finding.ImplicitSource.UNSTATED) {
      return false;
    }
    for (int i = finding.cue().first(); i < finding.cue().end(); i++) {
      if (ADVERBS.contains(article.token(i).text().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
