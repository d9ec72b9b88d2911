package org.newsledger.attribution;

import java.util.ArrayList;
import java.util.List;
import org.newsledger.core.facts.AttributionKind;
import org.newsledger.core.text.Sentence;

/**
 * "The plan appears to be working", "Trump's supporters seemed unperturbed", "It appears that the
 * game was not boring": a tensed raising verb of the word list ("seem", "appear") through which the
 * writer reports how things look, not what anyone said. The content is the subject with what
 * follows the verb (after "that" when the subject is an empty "it"), the source is left unknown.
 * When "to" is followed by a cue verb ("appeared to suggest that"), the cue is that verb's and this
 * rule stays out.
 */
final class AppearsRule implements Rule {

  static final String NAME = "attribution:appears-to";

  @Override
  public List<Candidate> find(Article article, Sentence sentence, Claims claims) {
    List<Candidate> found = new ArrayList<>();
    int first = sentence.tokens().first();
    int end = sentence.tokens().end();
    for (int verb = first + 1; verb + 1 < end; verb++) {
      if (!article.is(verb, WordClass.RAISING)
          || !tensed(article, verb)
          || article.insideQuote(verb)) {
        continue;
      }
      TokenSpan cue = new TokenSpan(verb, verb + 1);
      TokenSpan subject = article.phrases().subjectBefore(verb, first);
      if (subject == null) {
        continue;
      }
      int start = contentStart(article, subject, verb, end);
      if (start < 0) {
        continue;
      }
      int stop = article.beforeComma(verb + 1, article.contents().end(verb + 1, sentence));
      TokenSpan content = article.contents().trim(start, stop);
      if (content != null && content.end() > verb + 1) {
        found.add(
            new Candidate(
                AttributionKind.BELIEF, cue, content, null, Finding.ImplicitSource.UNSTATED));
      }
    }
    return found;
  }

  /**
   * Where the content begins: at the subject before "to" + a verb that is no cue or before a
   * predicate adjective or participle ("seemed unperturbed", "appeared somewhat uneasy"); after
   * "that" when the subject is "it"; -1 otherwise ("appeared on CNN", "appeared to say").
   */
  private static int contentStart(Article article, TokenSpan subject, int verb, int end) {
    int next = verb + 1;
    boolean empty =
        subject.end() - subject.first() == 1 && article.token(subject.first()).lemma().equals("it");
    if (article.is(next, WordClass.COMPLEMENTIZER)) {
      return empty && next + 1 < end ? next + 1 : -1;
    }
    if (empty) {
      return -1;
    }
    if (article.token(next).pos().equals("TO")) {
      boolean infinitive = next + 1 < end && article.token(next + 1).isPos("VB");
      boolean cued =
          infinitive && article.lexicon().cueVerb(article.tokens(), next + 1, end) != null;
      return infinitive && !cued ? subject.first() : -1;
    }
    int predicate = next;
    while (predicate < end && article.token(predicate).isPos("RB")) {
      predicate++;
    }
    boolean predicative =
        predicate < end
            && (article.token(predicate).isPos("JJ") || article.token(predicate).isPos("VBN"));
    return predicative ? subject.first() : -1;
  }

  private static boolean tensed(Article article, int verb) {
    String pos = article.token(verb).pos();
    return pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP");
  }
}
