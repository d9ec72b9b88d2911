package org.newsledger.events;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsledger.core.text.Token;

/** Finds clause limits in a tagged sentence without a parse: punctuation and subordinators. */
final class Clauses {

  private static final Set<String> BREAK_PUNCTUATION =
      Set.of(";", ":", "-", "--", "–", "—", "\"", "“", "”", "(", ")");
  private static final Set<String> SUBORDINATORS =
      Set.of(
          "that",
          "which",
          "who",
          "whom",
          "whose",
          "because",
          "while",
          "although",
          "though",
          "but",
          "if",
          "unless",
          "when",
          "whereas",
          "after",
          "before",
          "since",
          "until",
          "as");

  private Clauses() {}

  /** True when the token starts a new clause or closes one. */
  static boolean isBreak(Token token) {
    String word = token.text().toLowerCase(Locale.ROOT);
    if (BREAK_PUNCTUATION.contains(word)) {
      return true;
    }
    boolean subordinating = token.isPos("IN") || token.isPos("W") || token.isPos("CC");
    return subordinating && SUBORDINATORS.contains(word);
  }

  /** True when a pattern's gap may not run across the token: a clause break or another verb. */
  static boolean breaksGap(Token token) {
    return isBreak(token) || token.isPos("VB") || token.text().equals(",");
  }

  /** First sentence-relative index of the clause holding {@code index}. */
  static int start(List<Token> tokens, int index) {
    int at = index;
    while (at > 0 && !isBreakAt(tokens, at - 1)) {
      at--;
    }
    return at;
  }

  /** End (exclusive) of the clause holding {@code index}. */
  static int end(List<Token> tokens, int index) {
    int at = index + 1;
    while (at < tokens.size() && !isBreakAt(tokens, at)) {
      at++;
    }
    return at;
  }

  /**
   * True when the token at {@code at} breaks a clause; a hyphen written between two words with no
   * space ("north-eastern", "Israeli-announced") joins them, while a spaced dash ("Rafah - said")
   * still breaks.
   */
  private static boolean isBreakAt(List<Token> tokens, int at) {
    Token token = tokens.get(at);
    boolean inWord =
        token.text().equals("-")
            && at > 0
            && at + 1 < tokens.size()
            && tokens.get(at - 1).end() == token.begin()
            && tokens.get(at + 1).begin() == token.end();
    return !inWord && isBreak(token);
  }

  /** True when the clause holding {@code index} opens with a relative pronoun ("who", "which"). */
  static boolean isRelative(List<Token> tokens, int clauseStart) {
    if (clauseStart == 0) {
      return false;
    }
    Token opener = tokens.get(clauseStart - 1);
    return opener.isPos("W") || opener.text().equalsIgnoreCase("that") && opener.isPos("WDT");
  }
}
