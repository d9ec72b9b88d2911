package org.newsledger.attribution;

import org.newsledger.core.text.Pos;

/**
 * Where a content that is the cue's object, not a clause, ends: "praised the plan, which includes a
 * new port", "described him as a fraud when he ran", "endorsed Smith in early June" and "criticized
 * the ruling and appealed it" report the plan, the label, the candidate and the ruling, while the
 * relative clause, the time adjunct and the subject's next act are the author's own account.
 */
final class ObjectContents {

  private static final int MAX_TIME_LOOKAHEAD = 3;
  private static final int MAX_MEDIUM_LOOKAHEAD = 5;

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
      if (depth <= 0
          && (adjunctAt(i)
              || adjunctAfterComma(i, end)
              || closingTimeAt(i, end)
              || mediumAt(start, i, end)
              || nextPredicateAt(start, i, end))) {
        return i;
      }
    }
    return end;
  }

  /**
   * True at a dash, a day name after a quotation ("called X a \"disgrace\" Wednesday"), an
   * object-adjunct subordinator ("praised X while at a rally") or "as" opening a clause ("condemned
   * the launch as the North fired ..."); a clause of reason, condition or time ("urged X to act
   * because ...", "described X as Y when ...") belongs to what was reported.
   */
  private boolean adjunctAt(int i) {
    return article.isDash(i)
        || article.is(i, WordClass.TEMPORAL) && article.isCloseQuote(i - 1)
        || article.is(i, WordClass.OBJECT_ADJUNCT)
            && (!article.is(i, WordClass.AS)
                || phrases.clauseStartsAt(i + 1, article.tokens().size()));
  }

  /**
   * True at a comma before a participle ("..., leaving no money"), an absolute "with" or "without"
   * phrase, a subordinator ("..., as he did before"), or the main clause after a fronted one
   * ("While X railed against Y, he sought Z"); a comma before a list item, an apposition or a
   * relative clause keeps the object going.
   */
  private boolean adjunctAfterComma(int i, int end) {
    if (!article.isComma(i) || i + 1 >= end) {
      return false;
    }
    int next = i + 1;
    while (next < end && article.token(next).isPos("RB")) {
      next++;
    }
    if (next >= end) {
      return false;
    }
    return article.token(next).pos().equals("VBG") && !article.is(next, WordClass.INCLUSIVE)
        || article.is(next, WordClass.ABSOLUTE)
        || article.is(next, WordClass.SUBORDINATOR)
        || phrases.clauseStartsAt(i + 1, end)
        || closingRelativeAt(i + 1, end);
  }

  /**
   * True at a relative clause that runs to the end ("the plan, which makes him ..."); one closed by
   * a comma before the object goes on ("a task force, which would include X, to fight Y") stays.
   */
  private boolean closingRelativeAt(int i, int end) {
    int pronoun = article.token(i).isPos("IN") && i + 1 < end ? i + 1 : i;
    String pos = article.token(pronoun).pos();
    if (!(pos.equals("WDT") || pos.equals("WP") || pos.equals("WP$") || pos.equals("WRB"))) {
      return false;
    }
    for (int j = pronoun + 1; j + 1 < end; j++) {
      if (article.isComma(j)) {
        return !(article.token(j + 1).isPos("TO") || article.token(j + 1).isPos("IN"));
      }
    }
    return true;
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

  /**
   * True at "during" or "amid", or at a preposition before the medium the words were delivered in
   * ("attacked X in early-morning tweets", "rejected Y in a ruling released Thursday"); not after a
   * verb of the content's own ("reports alleging that she claimed during the divorce").
   */
  private boolean mediumAt(int start, int i, int end) {
    if (verbBetween(start, i)) {
      return false;
    }
    if (article.is(i, WordClass.ADJUNCT_PREPOSITION)) {
      return true;
    }
    boolean inWord = article.token(i - 1).isPos("HYPH"); // "Commander-in-Chief"
    return article.is(i, WordClass.MEDIUM_PREPOSITION) && !inWord && mediumFollows(i + 1, end);
  }

  /** True when a medium noun ends the modifiers from {@code from} ("a radio interview"). */
  private boolean mediumFollows(int from, int end) {
    for (int j = from; j < end && j - from < MAX_MEDIUM_LOOKAHEAD; j++) {
      if (article.is(j, WordClass.MEDIUM)) {
        return article.token(j).isPos("NN");
      }
      String pos = article.token(j).pos();
      if (pos.equals("HYPH")) {
        j++; // the word after a hyphen belongs to the modifier
      } else if (!(modifier(j)
          || pos.startsWith("NN")
          || pos.equals("PRP$")
          || pos.equals("POS")
          || pos.equals("CD"))) {
        return false;
      }
    }
    return false;
  }

  /** True when a tensed verb or a participle stands between {@code start} and {@code i}. */
  private boolean verbBetween(int start, int i) {
    for (int j = start + 1; j < i; j++) {
      String pos = article.token(j).pos();
      if (pos.startsWith("VB") && !pos.equals("VB")) {
        return true;
      }
    }
    return false;
  }

  private boolean modifier(int i) {
    String pos = article.token(i).pos();
    return pos.equals("DT") || pos.startsWith("JJ") || pos.equals("RB");
  }

  /**
   * True when the words from {@code start} to the conjunction at {@code i} are a bare noun phrase
   * or hold no verb, likely the first subject of a clause ("said Democrats and the media are ...",
   * "said states like Ohio and Utah will ...").
   */
  private boolean coordinatedSubject(int start, int i, int end) {
    if (article.token(start).isPos("TO")) {
      return false;
    }
    TokenSpan object = phrases.startingAt(start, end);
    return object == null || object.end() >= i || !anyVerb(start, i);
  }

  /** True when a verb of any form stands in {@code [from, to)}. */
  private boolean anyVerb(int from, int to) {
    for (int j = from; j < to; j++) {
      if (Pos.isVerbOrModal(article.token(j))) {
        return true;
      }
    }
    return false;
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
    if (phrases.clauseStartsAt(i + 1, end) && !coordinatedSubject(start, i, end)) {
      return true; // "to cut costs and creditors look to ...": a clause of the author's own
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
