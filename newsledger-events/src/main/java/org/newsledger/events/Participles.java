package org.newsledger.events;

import java.util.List;
import org.newsledger.core.text.Token;

/**
 * Tells a participle that describes a noun ("the murdered journalist", "in occupied territories",
 * "the opposing parties") from a verb that tells of an event: the describing one names no event of
 * its own in the article.
 */
final class Participles {

  private Participles() {}

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
    if (head + 1 >= tokens.size() || !tokens.get(head + 1).isPos("NN")) {
      return false;
    }
    if (head == 0) {
      return past;
    }
    Token before = tokens.get(head - 1);
    return before.isPos("DT")
        || before.isPos("PRP$")
        || before.isPos("POS")
        || before.isPos("JJ")
        || before.isPos("CD")
        || past && (before.isPos("IN") || before.text().equals(","));
  }
}
