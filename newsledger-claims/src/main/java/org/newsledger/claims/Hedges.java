package org.newsledger.claims;

import java.util.Comparator;
import java.util.List;
import org.newsledger.core.CharSpan;
import org.newsledger.core.Excerpt;
import org.newsledger.core.Layers;
import org.newsledger.core.facts.ClaimSource;
import org.newsledger.core.facts.ClaimStatus;
import org.newsledger.core.facts.StatusChange;
import org.newsledger.core.lexicon.PhraseIndex;
import org.newsledger.core.text.Sentence;
import org.newsledger.core.text.Token;

/**
 * Marks claims a hedge cue qualifies ("reportedly", "is said to"): the innermost claim holding the
 * cue, else the nearest claim in the cue's sentence.
 */
final class Hedges {

  static final String INSIDE = "claims:hedge-inside";
  static final String NEAR = "claims:hedge-same-sentence";

  private final ClaimLexicon lexicon;

  Hedges(ClaimLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** Records a HEDGED change for every hedge cue that qualifies a claim. */
  void mark(Facts facts, List<Draft> drafts) {
    for (Sentence sentence : facts.doc().get(Layers.SENTENCES)) {
      List<Token> tokens = facts.doc().tokens(sentence);
      for (PhraseIndex.Match<String> match : lexicon.hedges().findAll(tokens)) {
        CharSpan cue = Facts.span(tokens, match.first(), match.end());
        String rule = INSIDE;
        Draft draft = innermostHolding(drafts, cue);
        if (draft == null) {
          rule = NEAR;
          draft = nearestIn(drafts, sentence.span(), cue);
        }
        if (draft != null) {
          record(facts, draft, cue, rule);
        }
      }
    }
  }

  private static void record(Facts facts, Draft draft, CharSpan cue, String rule) {
    Excerpt evidence = facts.excerpt(cue);
    ClaimSource source = draft.sources().isEmpty() ? null : draft.sources().get(0);
    draft.record(
        new StatusChange(
            ClaimStatus.HEDGED,
            source == null ? AssertedClaims.ARTICLE : source.name(),
            source == null ? null : source.entityId(),
            evidence,
            rule));
  }

  private static Draft innermostHolding(List<Draft> drafts, CharSpan cue) {
    return drafts.stream()
        .filter(d -> d.proposition().span().contains(cue))
        .min(Comparator.comparingInt(d -> d.proposition().span().length()))
        .orElse(null);
  }

  private static Draft nearestIn(List<Draft> drafts, CharSpan sentence, CharSpan cue) {
    return drafts.stream()
        .filter(d -> sentence.contains(d.proposition().span()))
        .min(Comparator.comparingInt(d -> distance(d.proposition().span(), cue)))
        .orElse(null);
  }

  private static int distance(CharSpan a, CharSpan b) {
    return Math.max(0, Math.max(a.begin() - b.end(), b.begin() - a.end()));
  }
}
