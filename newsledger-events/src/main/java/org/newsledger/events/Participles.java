package org.newsledger.events;

import java.util.List;
import java.util.Set;
import org.newsledger.core.text.Token;

/**
 * Tells a participle that describes a noun ("the murdered journalist", "in occupied territories",
 * "the opposing parties") from a verb that tells of an event: the describing one names no event of
 * its own in the article.
 */
final class Participles {

  private static final Set<String> AUXILIARIES = Set.of("be", "have", "get");

  private Participles() {}

  /**
   * True for a past participle whose noun is its object and, with it, names no event in the lexicon
   * ("release ... statement" is a "-" row): "a statement released by the office", "no comment would
   * be released" are publications, as "released a statement" is.
   */
  static boolean objectNamesNoEvent(
      List<Token> tokens, TriggerMatch trigger, EventLexicon lexicon) {
    int head = trigger.head();
    if (trigger.tokens().size() != 1 || !tokens.get(head).isPos("VBN")) {
      return false;
    }
    boolean reduced = head > 0 && isCommonNoun(tokens.get(head - 1));
    int noun =
        reduced
            ? head - 1
            : Arguments.isPassive(tokens, head)
                ? ActAuthors.passiveSubjectNoun(tokens, head, Clauses.start(tokens, head))
                : -1;
    if (noun < 0) {
      return false;
    }
    TriggerMatch reordered = lexicon.matchAt(List.of(tokens.get(head), tokens.get(noun)), 0);
    return reordered != null && reordered.pattern().type().equals("-");
  }

  private static boolean isCommonNoun(Token token) {
    return token.isPos("NN") && !token.isPos("NNP");
  }

  /**
   * True for a one-word verb trigger in participle form that stands before a noun, after a
   * determiner, possessive, adjective, number or (past participle only) a preposition or the start.
   */
  static boolean isAttributive(List<Token> tokens, TriggerMatch trigger) {
    int head = trigger.head();
    Token token = tokens.get(head);
    boolean past = token.isPos("VBN");
    if (trigger.tokens().size() != 1 || !past && !token.isPos("VBG")) {
      return false;
    }
    int noun = head + 1;
    while (past && noun < tokens.size() && tokens.get(noun).isPos("JJ")) {
      noun++; // "captured rebel fighters" (a gerund keeps its time: "Ortega's killing last year")
    }
    if (noun >= tokens.size() || !tokens.get(noun).isPos("NN")) {
      return false;
    }
    if (head == 0) {
      return past;
    }
    Token before = tokens.get(head - 1);
    if (past && before.isPos("VB") && !AUXILIARIES.contains(before.lemma())) {
      return true; // "guarding captured fighters": the participle describes the verb's object
    }
    return before.isPos("DT")
        || before.isPos("PRP$")
        || before.isPos("POS")
        || before.isPos("JJ")
        || before.isPos("CD")
        || past && (before.isPos("IN") || before.text().equals(","));
  }
}
