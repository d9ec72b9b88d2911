package org.newsledger.attribution;

import java.util.ArrayList;
import java.util.List;
import org.newsledger.core.facts.AttributionKind;
import org.newsledger.core.text.Sentence;

/**
 * "The vote is expected to pass next week": an impersonal passive ("be" + a participle of the
 * impersonal-passive class + "to" + verb) that reports an expectation no one in the clause holds;
 * the content is the subject and its infinitive, the source is left unknown.
 */
final class ExpectedToRule implements Rule {

  static final String NAME = "attribution:impersonal-expected-to";

  @Override
  public List<Candidate> find(Article article, Sentence sentence, Claims claims) {
    List<Candidate> found = new ArrayList<>();
    NounPhrases phrases = article.phrases();
    Contents contents = article.contents();
    int first = sentence.tokens().first();
    int end = sentence.tokens().end();
    for (int participle = first + 1; participle < end - 2; participle++) {
      int be = auxiliaryBe(article, participle, first);
      if (be < 0 || !infinitiveAfter(article, participle, end)) {
        continue;
      }
      TokenSpan cue = new TokenSpan(be, participle + 1);
      TokenSpan subject = phrases.subjectBefore(be, first);
      if (subject != null && subject.first() > first && nounBefore(article, subject.first())) {
        continue; // "the changes lawmakers are expected to ...": a relative clause, not a report
      }
      int start = subject != null ? subject.first() : participle + 1;
      int stop = article.beforeComma(participle + 1, contents.end(participle + 1, sentence));
      TokenSpan content = contents.trim(start, stop);
      if (content != null) {
        found.add(
            new Candidate(
                AttributionKind.BELIEF, cue, content, null, Finding.ImplicitSource.UNSTATED));
      }
    }
    return found;
  }

  /** The "be" before an impersonal participle ("is not expected"), or -1. */
  private static int auxiliaryBe(Article article, int participle, int first) {
    if (!article.token(participle).pos().equals("VBN")
        || !article.is(participle, WordClass.IMPERSONAL_PASSIVE)) {
      return -1;
    }
    int be = participle - 1;
    while (be > first && article.token(be).isPos("RB")) {
      be--;
    }
    return article.token(be).lemma().equals("be") && article.isAuxiliary(be) ? be : -1;
  }

  /** True when a noun or a preposition stands right before the subject found. */
  private static boolean nounBefore(Article article, int subjectFirst) {
    String pos = article.token(subjectFirst - 1).pos();
    return pos.startsWith("NN") || pos.equals("IN");
  }

  private static boolean infinitiveAfter(Article article, int participle, int end) {
    return participle + 2 < end
        && article.token(participle + 1).pos().equals("TO")
        && article.token(participle + 2).isPos("VB");
  }
}
