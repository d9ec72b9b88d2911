package org.newsledger.attribution;

import java.util.ArrayList;
import java.util.List;
import org.newsledger.core.text.Sentence;

/**
 * "CONTENT was endorsed by X", "the plan, first reported by X, ...": a cue verb that takes an
 * object as its content, in the passive with its agent after "by". The agent is the source and the
 * passive's subject, or the phrase that the participle's aside follows, is the content. Verbs that
 * name their addressee ("was told by"), states of mind ("was seen by") and verbs whose content is a
 * clause or an infinitive keep their own rules.
 */
final class PassiveByRule implements Rule {

  static final String NAME = "attribution:passive-by";

  /** Most adverbs between the participle and "by" ("was first reported by"). */
  private static final int MAX_ADVERBS = 2;

  @Override
  public List<Candidate> find(Article article, Sentence sentence, Claims claims) {
    List<Candidate> found = new ArrayList<>();
    int first = sentence.tokens().first();
    int end = sentence.tokens().end();
    for (int verb = first + 1; verb < end - 2; verb++) {
      LemmaPhrases.Match<CueVerb> cue = passiveCue(article, verb, end);
      if (cue == null || !SaidThatRule.speakerCue(article, verb)) {
        continue;
      }
      int by = byAfter(article, cue.end(), end);
      TokenSpan agent = by < 0 ? null : article.phrases().startingAt(by + 1, end);
      TokenSpan content = agent == null ? null : passiveSubject(article, verb, first);
      if (content != null && agentLike(article, agent) && !asSaying(article, agent.end(), end)) {
        found.add(Candidate.named(null, new TokenSpan(cue.first(), cue.end()), content, agent));
      }
    }
    return found;
  }

  /** The cue of a past participle at {@code verb} whose content is what it acts on, or null. */
  private static LemmaPhrases.Match<CueVerb> passiveCue(Article article, int verb, int end) {
    if (!article.token(verb).pos().equals("VBN")) {
      return null;
    }
    LemmaPhrases.Match<CueVerb> cue = article.lexicon().cueVerb(article.tokens(), verb, end);
    boolean objectCue =
        cue != null
            && cue.first() == verb
            && !cue.value().addressee()
            && !cue.value().isMental()
            && (cue.value().complement() == CueVerb.Complement.ANY
                || cue.value().cueClass().equals("report")); // "first reported by X"
    return objectCue ? cue : null;
  }

  /**
   * True when "as" and a participle follow the agent ("was quoted by the Post as saying"): the
   * passive's subject is the speaker, whose words the participle clause gives.
   */
  private static boolean asSaying(Article article, int after, int end) {
    return after + 1 < end
        && article.token(after).lemma().equalsIgnoreCase("as")
        && article.token(after + 1).pos().equals("VBG");
  }

  /** Index of "by" after the participle and at most two adverbs, or -1. */
  private static int byAfter(Article article, int from, int end) {
    int i = from;
    while (i < end && i - from < MAX_ADVERBS && article.token(i).isPos("RB")) {
      i++;
    }
    return i + 1 < end && article.token(i).lemma().equals("by") ? i : -1;
  }

  /**
   * The subject of "be" (with its auxiliaries and adverbs) before the participle, or the phrase
   * opening the sentence or an aside before a comma and the participle ("The plan, first reported
   * by"); null for a relative or negated clause.
   */
  private static TokenSpan passiveSubject(Article article, int verb, int first) {
    NounPhrases phrases = article.phrases();
    int i = verb - 1;
    boolean be = false;
    while (i > first && (article.token(i).isPos("RB") || article.isAuxiliary(i))) {
      if (article.is(i, WordClass.NEGATION)) {
        return null;
      }
      be |= article.token(i).lemma().equals("be");
      i--;
    }
    if (be) {
      TokenSpan subject = phrases.subjectBefore(i + 1, first);
      return subject == null || article.token(subject.first()).pos().startsWith("W")
          ? null
          : wholeSubject(article, subject, first);
    }
    if (!article.isComma(i)) {
      return null; // "a book written by": a noun's modifier more often than a report
    }
    TokenSpan modified = phrases.endingAt(i - 1, first);
    return modified != null && opensAside(article, modified, first) ? modified : null;
  }

  /**
   * The subject stretched back to the start of its clause over the phrase it ends ("The talks about
   * the pier are supported by"): back to the sentence start, punctuation, a tensed verb or a word
   * that opens a clause; the subject itself when the stretch does not open a phrase.
   */
  private static TokenSpan wholeSubject(Article article, TokenSpan subject, int first) {
    int start = subject.first();
    while (start > first && insideSubject(article, start - 1)) {
      start--;
    }
    String pos = article.token(start).pos();
    boolean opensPhrase =
        pos.equals("DT") || pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("PRP$");
    return start < subject.first() && opensPhrase ? new TokenSpan(start, subject.end()) : subject;
  }

  private static boolean insideSubject(Article article, int i) {
    String pos = article.token(i).pos();
    return !article.isPunctuation(i)
        && !article.isQuote(i)
        && !article.isFiniteVerb(i)
        && !article.is(i, WordClass.SUBORDINATOR)
        && !article.is(i, WordClass.COMPLEMENTIZER)
        && !pos.startsWith("W")
        && !pos.equals("CC")
        && !pos.equals("MD");
  }

  /** True when a comma or the sentence start stands before the phrase: "X, first reported by". */
  private static boolean opensAside(Article article, TokenSpan phrase, int first) {
    return phrase.first() == first || article.isComma(phrase.first() - 1);
  }

  /** True for an agent that can speak: not a time ("by Friday") or an amount ("by 10 votes"). */
  private static boolean agentLike(Article article, TokenSpan agent) {
    int head = article.phrases().head(agent);
    return !article.phrases().isTemporal(head) && !article.token(head).isPos("CD");
  }
}
