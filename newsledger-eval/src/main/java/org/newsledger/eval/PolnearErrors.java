package org.newsledger.eval;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsledger.core.Document;
import org.newsledger.core.facts.Attribution;

/** Lists the errors of one scored document (see {@link PolnearScorer#errors}). */
final class PolnearErrors {

  private final Document doc;
  private final WordTokens words;
  private final SourceJudge judge;

  PolnearErrors(Document doc, WordTokens words, SourceJudge judge) {
    this.doc = doc;
    this.words = words;
    this.judge = judge;
  }

  /** Misses in gold order, spurious attributions in system order, wrong sources in gold order. */
  List<PolnearError> of(
      List<PolnearAttribution> gold, List<Attribution> system, Map<Integer, Integer> pairs) {
    String text = doc.text();
    List<BitSet> goldWords = new ArrayList<>();
    gold.forEach(g -> goldWords.add(words.inside(g.content())));
    List<BitSet> systemWords = new ArrayList<>();
    system.forEach(s -> systemWords.add(words.inside(List.of(s.content().span()))));
    List<PolnearError> errors = new ArrayList<>();
    for (int g = 0; g < gold.size(); g++) {
      if (pairs.containsKey(g)) {
        continue;
      }
      int nearest = nearest(goldWords.get(g), systemWords);
      PolnearAttribution missed = gold.get(g);
      errors.add(
          new PolnearError(
              doc.meta().id(),
              PolnearError.Kind.MISSED,
              nearest < 0 ? "-" : system.get(nearest).rule(),
              nearest < 0 ? 0 : WordTokens.overlap(goldWords.get(g), systemWords.get(nearest)),
              PolnearAttribution.textOf(text, missed.cue()),
              PolnearAttribution.textOf(text, missed.source()),
              PolnearAttribution.textOf(text, missed.content()),
              nearest < 0 ? "" : system.get(nearest).content().text()));
    }
    Set<Integer> matched = new HashSet<>(pairs.values());
    for (int s = 0; s < system.size(); s++) {
      Attribution attribution = system.get(s);
      if (!matched.contains(s)) {
        int nearest = nearest(systemWords.get(s), goldWords);
        errors.add(
            error(
                attribution,
                PolnearError.Kind.SPURIOUS,
                nearest < 0 ? 0 : WordTokens.overlap(goldWords.get(nearest), systemWords.get(s)),
                nearest < 0 ? "" : PolnearAttribution.textOf(text, gold.get(nearest).content())));
      }
    }
    for (int g = 0; g < gold.size(); g++) {
      Integer s = pairs.get(g);
      PolnearAttribution right = gold.get(g);
      if (s != null
          && !right.source().isEmpty()
          && !judge.isRight(system.get(s).source(), right.source())) {
        errors.add(
            error(
                system.get(s),
                PolnearError.Kind.WRONG_SOURCE,
                WordTokens.overlap(goldWords.get(g), systemWords.get(s)),
                PolnearAttribution.textOf(text, right.source())));
      }
    }
    return List.copyOf(errors);
  }

  private PolnearError error(
      Attribution attribution, PolnearError.Kind kind, double overlap, String counterpart) {
    return new PolnearError(
        doc.meta().id(),
        kind,
        attribution.rule(),
        overlap,
        attribution.cue().text(),
        attribution.source().name(),
        attribution.content().text(),
        counterpart);
  }

  /** Index of the candidate sharing the largest part of its words with {@code words}, or -1. */
  private static int nearest(BitSet words, List<BitSet> candidates) {
    int best = -1;
    double bestOverlap = 0;
    for (int i = 0; i < candidates.size(); i++) {
      double overlap = WordTokens.overlap(words, candidates.get(i));
      if (overlap > bestOverlap) {
        best = i;
        bestOverlap = overlap;
      }
    }
    return best;
  }
}
