package org.newsledger.events;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsledger.core.text.Token;

/**
 * Finds, without a parse, the word that governs a predicate: the verb or noun before its "to"
 * ("plans to attack"), before its noun phrase ("called for a ceasefire") or before its "that"
 * clause ("said that"). All indexes are sentence-relative; -1 means none.
 */
final class Governors {

  private static final int OBJECT_WINDOW = 6;
  private static final Set<String> LINKING_PREPOSITIONS = Set.of("of", "for", "on", "about", "to");

  private Governors() {}

  /** Index of the "to" of an infinitive predicate ("to attack", "not to attack"), or -1. */
  static int infinitiveMarker(List<Token> tokens, int head) {
    int at = head - 1;
    while (at >= 0 && tokens.get(at).isPos("RB")) {
      at--;
    }
    return at >= 0 && tokens.get(head).isPos("VB") && isTo(tokens.get(at)) ? at : -1;
  }

  /**
   * The word just before the infinitive whose "to" is at {@code to}, adverbs ("not") skipped:
   * "wants" in "wants to", "likely" in "likely not to", "them" in "asked them to".
   */
  static int beforeInfinitive(List<Token> tokens, int to) {
    int at = to - 1;
    while (at >= 0 && tokens.get(at).isPos("RB")) {
      at--;
    }
    return at;
  }

  /**
   * The word whose object or prepositional complement a noun or gerund is: "prevented an attack",
   * "called for a ceasefire", "resulted in changes", "fears of a recession" (a noun governs through
   * of, for, on, about or to only).
   */
  static int ofObject(List<Token> tokens, int head) {
    int at = head - 1;
    while (at >= 0 && isNounModifier(tokens.get(at))) {
      at--;
    }
    if (at < 0) {
      return -1;
    }
    Token token = tokens.get(at);
    if (token.isPos("VB")) {
      return at;
    }
    if (!token.isPos("IN") && !token.isPos("TO") || at < 1) {
      return -1;
    }
    Token governor = tokens.get(at - 1);
    boolean linking = LINKING_PREPOSITIONS.contains(token.text().toLowerCase(Locale.ROOT));
    return governor.isPos("VB") || linking && governor.isPos("NN") && !governor.isPos("NNP")
        ? at - 1
        : -1;
  }

  /** The verb before the complementizer "that" opening the clause at clauseStart ("said that"). */
  static int ofThatClause(List<Token> tokens, int clauseStart) {
    int that = clauseStart - 1;
    if (that < 1
        || !tokens.get(that).text().equalsIgnoreCase("that")
        || !tokens.get(that).isPos("IN")) {
      return -1;
    }
    return verbBefore(tokens, that);
  }

  /** The nearest verb within a few words before {@code index}, stopping at a clause break. */
  static int verbBefore(List<Token> tokens, int index) {
    for (int at = index - 1; at >= Math.max(0, index - OBJECT_WINDOW); at--) {
      Token token = tokens.get(at);
      if (token.isPos("VB")) {
        return at;
      }
      if (Clauses.isBreak(token) || token.text().equals(",")) {
        return -1;
      }
    }
    return -1;
  }

  private static boolean isNounModifier(Token token) {
    return token.isPos("DT")
        || token.isPos("JJ")
        || token.isPos("NN")
        || token.isPos("CD")
        || token.isPos("POS")
        || token.isPos("PRP$")
        || token.isPos("HYPH")
        || token.isPos("VBN") && token.text().contains("-");
  }

  /** True for the infinitive marker. */
  static boolean isTo(Token token) {
    return token.isPos("TO") || token.text().equalsIgnoreCase("to");
  }
}
