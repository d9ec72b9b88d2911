package org.newsledger.attribution;

import java.util.ArrayList;
import java.util.List;
import org.newsledger.core.facts.AttributionKind;
import org.newsledger.core.text.Sentence;

/**
 * "According to X, CONTENT." and "CONTENT, according to X.": the source follows the cue phrase and
 * the content is the rest of the sentence on the other side of the comma.
 */
final class AccordingToRule implements Rule {

  static final String NAME = "attribution:according-to";

  @Override
  public List<Candidate> find(Article article, Sentence sentence, Claims claims) {
    List<Candidate> found = new ArrayList<>();
    NounPhrases phrases = article.phrases();
    Contents contents = article.contents();
    int first = sentence.tokens().first();
    int end = sentence.tokens().end();
    for (int i = first; i < end; i++) {
      LemmaPhrases.Match<String> cue = article.lexicon().cuePhrase(article.tokens(), i, end);
      if (cue == null
          || !cue.value().equals("according-to")
          || i > first && article.token(i - 1).lemma().equals("be")) {
        continue; // "was quoted by the Post as saying": the passive of a cue verb
      }
      TokenSpan source = phrases.startingAt(cue.end(), end);
      if (source != null && article.is(phrases.head(source), WordClass.NORM)) {
        i = cue.end(); // "according to royal law": in accordance with, not a source
        continue;
      }
      TokenSpan cueSpan = new TokenSpan(cue.first(), cue.end());
      TokenSpan content = source == null ? null : content(article, contents, sentence, cue, source);
      if (content != null) {
        found.add(Candidate.named(AttributionKind.ACCORDING_TO, cueSpan, content, source));
      }
      i = cue.end();
    }
    return found;
  }

  private static TokenSpan content(
      Article article,
      Contents contents,
      Sentence sentence,
      LemmaPhrases.Match<String> cue,
      TokenSpan source) {
    int first = sentence.tokens().first();
    boolean leading = cue.first() == first || onlyAdverbsBefore(article, first, cue.first());
    if (leading) {
      int after = source.end();
      while (after < sentence.tokens().end() && !article.isComma(after)) {
        after++;
      }
      return contents.trim(after, sentence.tokens().end());
    }
    int resumed = resumedAfter(article, source.end(), sentence.tokens().end());
    int before = cue.first() - 1;
    if (resumed > 0
        && before > first
        && article.isComma(before)
        && opensClause(article, before - 1)) {
      // "crossed the border after, according to him, the network censured ...": what follows
      return contents.trim(resumed, contents.end(resumed, sentence));
    }
    if (resumed > 0 && !article.hasFiniteVerb(first, cue.first())) {
      return contents.trim(first, sentence.tokens().end()); // "His criticism, according to X, was"
    }
    return contents.trim(first, cue.first());
  }

  /**
   * The token after the comma that closes the according-to phrase ending at {@code sourceEnd}, when
   * words follow it in the sentence; -1 otherwise.
   */
  private static int resumedAfter(Article article, int sourceEnd, int end) {
    int comma = sourceEnd;
    while (comma < end && !article.isComma(comma) && !article.isPunctuation(comma)) {
      comma++;
    }
    return comma + 2 < end && article.isComma(comma) ? comma + 1 : -1;
  }

  /** True at a subordinator or "that" left waiting for its clause by the according-to phrase. */
  private static boolean opensClause(Article article, int i) {
    return article.is(i, WordClass.SUBORDINATOR) || article.is(i, WordClass.COMPLEMENTIZER);
  }

  private static boolean onlyAdverbsBefore(Article article, int first, int cue) {
    for (int i = first; i < cue; i++) {
      if (!article.token(i).isPos("RB") && !article.token(i).isPos("CC") && !article.isComma(i)) {
        return false;
      }
    }
    return true;
  }
}
