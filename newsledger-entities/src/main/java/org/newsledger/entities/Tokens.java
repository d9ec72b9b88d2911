package org.newsledger.entities;

import java.util.List;
import java.util.Set;
import org.newsledger.core.lexicon.PhraseIndex;
import org.newsledger.core.text.Token;

/** Small questions asked of tokens by the entity rules. */
final class Tokens {

  private static final Set<String> FINITE_VERBS = Set.of("VB", "VBD", "VBP", "VBZ", "MD");
  private static final Set<String> NAME_TAGS = Set.of("NNP", "NNPS", "FW");

  private Tokens() {}

  /** True when the token starts with a capital letter. */
  static boolean isCapitalized(Token token) {
    return !token.text().isEmpty() && Character.isUpperCase(token.text().codePointAt(0));
  }

  /** True for a capitalized proper-noun token ("Kerem", "Shalom"). */
  static boolean isProperWord(Token token) {
    return isCapitalized(token) && NAME_TAGS.contains(token.pos());
  }

  /** True for a verb that can follow a subject: base, past, present or modal. */
  static boolean isFiniteVerb(Token token) {
    return FINITE_VERBS.contains(token.pos());
  }

  /** True for "the" in any case. */
  static boolean isThe(Token token) {
    return lower(token).equals("the");
  }

  /** True for a possessive "'s" or "'". */
  static boolean isPossessive(Token token) {
    return token.pos().equals("POS");
  }

  /** The token text, lower case with apostrophes folded. */
  static String lower(Token token) {
    return PhraseIndex.normalize(token.text());
  }

  /** The token at {@code index}, or null outside the list. */
  static Token at(List<Token> tokens, int index) {
    return index >= 0 && index < tokens.size() ? tokens.get(index) : null;
  }

  /** The index after a "the" right before {@code index}: the start of a definite phrase. */
  static int withDeterminer(List<Token> tokens, int index) {
    Token before = at(tokens, index - 1);
    return before != null && isThe(before) ? index - 1 : index;
  }

  /** Index of the first token from {@code index} that is not an adverb. */
  static int skipAdverbs(List<Token> tokens, int index) {
    int i = index;
    while (i < tokens.size() && tokens.get(i).isPos("RB")) {
      i++;
    }
    return i;
  }

  /** True when tokens [first, end) all carry one NER tag and the tag's run goes no further. */
  static boolean isWholeNerRun(List<Token> tokens, int first, int end) {
    String tag = tokens.get(first).ner();
    Token before = at(tokens, first - 1);
    Token after = at(tokens, end);
    return (before == null || !before.ner().equals(tag))
        && (after == null || !after.ner().equals(tag));
  }
}
