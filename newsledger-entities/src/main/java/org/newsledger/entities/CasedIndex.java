package org.newsledger.entities;

import java.util.List;
import java.util.Locale;
import org.newsledger.core.lexicon.PhraseIndex;
import org.newsledger.core.lexicon.PhraseIndex.Match;
import org.newsledger.core.text.Token;

/**
 * A phrase index whose matches must also agree in capitalization with the listed phrase: a listed
 * word written in capitals ("US") matches only in capitals, a capitalized one only capitalized.
 */
final class CasedIndex<V> {

  private final PhraseIndex<V> index = new PhraseIndex<>();

  /** Adds a phrase written as it must appear. */
  CasedIndex<V> add(String phrase, V value) {
    index.add(phrase, value);
    return this;
  }

  /** The longest phrase starting at token {@code start} with agreeing case, or null. */
  Match<V> matchAt(List<Token> tokens, int start) {
    Match<V> match = index.matchAt(tokens, start);
    return match != null && casesAgree(tokens, match) ? match : null;
  }

  private static boolean casesAgree(List<Token> tokens, Match<?> match) {
    String[] words = match.phrase().strip().split("\\s+");
    for (int k = 0; k < words.length; k++) {
      if (!caseAgrees(words[k], tokens.get(match.first() + k).text())) {
        return false;
      }
    }
    return true;
  }

  private static boolean caseAgrees(String listed, String found) {
    if (isAcronym(listed)) {
      return found.equals(found.toUpperCase(Locale.ROOT));
    }
    boolean listedCapital = Character.isUpperCase(listed.codePointAt(0));
    return !listedCapital || Character.isUpperCase(found.codePointAt(0));
  }

  private static boolean isAcronym(String word) {
    int letters = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letters += Character.isLetter(c) ? 1 : 0;
    }
    return letters >= 2;
  }
}
