package org.newsledger.attribution;

import java.util.ArrayList;
import java.util.List;
import org.newsledger.core.text.Sentence;

/**
 * "It was added, however, that CONTENT": an impersonal passive cue in the past tense, whose source
 * is the one of the statement reported just before.
 */
final class PassiveItRule implements Rule {

  static final String NAME = "attribution:passive-it-was-added";

  @Override
  public List<Candidate> find(Article article, Sentence sentence, Claims claims) {
    List<Candidate> found = new ArrayList<>();
    NounPhrases phrases = article.phrases();
    Contents contents = article.contents();
    int end = sentence.tokens().end();
    for (int it = sentence.tokens().first(); it < end - 3; it++) {
      LemmaPhrases.Match<CueVerb> cue = passiveCue(article, it, end);
      if (cue == null) {
        continue;
      }
      int start = contents.complementStart(skipParenthetical(article, cue.end(), end), end);
      TokenSpan cueSpan = new TokenSpan(cue.first(), cue.end());
      TokenSpan content = start < 0 ? null : contents.trim(start, contents.end(start, sentence));
      if (content != null) {
        found.add(new Candidate(null, cueSpan, content, null, Finding.ImplicitSource.PREVIOUS));
      }
    }
    return found;
  }

  /** The cue of "it was (also) added" starting at {@code it}, or null. */
  private static LemmaPhrases.Match<CueVerb> passiveCue(Article article, int it, int end) {
    if (!article.token(it).lemma().equals("it") || !article.token(it).pos().equals("PRP")) {
      return null;
    }
    int verb = it + 1;
    boolean pastBe = false;
    while (verb < end && (article.token(verb).isPos("RB") || article.isAuxiliary(verb))) {
      pastBe |= article.token(verb).pos().equals("VBD") && article.token(verb).lemma().equals("be");
      verb++;
    }
    boolean participle = verb < end && article.token(verb).pos().equals("VBN");
    return pastBe && participle ? article.lexicon().cueVerb(article.tokens(), verb, end) : null;
  }

  /** Skips ", however," and similar adverbs set off by commas. */
  private static int skipParenthetical(Article article, int from, int end) {
    int i = from;
    while (i < end && (article.isComma(i) || article.token(i).isPos("RB"))) {
      i++;
    }
    return i;
  }
}
