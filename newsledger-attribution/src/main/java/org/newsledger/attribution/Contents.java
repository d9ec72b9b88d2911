package org.newsledger.attribution;

import java.util.Locale;
import org.newsledger.core.text.Sentence;
import org.newsledger.core.text.Token;

/** Finds where reported content begins and ends around a cue. */
final class Contents {

  private static final int MAX_GAP_BEFORE_THAT = 16;
  private static final int DASH_CUE_WINDOW = 8;
  private static final int TRAILING_ATTRIBUTION_TOKENS = 10;
  private static final int MAX_GERUND_TOKENS = 6;

  private final Article article;
  private final NounPhrases phrases;
  private final Quotations quotations;

  Contents(Article article, NounPhrases phrases, Quotations quotations) {
    this.article = article;
    this.phrases = phrases;
    this.quotations = quotations;
  }

  /**
   * Where the content of a cue ending at {@code cueEnd} begins: after "that" or a colon, at a quote
   * or at a clause with no complementizer; -1 when the cue takes a plain object or nothing.
   */
  int complementStart(int cueEnd, int limit) {
    return complementStart(cueEnd, limit, false);
  }

  private int complementStart(int cueEnd, int limit, boolean addressee) {
    if (phrases.clauseStartsAt(cueEnd, limit)
        || gerundClauseAt(cueEnd, limit)
        || frontedConcessiveAt(cueEnd, limit)) {
      return cueEnd;
    }
    for (int i = cueEnd; i < limit && i - cueEnd < MAX_GAP_BEFORE_THAT; i++) {
      if (introducesContent(i)
          || (addressee || adjunctBefore(cueEnd, i))
              && i > cueEnd
              && relativeThatOpensClause(i, limit)) {
        return i + 1 < limit ? i + 1 : -1;
      }
      if (article.isOpenQuote(i) && i > cueEnd && objectBefore(cueEnd, addressee)) {
        return -1; // "observed a test of a \"new-type weapon\"": a quotation inside an object
      }
      if (article.isOpenQuote(i) || article.is(i, WordClass.WH_COMPLEMENT)) {
        return i;
      }
      if (article.isComma(i) && i + 1 < limit && isCiting(i + 1)) {
        i = nextComma(i + 1, limit);
        continue;
      }
      if (i > cueEnd && (pronounClauseAt(i, limit) || addressee && determinedClauseAt(i, limit))) {
        return i;
      }
      if (!skippable(i) && !article.isComma(i)) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * True at a concessive phrase fronted in the reported clause ("says despite all that, Obama was
   * not influenced"): the phrase, a comma, then a clause.
   */
  private boolean frontedConcessiveAt(int i, int limit) {
    if (i >= limit || !article.is(i, WordClass.CONCESSIVE_PREPOSITION)) {
      return false;
    }
    for (int j = i + 1; j < limit && j - i < MAX_GAP_BEFORE_THAT; j++) {
      if (article.isFiniteVerb(j) || article.isQuote(j)) {
        return false;
      }
      if (article.isComma(j)) {
        return phrases.clauseStartsAt(j + 1, limit);
      }
    }
    return false;
  }

  /**
   * True at a clause whose subject is a gerund phrase ("say taxing consumption encourages
   * savings"): a participle, then up to {@value #MAX_GERUND_TOKENS} words of a noun phrase before a
   * tensed verb.
   */
  private boolean gerundClauseAt(int i, int limit) {
    if (i >= limit || !article.token(i).pos().equals("VBG")) {
      return false;
    }
    for (int j = i + 1; j < limit && j <= i + MAX_GERUND_TOKENS; j++) {
      if (article.isFiniteVerb(j)) {
        return j > i + 1;
      }
      if (!article.isPhraseWord(j)) {
        return false;
      }
    }
    return false;
  }

  /**
   * True when a prepositional phrase fills the words between the cue and {@code that} ("said during
   * the debate that she could"): a "that" there opens the cue's clause, not a relative one.
   */
  private boolean adjunctBefore(int cueEnd, int that) {
    if (!article.token(cueEnd).pos().equals("IN") || article.is(cueEnd, WordClass.COMPLEMENTIZER)) {
      return false;
    }
    for (int i = cueEnd + 1; i < that; i++) {
      if (!article.isPhraseWord(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when a noun phrase that is no addressee opens right after the cue ("observed a test of
   * ..."): the cue's object, not an adjunct ("said in a statement") before its words.
   */
  private boolean objectBefore(int cueEnd, boolean addressee) {
    String pos = article.token(cueEnd).pos();
    return !addressee
        && (pos.equals("DT") || pos.startsWith("NN") || pos.equals("PRP$") || pos.startsWith("JJ"));
  }

  /** "told leaders that few people understood": "that" tagged as a relative pronoun. */
  private boolean relativeThatOpensClause(int i, int limit) {
    return article.is(i, WordClass.COMPLEMENTIZER)
        && (article.token(i).pos().equals("WDT") || determinerBeforeDeterminer(i, limit))
        && article.isNominal(i - 1)
        && phrases.clauseStartsAt(i + 1, limit);
  }

  /**
   * True at "that" tagged as a determiner before another determiner, a number or a possessive
   * ("told a briefing in Beijing that all parties should ..."): no noun phrase takes two
   * determiners, so "that" opens a clause.
   */
  private boolean determinerBeforeDeterminer(int i, int limit) {
    if (!article.token(i).pos().equals("DT") || i + 1 >= limit) {
      return false;
    }
    Token next = article.token(i + 1);
    return next.isPos("DT") || next.isPos("PDT") || next.isPos("CD") || next.isPos("PRP$");
  }

  /**
   * Where the content of {@code verb} ending at {@code cueEnd} begins, allowing the complements its
   * lexicon entry allows beyond a clause; -1 when there is none.
   */
  int complementStart(CueVerb verb, int cueEnd, int limit) {
    if (verb.isJudgment() && cueEnd < limit && !article.is(cueEnd, WordClass.COMPLEMENTIZER)) {
      return openStart(cueEnd, limit); // "called half of his supporters \"deplorables\""
    }
    int start = complementStart(cueEnd, limit, verb.addressee());
    if (start >= 0 || cueEnd >= limit) {
      return start;
    }
    return switch (verb.complement()) {
      case CLAUSE -> -1;
      case INFINITIVE ->
          infinitiveAt(cueEnd, limit) || objectInfinitiveAt(cueEnd, limit) ? cueEnd : -1;
      case ANY ->
          infinitiveAt(cueEnd, limit) || objectInfinitiveAt(cueEnd, limit)
              ? cueEnd
              : openStart(cueEnd, limit);
    };
  }

  /**
   * The next paragraph when a colon closes the paragraph of the cue ending at {@code cueEnd} with
   * only a short adjunct between ("He said in a statement:"); null otherwise.
   */
  TokenSpan paragraphAfterColon(int cueEnd, Sentence sentence) {
    int paragraphEnd = article.paragraphEndToken(sentence);
    int colon = paragraphEnd - 1;
    if (colon < cueEnd
        || paragraphEnd >= article.tokens().size()
        || !article.token(colon).pos().equals(":")
        || article.isDash(colon)
        || !article.paragraphOf(article.sentenceOf(paragraphEnd)).zone().isText()) {
      return null;
    }
    for (int i = cueEnd; i < colon; i++) {
      if (article.isFiniteVerb(i) || article.isQuote(i) || article.isPunctuation(i)) {
        return null;
      }
    }
    Sentence next = article.sentenceOf(paragraphEnd);
    int nextEnd = article.paragraphEndToken(next);
    int close =
        article.isOpenQuote(paragraphEnd) ? quotations.closingQuote(paragraphEnd, nextEnd) : -1;
    return trim(paragraphEnd, close < 0 ? nextEnd : close + 1);
  }

  /**
   * "wants Congress to act", "told officials never to speak": a short noun phrase, an infinitive.
   */
  private boolean objectInfinitiveAt(int i, int limit) {
    TokenSpan object = phrases.startingAt(i, limit);
    int to = object == null ? limit : object.end();
    while (to < limit && article.is(to, WordClass.NEGATION)) {
      to++;
    }
    return object != null && infinitiveAt(to, limit);
  }

  /** "to act", "to harshly punish": "to", adverbs, then a verb. */
  private boolean infinitiveAt(int i, int limit) {
    int verb = i + 1;
    while (verb < limit && article.token(verb).isPos("RB")) {
      verb++;
    }
    return verb < limit && article.token(i).pos().equals("TO") && article.token(verb).isPos("VB");
  }

  /** The first token after time words ("on Monday"), when words other than a preposition follow. */
  private int openStart(int cueEnd, int limit) {
    int i = cueEnd;
    TokenSpan time = phrases.startingAt(i, limit);
    if (time != null && phrases.isTemporal(phrases.head(time))) {
      i = time.end(); // "said this month on CNBC": a time phrase, not what was said
    }
    while (i < limit && phrases.isTemporal(i) && !possessive(i + 1, limit)) {
      i++;
    }
    if (onlyTimeWords(i, limit)) {
      return -1; // "said last week."
    }
    if (i < limit && article.token(i).pos().equals("UH") && isYesOrNo(i)) {
      return i; // "75 percent said yes, but ..."
    }
    boolean closed = i + 1 >= limit || article.isPunctuation(i) || article.isPunctuation(i + 1);
    String pos = i < limit ? article.token(i).pos() : "";
    return closed || pos.equals("IN") || pos.equals("TO") || pos.equals("RP") ? -1 : i;
  }

  private boolean isYesOrNo(int i) {
    String word = article.token(i).text().toLowerCase(Locale.ROOT);
    return word.equals("yes") || word.equals("no");
  }

  /** True when only time words ("last week", "earlier this month") run to punctuation. */
  private boolean onlyTimeWords(int from, int limit) {
    int i = from;
    while (i < limit && phrases.inTimePhrase(i)) {
      i++;
    }
    return i > from && (i >= limit || article.isPunctuation(i) || article.isQuote(i));
  }

  private boolean possessive(int i, int limit) {
    return i < limit && article.token(i).pos().equals("POS");
  }

  /**
   * "that" or a colon: the content starts right after. A "that" tagged as a relative pronoun counts
   * before a quotation ("said via email that, \"...\"").
   */
  private boolean introducesContent(int i) {
    String pos = article.token(i).pos();
    int next = i + 1 < article.tokens().size() && article.isComma(i + 1) ? i + 2 : i + 1;
    boolean quoteNext = next < article.tokens().size() && article.isOpenQuote(next);
    return article.is(i, WordClass.COMPLEMENTIZER) && (pos.equals("IN") || quoteNext)
        || pos.equals(":") && !article.isDash(i);
  }

  /** "told reporters on Friday he would ...": a pronoun subject after the cue's object. */
  private boolean pronounClauseAt(int i, int limit) {
    boolean subordinate = article.token(i - 1).isPos("IN") || article.token(i - 1).isPos("WRB");
    return !subordinate && article.token(i).pos().equals("PRP") && phrases.clauseStartsAt(i, limit);
  }

  /**
   * "told the AP his firm worked ...", "told reporters the talks were ...": after the addressee, a
   * clause opening with a determiner or a possessive.
   */
  private boolean determinedClauseAt(int i, int limit) {
    String pos = article.token(i).pos();
    return (pos.equals("DT") || pos.equals("PRP$"))
        && article.isNominal(i - 1)
        && !phrases.isTemporal(i - 1)
        && phrases.clauseStartsAt(i, limit);
  }

  private boolean skippable(int i) {
    String pos = article.token(i).pos();
    return pos.equals("IN")
        || pos.equals("DT")
        || pos.startsWith("JJ")
        || pos.startsWith("NN")
        || pos.equals("CD")
        || pos.equals("PRP$")
        || pos.equals("POS")
        || pos.equals("PRP")
        || pos.startsWith("RB") // "said earlier/RBR on Friday that"
        || pos.equals("TO") && i + 1 < article.tokens().size() && !article.token(i + 1).isPos("VB")
        || pos.equals("HYPH") && !article.isDash(i)
        || article.isHyphenatedToken(
            i) // "told co-host Joe Lee that": taggers misread compounds as verbs
        || pos.equals("CC") && nameOnBothSides(i) // "told The Post and Courier that"
        || pos.equals(",") && i + 1 < article.tokens().size() && article.isOpenQuote(i + 1);
  }

  private boolean nameOnBothSides(int i) {
    return i > 0
        && i + 1 < article.tokens().size()
        && article.token(i - 1).isPos("NNP")
        && article.token(i + 1).isPos("NNP");
  }

  private boolean isCiting(int i) {
    return cuePhraseAt(i, i + 4, "citing");
  }

  /** True when a cue phrase of the given kind ("citing", "according-to") starts at {@code i}. */
  private boolean cuePhraseAt(int i, int limit, String kind) {
    LemmaPhrases.Match<String> phrase = article.lexicon().cuePhrase(article.tokens(), i, limit);
    return phrase != null && phrase.value().equals(kind);
  }

  private int nextComma(int from, int limit) {
    int i = from;
    while (i < limit - 1 && !article.isComma(i)) {
      i++;
    }
    return i;
  }

  /** Where content from {@code start} ends (exclusive): before a trailing cue, or at quote end. */
  int end(int start, Sentence sentence) {
    int sentenceEnd = sentence.tokens().end();
    if (start >= sentenceEnd) {
      return sentenceEnd;
    }
    if (article.token(start).pos().equals("UH") && isYesOrNo(start)) {
      int i = start + 1; // "said yes, yes, yes, over and over again": the answer only
      while (i + 1 < sentenceEnd && article.isComma(i) && isYesOrNo(i + 1)) {
        i += 2;
      }
      return i;
    }
    if (article.isOpenQuote(start)) {
      int close = quotations.closingQuote(start, article.paragraphEndToken(sentence));
      if (close > 0 && close + 1 >= sentenceEnd) {
        return close + 1;
      }
    }
    int depth = article.isOpenQuote(start) ? 1 : 0;
    for (int i = start + 1; i < sentenceEnd; i++) {
      depth += article.isOpenQuote(i) ? 1 : article.isCloseQuote(i) ? -1 : 0;
      if (depth < 0
          || endsBeforeAttribution(i, sentenceEnd)
          || depth == 0 && accordingToAt(i, sentenceEnd)
          || depth == 0 && (coordinatedCue(i) || participleCue(i) || newClause(i, sentenceEnd))
          || depth == 0 && participleAdjunct(start, i, sentenceEnd)
          || depth == 0 && appositiveTail(start, i, sentenceEnd)) {
        return i;
      }
      if (depth == 0 && quoteEndsClause(i, sentenceEnd)) {
        return i + 1;
      }
    }
    return sentenceEnd;
  }

  /** True at a dash or comma before a short trailing attribution ("..., the source added."). */
  private boolean endsBeforeAttribution(int i, int sentenceEnd) {
    if (article.isDash(i)) {
      return cueAhead(i + 1, Math.min(sentenceEnd, i + DASH_CUE_WINDOW));
    }
    int next = i + 1 < sentenceEnd && article.isCloseQuote(i + 1) ? i + 2 : i + 1;
    return article.isComma(i)
        && sentenceEnd - next <= TRAILING_ATTRIBUTION_TOKENS
        && !relativeSubjectAt(next, sentenceEnd) // ", who charges fees, has lost": a relative
        && !predicateAt(next, sentenceEnd) // ", were larger than expected": the clause goes on
        && cueAhead(next, sentenceEnd);
  }

  /** True at a tensed verb that is no cue: the predicate of a clause whose subject came before. */
  private boolean predicateAt(int i, int sentenceEnd) {
    return i < sentenceEnd
        && article.isFiniteVerb(i)
        && article.lexicon().cueVerb(article.tokens(), i, sentenceEnd) == null;
  }

  /** True at "who" or "which" as the subject of the verb right after it. */
  private boolean relativeSubjectAt(int i, int sentenceEnd) {
    return i + 1 < sentenceEnd
        && (article.token(i).pos().equals("WP") || article.token(i).pos().equals("WDT"))
        && article.token(i + 1).isPos("VB");
  }

  /** True at a comma before "according to X": the words before are another source's. */
  private boolean accordingToAt(int i, int sentenceEnd) {
    if (!article.isComma(i) || i + 1 >= sentenceEnd) {
      return false;
    }
    return cuePhraseAt(i + 1, Math.min(sentenceEnd, i + 5), "according-to");
  }

  /**
   * Where content from {@code start} inside a fronted subordinate clause ("While X said Y, Z ...")
   * ends (exclusive), no later than {@code end}: at the comma before the main clause.
   */
  int frontedClauseEnd(int start, int end) {
    int depth = article.isOpenQuote(start) ? 1 : 0;
    for (int i = start + 1; i < end; i++) {
      depth += article.isOpenQuote(i) ? 1 : article.isCloseQuote(i) ? -1 : 0;
      if (depth <= 0 && article.isComma(i) && phrases.clauseStartsAt(i + 1, end)) {
        return i;
      }
      if (depth <= 0
          && article.isCloseQuote(i)
          && article.isComma(i - 1)
          && phrases.clauseStartsAt(i + 1, end)) {
        return i + 1; // "While she conceded she is \"not a natural,\" Clinton had a good night"
      }
    }
    return end;
  }

  /**
   * True at a semicolon, or at a comma before "and"/"but" opening a clause with its own subject
   * ("..., and Hillary Clinton is promising ..."): the author goes on in a new clause.
   */
  private boolean newClause(int i, int sentenceEnd) {
    if (article.token(i).text().equals(";")) {
      return true;
    }
    int conjunction = i + 1;
    if (article.isComma(i)
        && conjunction < sentenceEnd
        && article.is(conjunction, WordClass.CONCESSIVE)) {
      return true; // "..., although he again refused to pledge ..."
    }
    if (article.isComma(i)
        && conjunction + 1 < sentenceEnd
        && article.is(conjunction, WordClass.SUBORDINATOR)
        && reportsOfItsOwn(conjunction + 1, sentenceEnd)) {
      return true; // "..., while Israeli officials said a deal was near": a second report
    }
    if (article.isComma(i) && timeAdjunctAt(conjunction, sentenceEnd)) {
      return true; // "..., days after the ministry had ruled it out"
    }
    return article.isComma(i)
        && conjunction + 1 < sentenceEnd
        && article.token(conjunction).isPos("CC")
        && phrases.clauseStartsAt(conjunction + 1, sentenceEnd);
  }

  /**
   * True at "days after", "a week before", "two hours after": a span of time measured from another
   * event, the author's adjunct to the reporting clause.
   */
  private boolean timeAdjunctAt(int j, int sentenceEnd) {
    if (j < sentenceEnd
        && (article.token(j).isPos("DT") || article.token(j).isPos("CD"))
        && j + 1 < sentenceEnd
        && article.is(j + 1, WordClass.TIME_UNIT)) {
      j++;
    }
    if (j + 1 >= sentenceEnd || !article.is(j, WordClass.TIME_UNIT)) {
      return false;
    }
    String next = article.token(j + 1).text().toLowerCase(java.util.Locale.ROOT);
    return next.equals("after") || next.equals("before");
  }

  /**
   * True at a quotation closing after its comma before "and"/"but" with a new clause or a second
   * predicate ("promised \"jobs, jobs, jobs,\" but he has also ..."): the author goes on.
   */
  private boolean quoteEndsClause(int i, int sentenceEnd) {
    int conjunction = i + 1;
    return article.isCloseQuote(i)
        && article.isComma(i - 1)
        && conjunction + 1 < sentenceEnd
        && article.token(conjunction).isPos("CC")
        && (phrases.clauseStartsAt(conjunction + 1, sentenceEnd)
            || secondPredicate(conjunction, sentenceEnd));
  }

  /**
   * True at "and"/"but"/"yet" before a tensed verb: the subject's next act ("... and repeatedly
   * says").
   */
  private boolean secondPredicate(int i, int sentenceEnd) {
    if (!article.token(i).isPos("CC")) {
      return false;
    }
    int verb = i + 1;
    while (verb < sentenceEnd && article.token(verb).isPos("RB")) {
      verb++;
    }
    return verb < sentenceEnd
        && article.isFiniteVerb(verb)
        && (verb == i + 1 || !article.token(verb).pos().equals("MD"));
  }

  /** True at "and" or "but" joining a second tensed cue verb ("... and warned that ..."). */
  private boolean coordinatedCue(int i) {
    int verb = i + 1;
    return article.token(i).isPos("CC")
        && verb < article.tokens().size()
        && article.isFiniteVerb(verb)
        && article.lexicon().cueVerb(article.tokens(), verb, verb + 1) != null;
  }

  /**
   * True at a comma after a complete clause before a participle that is not a cue ("... would be
   * released, sending him to cities ..."): the author's own aside about the act. A participle that
   * adds to a list ("..., including ...") goes on.
   */
  private boolean participleAdjunct(int start, int i, int sentenceEnd) {
    if (!article.isComma(i)) {
      return false;
    }
    int verb = i + 1;
    while (verb < sentenceEnd && article.token(verb).isPos("RB")) {
      verb++;
    }
    return verb + 1 < sentenceEnd
        && article.token(verb).pos().equals("VBG")
        && !article.is(verb, WordClass.INCLUSIVE)
        && article.hasFiniteVerb(start, i);
  }

  /**
   * True at a comma after a complete clause before an indefinite noun phrase that runs to the end
   * of the sentence with no verb of its own ("... at his rally, a swipe at the recent
   * disturbances"): the author's comment on the act, not part of what was said.
   */
  private boolean appositiveTail(int start, int i, int sentenceEnd) {
    if (!article.isComma(i) || i + 2 >= sentenceEnd || !article.hasFiniteVerb(start, i)) {
      return false;
    }
    String next = article.token(i + 1).text().toLowerCase(Locale.ROOT);
    if (!next.equals("a") && !next.equals("an")) {
      return false;
    }
    for (int j = i + 1; j < sentenceEnd; j++) {
      if (article.isQuote(j)
          || article.isFiniteVerb(j)
          || article.token(j).isPos("VBG")
          || article.token(j).isPos("CC")) {
        return false; // "a single bed, an armoire and a night table": a list goes on
      }
    }
    return true;
  }

  /** True at a comma before a participle cue ("..., saying ...") that starts its own finding. */
  private boolean participleCue(int i) {
    int verb = i + 1;
    return article.isComma(i)
        && verb < article.tokens().size()
        && article.token(verb).pos().equals("VBG")
        && article.lexicon().cueVerb(article.tokens(), verb, verb + 1) != null;
  }

  /**
   * True when a clause at {@code first} is a report of its own: a noun phrase, then (after adverbs)
   * a tensed cue verb.
   */
  private boolean reportsOfItsOwn(int first, int limit) {
    TokenSpan subject = phrases.startingAt(first, limit);
    if (subject == null || article.token(subject.first()).isPos("PRP")) {
      return false; // "..., while he said": often the same speaker going on
    }
    int verb = subject.end();
    while (verb < limit && article.token(verb).isPos("RB")) {
      verb++;
    }
    return verb < limit
        && article.isFiniteVerb(verb)
        && article.lexicon().cueVerb(article.tokens(), verb, limit) != null;
  }

  private boolean cueAhead(int from, int limit) {
    for (int i = from; i < limit; i++) {
      if (article.token(i).isPos("VB")
          && article.lexicon().cueVerb(article.tokens(), i, limit) != null) {
        return true;
      }
    }
    return false;
  }

  /** The span without punctuation at its ends (closing quotes after punctuation stay); or null. */
  TokenSpan trim(int first, int end) {
    int b = first;
    int e = end;
    while (b < e && (article.isPunctuation(b) || article.isCloseQuote(b))) {
      b++;
    }
    while (e > b && (article.isPunctuation(e - 1) || article.isOpenQuote(e - 1))) {
      e--;
    }
    if (e - b < 2) {
      return e > b ? new TokenSpan(b, e) : null;
    }
    boolean opens = article.isOpenQuote(b);
    boolean closes = article.isCloseQuote(e - 1);
    if (opens && closes && quotations.closingQuote(b, e) == e - 1) {
      return trim(b + 1, e - 1);
    }
    if (opens && quotations.closingQuote(b, e) < 0) {
      return trim(b + 1, e);
    }
    if (closes && quotations.openingQuote(e - 1, b) < 0) {
      return trim(b, e - 1);
    }
    return new TokenSpan(b, e);
  }

  /** True when the sentence holds a cue verb with a subject and a reported clause. */
  boolean hasReportingClause(Sentence sentence) {
    int first = sentence.tokens().first();
    int end = sentence.tokens().end();
    for (int i = first; i < end; i++) {
      LemmaPhrases.Match<CueVerb> cue = article.lexicon().cueVerb(article.tokens(), i, end);
      if (cue != null
          && article.token(i).isPos("VB")
          && phrases.subjectBefore(i, first) != null
          && complementStart(cue.end(), end) >= 0) {
        return true;
      }
    }
    return false;
  }
}
