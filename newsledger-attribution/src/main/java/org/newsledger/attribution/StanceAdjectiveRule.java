package org.newsledger.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsledger.core.facts.AttributionKind;
import org.newsledger.core.text.Sentence;

/**
 * "X is confident that CONTENT", "X was worried the vote would fail": a subject, a copula and an
 * adjective of a state of mind (stance-adjectives.tsv) before a reported clause. Impersonal
 * subjects ("it is clear that"), relative clauses ("the race, in which she was sure ...") and words
 * inside a quotation are left out.
 */
final class StanceAdjectiveRule implements Rule {

  static final String NAME = "attribution:stance-adjective";

  private static final Set<String> COPULAS = Set.of("be", "remain", "seem", "feel", "become");
  private static final Set<String> IMPERSONAL = Set.of("it", "there", "this", "that");

  @Override
  public List<Candidate> find(Article article, Sentence sentence, Claims claims) {
    List<Candidate> found = new ArrayList<>();
    int first = sentence.tokens().first();
    int end = sentence.tokens().end();
    for (int adjective = first + 2; adjective < end - 2; adjective++) {
      if (!article.lexicon().isStanceAdjective(article.token(adjective))
          || article.insideQuote(adjective)) {
        continue;
      }
      int copula = copulaBefore(article, adjective, first);
      TokenSpan subject = copula < 0 ? null : article.phrases().subjectBefore(copula, first);
      if (subject == null
          || impersonal(article, subject)
          || subject.first() > first && article.token(subject.first() - 1).isPos("W")) {
        continue;
      }
      int start = clauseStart(article, adjective + 1, end);
      TokenSpan content =
          start < 0
              ? null
              : article.contents().trim(start, article.contents().end(start, sentence));
      if (content != null && content.end() - content.first() > 2) {
        TokenSpan cue = new TokenSpan(copula, adjective + 1);
        found.add(Candidate.named(AttributionKind.BELIEF, cue, content, subject));
      }
    }
    return found;
  }

  /**
   * The tensed copula or its participle before the adjective, across adverbs ("is not so sure"), or
   * -1.
   */
  private static int copulaBefore(Article article, int adjective, int first) {
    int i = adjective - 1;
    while (i > first && article.token(i).isPos("RB")) {
      i--;
    }
    boolean copula =
        article.token(i).isPos("VB")
            && !article.token(i).pos().equals("VB") // "can be convinced that": a passive
            && COPULAS.contains(article.token(i).lemma());
    return copula ? i : -1;
  }

  /** Where a "that" clause, or a clause with its own subject, starts right after the adjective. */
  private static int clauseStart(Article article, int next, int end) {
    if (article.is(next, WordClass.COMPLEMENTIZER) && !article.token(next).isPos("W")) {
      return article.phrases().clauseStartsAt(next + 1, end) ? next + 1 : -1;
    }
    return article.phrases().clauseStartsAt(next, end) ? next : -1;
  }

  private static boolean impersonal(Article article, TokenSpan subject) {
    return subject.end() - subject.first() == 1
        && IMPERSONAL.contains(article.token(subject.first()).text().toLowerCase(Locale.ROOT));
  }
}
