package org.newsledger.events;

import java.util.List;
import java.util.Locale;
import org.newsledger.core.facts.EventArgument;
import org.newsledger.core.text.Token;

/**
 * "they" and "them" that the coreference left unresolved because they stand for a group, not a
 * named entity: "The protesters clashed with the police. As they tried to storm parliament, police
 * fired tear gas at them." The group is the plural actor phrase that is the subject of the sentence
 * before.
 */
final class GroupPronouns {

  /** The rule name added to an argument found so. */
  static final String RULE = "group-pronoun";

  private GroupPronouns() {}

  /**
   * The plural actor phrase ("The protesters", "The foreign ministers") that is the subject of the
   * sentence's first finite verb, or null.
   */
  static EventArgument subjectGroup(SentenceContext s) {
    List<Token> tokens = s.tokens();
    for (int at = 0; at < tokens.size(); at++) {
      Token token = tokens.get(at);
      if (token.isPos("VBD") || token.isPos("VBZ") || token.isPos("VBP")) {
        PlacedMention phrase = NounPhrases.subject(s, at, 0);
        boolean group =
            phrase != null
                && phrase.mention().entityId() == null
                && tokens.get(phrase.end() - 1).isPos("NNS")
                && s.roleOf(phrase.mention().text()) != null;
        return group ? s.argument(phrase) : null;
      }
    }
    return null;
  }

  /**
   * True when "they" is the subject of the verb at head, or of the verb that governs its infinitive
   * ("they tried to storm").
   */
  static boolean theyActs(List<Token> tokens, int clauseStart, int head) {
    int verb = head;
    int to = Governors.infinitiveMarker(tokens, head);
    if (to >= 0 && Governors.verbBefore(tokens, to) >= clauseStart) {
      verb = Governors.verbBefore(tokens, to);
    }
    return "they".equals(Speakers.pronounSubject(tokens, clauseStart, verb));
  }

  /** True when "them" follows the trigger ending at last: "fired tear gas at them". */
  static boolean themAfter(List<Token> tokens, int last) {
    return last + 1 < tokens.size()
        && tokens.get(last + 1).text().toLowerCase(Locale.ROOT).equals("them");
  }
}
