package org.newsledger.attribution;

/**
 * Ends a content before a second predicate of the speaker: "X said the plan would fail and urged
 * voters to ...", "X criticized the plan and praised the governor". After "and" or "or", a verb in
 * the cue's own tense that the content's clause does not share (its first tensed verb has another
 * tense, or it has none: an object) continues the speaker's clause, not the content.
 */
final class SecondPredicates {

  private SecondPredicates() {}

  /**
   * The content without a second predicate of the speaker of the tensed cue verb at {@code
   * cueVerb}; the content itself when none follows, or when the cue has no simple tense ("has
   * said").
   */
  static TokenSpan before(Article article, Contents contents, int cueVerb, TokenSpan content) {
    String tense = article.token(cueVerb).pos();
    if (!tense.equals("VBD") && !tense.equals("VBZ") && !tense.equals("VBP")) {
      return content;
    }
    int depth = 0;
    int clauseVerb = -1;
    for (int i = content.first(); i < content.end(); i++) {
      depth += article.isOpenQuote(i) ? 1 : article.isCloseQuote(i) ? -1 : 0;
      if (depth != 0) {
        continue;
      }
      if (clauseVerb < 0 && article.isFiniteVerb(i)) {
        clauseVerb = i;
      } else if (i > content.first()
          && article.is(i, WordClass.COORDINATOR)
          && speakerVerbAfter(article, i + 1, content.end(), tense)
          && (clauseVerb < 0 || !article.token(clauseVerb).pos().equals(tense))
          && !sharesPerfect(article, clauseVerb, i)) {
        TokenSpan cut = contents.trim(content.first(), i);
        return cut == null ? content : cut;
      }
    }
    return content;
  }

  /**
   * True when the content's clause is in the perfect and a participle follows "and" ("he has not
   * held dinners and never called a donor"): the second participle shares the auxiliary.
   */
  private static boolean sharesPerfect(Article article, int clauseVerb, int and) {
    if (clauseVerb < 0 || !article.token(clauseVerb).lemma().equals("have")) {
      return false;
    }
    int verb = and + 1;
    while (verb < article.tokens().size() && article.token(verb).isPos("RB")) {
      verb++;
    }
    return verb < article.tokens().size() && article.token(verb).pos().equals("VBN");
  }

  /**
   * True when a verb of the given tense follows at {@code from}, after adverbs; a past tense may be
   * tagged as a participle ("and called for").
   */
  private static boolean speakerVerbAfter(Article article, int from, int end, String tense) {
    int verb = from;
    while (verb < end && article.token(verb).isPos("RB")) {
      verb++;
    }
    if (verb >= end) {
      return false;
    }
    String pos = article.token(verb).pos();
    return pos.equals(tense)
        || tense.equals("VBD")
            && pos.equals("VBN")
            && !SaidThatRule.agentFollows(article, verb); // "and fabricated by": a passive
  }
}
