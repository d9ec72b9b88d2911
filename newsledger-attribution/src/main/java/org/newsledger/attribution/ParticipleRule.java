package org.newsledger.attribution;

import java.util.ArrayList;
import java.util.List;
import org.newsledger.core.text.Sentence;

/**
 * ", saying (that) CONTENT" and ", adding that CONTENT": a participle clause whose speaker is the
 * subject that opens the sentence ("Clinton mocked the complaint, saying ...").
 */
final class ParticipleRule implements Rule {

  static final String NAME = "attribution:participle-saying";
  private static final int QUOTE_WINDOW = 4;
  private static final int BY_PHRASE_WINDOW = 8;

  @Override
  public List<Candidate> find(Article article, Sentence sentence, Claims claims) {
    List<Candidate> found = new ArrayList<>();
    NounPhrases phrases = article.phrases();
    Contents contents = article.contents();
    ObjectContents objects = article.objects();
    int first = sentence.tokens().first();
    int end = sentence.tokens().end();
    for (int verb = first + 2; verb < end; verb++) {
      LemmaPhrases.Match<CueVerb> cue = article.lexicon().cueVerb(article.tokens(), verb, end);
      if (cue == null
          || !article.token(verb).pos().equals("VBG")
          || citesSource(article, phrases, verb, end)) {
        continue; // "citing two officials" names a relayed source (Citations), not a statement
      }
      TokenSpan absolute =
          cue.value().isJudgment() ? null : absoluteSubject(article, phrases, first, verb);
      if (absolute == null && (cue.value().isMental() || !opensParticiple(article, verb))) {
        continue;
      }
      TokenSpan opening = openingSubject(article, phrases, first, end);
      TokenSpan reporting = absolute == null ? reportingSpeaker(article, first, verb) : null;
      TokenSpan subject =
          absolute != null
              ? absolute
              : reporting != null
                  ? reporting // "The strike will go on, the union said, adding that ..."
                  : opening != null || cue.value().isJudgment() && !article.isComma(verb - 1)
                      ? opening // "and supporting X" after an aside may modify a noun, not the
                      // subject
                      : mainSubject(article, phrases, first, verb);
      int start = subject == null ? -1 : contents.complementStart(cue.value(), cue.end(), end);
      TokenSpan content = start < 0 ? null : contents.trim(start, contents.end(start, sentence));
      if (content != null && start != contents.complementStart(cue.end(), end)) {
        content = contents.trim(start, objects.end(start, content.end()));
        int comma = content == null ? -1 : article.beforeComma(start, content.end());
        if (content != null
            && comma + 1 < content.end()
            && article.is(comma + 1, WordClass.COMPLEMENTIZER)) {
          content = contents.trim(start, comma); // "said, citing the cost of fuel, that ..."
        }
      }
      if (content != null) {
        content = contents.trim(content.first(), parallelEnd(article, content));
      }
      TokenSpan cueSpan = new TokenSpan(cue.first(), cue.end());
      if (content != null) {
        found.add(Candidate.named(SaidThatRule.kindOf(cue.value()), cueSpan, content, subject));
      }
    }
    return found;
  }

  /**
   * True at a citing phrase ("citing", "quoting") before a source ({@link Citations#namesSource}),
   * or before no noun phrase at all.
   */
  private static boolean citesSource(Article article, NounPhrases phrases, int verb, int end) {
    LemmaPhrases.Match<String> phrase = article.lexicon().cuePhrase(article.tokens(), verb, end);
    if (phrase == null) {
      return false;
    }
    TokenSpan cited = phrases.startingAt(phrase.end(), end);
    return cited == null || Citations.namesSource(article, phrases, cited);
  }

  /**
   * The speaker of a reporting clause set off right before the participle ("..., health officials
   * said on Thursday, urging ...", "\"...,\" said the union, adding ..."): the participle goes on
   * with that speaker's words, not with the subject that opens the sentence; or null.
   */
  private static TokenSpan reportingSpeaker(Article article, int first, int verb) {
    int comma = verb - 1;
    if (comma <= first || !article.isComma(comma)) {
      return null;
    }
    int start = comma;
    while (start > first && !article.isComma(start - 1) && !article.isQuote(start - 1)) {
      start--;
    }
    NounPhrases phrases = article.phrases();
    for (int i = start; i < comma; i++) {
      if (article.isFiniteVerb(i)
          && article.lexicon().cueVerb(article.tokens(), i, comma) != null) {
        TokenSpan before = i > start ? phrases.subjectBefore(i, start) : null;
        return before != null ? before : phrases.startingAt(i + 1, comma);
      }
    }
    return null;
  }

  /**
   * Where a second participle joined by "and"/"but" starts ("pledging reform and trying to
   * connect", "saying X but warning that Y"): the participle's content ends there; else the
   * content's own end.
   */
  private static int parallelEnd(Article article, TokenSpan content) {
    int depth = 0;
    for (int i = content.first(); i + 1 < content.end(); i++) {
      depth += article.isOpenQuote(i) ? 1 : article.isCloseQuote(i) ? -1 : 0;
      if (depth == 0
          && i > content.first()
          && article.token(i).isPos("CC")
          && article.token(i + 1).pos().equals("VBG")
          && !article.is(i + 1, WordClass.INCLUSIVE)) {
        return i;
      }
    }
    return content.end();
  }

