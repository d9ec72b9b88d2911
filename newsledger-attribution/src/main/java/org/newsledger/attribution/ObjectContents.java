package org.newsledger.attribution;

/**
 * Where a content that is the cue's object, not a clause, ends: "praised the plan, which includes a
 * new port", "described him as a fraud when he ran", "endorsed Smith in early June" and "criticized
 * the ruling and appealed it" report the plan, the label, the candidate and the ruling, while the
 * relative clause, the time adjunct and the subject's next act are the author's own account.
 */
final class ObjectContents {

  private static final int MAX_TIME_LOOKAHEAD = 3;

  private final Article article;
  private final NounPhrases phrases;

  ObjectContents(Article article, NounPhrases phrases) {
    this.article = article;
    this.phrases = phrases;
  }

  /**
   * The end (exclusive) of the object content from {@code start}, no later than {@code end}: before
   * the first adjunct outside quotation marks.
   */
  int end(int start, int end) {
    int depth = article.isOpenQuote(start) ? 1 : 0;
    for (int i = start + 1; i < end; i++) {
      depth += article.isOpenQuote(i) ? 1 : article.isCloseQuote(i) ? -1 : 0;
      if (depth <= 0 && (adjunctAt(i) || closingTimeAt(i, end) || nextPredicateAt(start, i, end))) {
        return i;
      }
    }
    return end;
  }

  /**
   * True at a comma, a dash, a day name after a quotation ("called X a \"disgrace\" Wednesday") or
   * a subordinator other than "as" ("described X as Y when ...").
   */
  private boolean adjunctAt(int i) {
    return article.isComma(i)
        || article.isDash(i)
        || article.is(i, "temporal") && article.isCloseQuote(i - 1)
        || article.is(i, "subordinator") && !article.is(i, "as");
  }

  /**
   * True at a preposition opening a time phrase that closes the content ("endorsed Smith in early
   * June."); a time phrase inside a small clause ("called X on Saturday a mistake") stays.
   */
  private boolean closingTimeAt(int i, int end) {
    if (!article.token(i).pos().equals("IN") || article.token(i).lemma().equals("of")) {
      return false;
    }
    int j = i + 1;
    while (j < end && j - i <= MAX_TIME_LOOKAHEAD && modifier(j)) {
      j++;
    }
    if (j >= end || !phrases.isTemporal(j) || article.token(j).isPos("CD")) {
      return false;
    }
    while (j < end && (phrases.isTemporal(j) || article.token(j).isPos("CD"))) {
      j++;
    }
    return j == end || article.isPunctuation(j);
  }

  private boolean modifier(int i) {
    String pos = article.token(i).pos();
    return pos.equals("DT") || pos.startsWith("JJ") || pos.equals("RB");
  }

  /**
   * True at "and"/"but" before the subject's next tensed verb ("... and challenged him"); after an
   * infinitive ("agreed to share X and rely on Y") a present-tense tag is read as a second
   * infinitive.
   */
  private boolean nextPredicateAt(int start, int i, int end) {
    if (!article.token(i).isPos("CC")) {
      return false;
    }
    int verb = i + 1;
    while (verb < end && article.token(verb).isPos("RB")) {
      verb++;
    }
    if (verb >= end || !article.isFiniteVerb(verb)) {
      return false;
    }
    String pos = article.token(verb).pos();
    boolean infinitive = article.token(start).pos().equals("TO");
    return !(infinitive && pos.equals("VBP")) && (verb == i + 1 || !pos.equals("MD"));
  }
}
