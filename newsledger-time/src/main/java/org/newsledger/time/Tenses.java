package org.newsledger.time;

import java.util.List;
import org.newsledger.core.lexicon.PhraseIndex;
import org.newsledger.core.text.Pos;
import org.newsledger.core.text.Token;

/**
 * Finds the tense of the clause around a char offset from the verb group nearest to it in its
 * sentence: a future cue ("will", "going to") makes it FUTURE; a past or past-participle verb PAST;
 * a present progressive ("is meeting") FUTURE; anything else UNKNOWN.
 */
final class Tenses {

  private static final int CUE_REACH = 3;

  private Tenses() {}

  /**
   * The tense at {@code offset}, given the tokens of the sentence holding it; a present progressive
   * counts as future only when {@code progressiveIsFuture}.
   */
  static Tense at(
      List<Token> sentence, int offset, boolean progressiveIsFuture, PhraseIndex<Tense> cues) {
    int position = position(sentence, offset);
    int verb = nearestVerb(sentence, position);
    if (verb < 0) {
      return Tense.UNKNOWN;
    }
    int first = verb;
    while (first > 0 && inVerbGroup(sentence.get(first - 1))) {
      first--;
    }
    int end = verb + 1;
    while (end < sentence.size() && inVerbGroup(sentence.get(end))) {
      end++;
    }
    // cues such as "is due to" reach back over a non-verb ("due")
    int cueStart = Math.max(0, first - CUE_REACH);
    return classify(
        sentence.subList(first, end), sentence.subList(cueStart, end), cues, progressiveIsFuture);
  }

  private static Tense classify(
      List<Token> group,
      List<Token> cueWindow,
      PhraseIndex<Tense> cues,
      boolean progressiveIsFuture) {
    for (PhraseIndex.Match<Tense> cue : cues.findAll(cueWindow)) {
      if (cue.value() == Tense.FUTURE) {
        return Tense.FUTURE;
      }
    }
    boolean be = false;
    for (Token token : group) {
      if (token.isPos("VBD") || token.isPos("VBN")) {
        return Tense.PAST;
      }
      be |= "be".equals(token.lemma()) && (token.isPos("VBZ") || token.isPos("VBP"));
    }
    boolean progressive = group.stream().anyMatch(t -> t.isPos("VBG"));
    return be && progressive && progressiveIsFuture ? Tense.FUTURE : Tense.UNKNOWN;
  }

  private static int position(List<Token> sentence, int offset) {
    for (int i = 0; i < sentence.size(); i++) {
      if (sentence.get(i).end() > offset) {
        return i;
      }
    }
    return Math.max(0, sentence.size() - 1);
  }

  private static int nearestVerb(List<Token> sentence, int position) {
    for (int distance = 0; distance < sentence.size(); distance++) {
      if (position - distance >= 0 && isVerb(sentence.get(position - distance))) {
        return position - distance;
      }
      if (position + distance < sentence.size() && isVerb(sentence.get(position + distance))) {
        return position + distance;
      }
    }
    return -1;
  }

  private static boolean isVerb(Token token) {
    return Pos.isVerbOrModal(token);
  }

  private static boolean inVerbGroup(Token token) {
    return isVerb(token) || token.isPos("RB") || token.isPos("TO");
  }
}