  /**
   * True after a comma, "and", or a preposition ("criticized for saying that ..."); after a
   * subordinator only before a quotation ("sang before asking her, \"...\"").
   */
  private static boolean opensParticiple(Article article, int verb) {
    int before = verb - 1;
    if (article.isCloseQuote(before) && before - 1 >= 0 && article.isComma(before - 1)) {
      before--; // "... a defense of \"New York values,\" saying ..."
    }
    if (article.is(before, WordClass.PRIVATIVE)) {
      return false; // "left without saying why": nothing was said
    }
    if (quotedAs(article, before)) {
      return true; // "was quoted as saying", "was quoted by the Post as saying"
    }
    return article.isComma(before)
        || article.token(before).isPos("CC")
        || article.token(before).pos().equals("IN")
            && (!article.is(before, WordClass.SUBORDINATOR) || quotationFollows(article, verb));
  }

  /**
   * The noun phrase between "with" and the participle at {@code verb}, the participle's own subject
   * ("..., with 50 percent of voters saying she is prepared"); or null.
   */
  private static TokenSpan absoluteSubject(
      Article article, NounPhrases phrases, int first, int verb) {
    if (verb - 1 <= first || !article.isNominal(verb - 1)) {
      return null;
    }
    TokenSpan subject = phrases.endingAt(verb - 1, first);
    int with = subject == null ? -1 : subject.first() - 1;
    return with >= first
            && article.token(with).lemma().equalsIgnoreCase("with")
            && !article.token(subject.first()).isPos("PRP")
        ? subject
        : null;
  }

  /**
   * True when {@code as} is "as" after a passive participle, directly or after its by-phrase ("was
   * quoted as saying", "was quoted by the Post as saying"): the participle's subject said it.
   */
  private static boolean quotedAs(Article article, int as) {
    if (as < 1 || !article.token(as).lemma().equalsIgnoreCase("as")) {
      return false;
    }
    int before = as - 1;
    for (int i = as - 1; i > 0 && as - i <= BY_PHRASE_WINDOW; i--) {
      if (article.token(i).lemma().equalsIgnoreCase("by")) {
        before = i - 1;
        break;
      }
      if (article.isComma(i) || article.isFiniteVerb(i)) {
        break;
      }
    }
    return article.token(before).pos().equals("VBN")
        && before > 0
        && article.token(before - 1).lemma().equals("be");
  }

  /** True when a quotation opens within the next few tokens after the participle. */
  private static boolean quotationFollows(Article article, int verb) {
    int limit = Math.min(article.tokens().size(), verb + QUOTE_WINDOW);
    for (int i = verb + 1; i < limit; i++) {
      if (article.isOpenQuote(i)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The subject of the sentence's main clause before the participle at {@code participle}: the
   * phrase opening the sentence, else the subject of the first tensed verb outside quotation marks
   * ("During a speech, Trump attacked Clinton, saying ..."); or null.
   */
  static TokenSpan mainSubject(Article article, NounPhrases phrases, int first, int participle) {
    TokenSpan opening = openingSubject(article, phrases, first, participle);
    if (opening != null) {
      return opening;
    }
    int depth = 0;
    for (int i = first; i < participle; i++) {
      depth += article.isOpenQuote(i) ? 1 : article.isCloseQuote(i) ? -1 : 0;
      boolean afterAppositive =
          i > first && article.token(i).pos().equals("VBN") && article.isComma(i - 1);
      if (depth == 0 && (article.isFiniteVerb(i) || afterAppositive) && !inRelative(article, i)) {
        TokenSpan subject = phrases.subjectBefore(i, first);
        return subject != null && !phrases.isRelativeWho(subject.first()) ? subject : null;
      }
    }
    return null;
  }

  /**
   * True for a verb inside a relative clause set off by a comma ("Trump, whose views have upset
   * many, last year proposed"): a relative word stands between it and the comma before.
   */
  private static boolean inRelative(Article article, int verb) {
    for (int i = verb - 1; i >= 0 && !article.isComma(i); i--) {
      if (article.token(i).pos().startsWith("W") && i > 0 && article.isComma(i - 1)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The noun phrase opening the sentence when a verb follows it (after auxiliaries and a time
   * phrase: "Trump last year proposed").
   */
  static TokenSpan openingSubject(Article article, NounPhrases phrases, int first, int end) {
    TokenSpan subject = phrases.startingAt(first, end);
    if (subject == null) {
      return null;
    }
    for (int i = subject.first() + 1; i < subject.end(); i++) {
      if (phrases.inTimePhrase(i) && phrases.isTemporal(subject.end() - 1)) {
        subject = new TokenSpan(subject.first(), i);
        break;
      }
    }
    int verb = subject.end();
    while (verb < end && (article.token(verb).isPos("RB") || phrases.inTimePhrase(verb))) {
      verb++;
    }
    return verb < end && article.token(verb).isPos("VB") ? subject : null;
  }
}
