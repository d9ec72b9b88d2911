package org.newsledger.eval;

/**
 * What one system got right on some PolNeAR articles; counts add up over articles.
 *
 * @param gold gold attributions
 * @param system system attributions
 * @param matched gold-system pairs whose contents overlap (see {@link PolnearScorer})
 * @param exact gold-system pairs whose contents are the same span, edge punctuation aside
 * @param sourceJudged matched pairs whose gold names a source
 * @param sourceCorrect of those, pairs where the system's source is the gold's
 * @param cueCorrect matched pairs whose cues overlap
 * @param speechGold gold attributions with a speech cue
 * @param speechMatched of those, the ones matched
 */
public record PolnearCounts(
    int gold,
    int system,
    int matched,
    int exact,
    int sourceJudged,
    int sourceCorrect,
    int cueCorrect,
    int speechGold,
    int speechMatched) {

  /** All zero. */
  public static PolnearCounts zero() {
    return new PolnearCounts(0, 0, 0, 0, 0, 0, 0, 0, 0);
  }

  /** Sum of both. */
  public PolnearCounts plus(PolnearCounts o) {
    return new PolnearCounts(
        gold + o.gold,
        system + o.system,
        matched + o.matched,
        exact + o.exact,
        sourceJudged + o.sourceJudged,
        sourceCorrect + o.sourceCorrect,
        cueCorrect + o.cueCorrect,
        speechGold + o.speechGold,
        speechMatched + o.speechMatched);
  }

  /** Content matches (token overlap) as precision, recall and F1 counts. */
  public Counts content() {
    return new Counts(matched, system - matched, gold - matched);
  }

  /** Exact content matches as precision, recall and F1 counts. */
  public Counts exactContent() {
    return new Counts(exact, system - exact, gold - exact);
  }

  /** Share of matched pairs with a gold source whose source is right; 0 when none. */
  public double sourceAccuracy() {
    return sourceJudged == 0 ? 0.0 : (double) sourceCorrect / sourceJudged;
  }

  /** Share of matched pairs whose cues overlap; 0 when none. */
  public double cueAccuracy() {
    return matched == 0 ? 0.0 : (double) cueCorrect / matched;
  }

  /** Recall over gold attributions with a speech cue; 0 when none. */
  public double speechRecall() {
    return speechGold == 0 ? 0.0 : (double) speechMatched / speechGold;
  }
}
