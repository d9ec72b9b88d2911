package org.newsledger.events;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.newsledger.core.facts.Event;
import org.newsledger.core.facts.EventArgument;
import org.newsledger.core.text.Token;

/**
 * Rules that keep nominal triggers ("talks", "the conversation") from adding events that say
 * nothing new: a bare noun with no argument, and a definite or possessive noun that refers back to
 * an event the article already coded. Verbs are never dropped here.
 */
final class Nominals {

  private static final Set<String> DEFINITE = Set.of("the", "this", "that", "these", "those");

  /**
   * A nominal event already kept.
   *
   * @param noun lemma of the trigger's last word ("conversation" for "telephone conversation")
   */
  record Coded(String noun, Event event) {}

  private Nominals() {}

  /** True when the trigger's head word is a common noun. */
  static boolean isNominal(List<Token> tokens, TriggerMatch trigger) {
    Token head = tokens.get(trigger.head());
    return head.isPos("NN") && !head.isPos("NNP");
  }

  /** The lemma of the trigger's last word, lower-cased. */
  static String noun(List<Token> tokens, TriggerMatch trigger) {
    return tokens.get(trigger.last()).lemma().toLowerCase(Locale.ROOT);
  }

  /** True for a one-word noun trigger with no actor, target, location or time: "talks". */
  static boolean isThin(List<Token> tokens, TriggerMatch trigger, Event event) {
    return isNominal(tokens, trigger)
        && trigger.tokens().size() == 1
        && event.actor() == null
        && event.target() == null
        && event.location() == null
        && event.time() == null;
  }

  /** True when a definite or possessive noun repeats an earlier nominal event of its type. */
  static boolean refersBack(
      List<Token> tokens, TriggerMatch trigger, Event event, List<Coded> earlier) {
    if (!isNominal(tokens, trigger) || !isDefinite(tokens, trigger.head())) {
      return false;
    }
    String noun = noun(tokens, trigger);
    return earlier.stream()
        .anyMatch(
            c ->
                c.noun().equals(noun)
                    && c.event().type().equals(event.type())
                    && fits(event.actor(), c.event())
                    && fits(event.target(), c.event()));
  }

  /** "the conversation", "his conversation", "the leaders' conversation": a definite NP. */
  private static boolean isDefinite(List<Token> tokens, int head) {
    int at = head - 1;
    boolean possessed = false;
    while (at >= 0 && (isAdjective(tokens.get(at)) || tokens.get(at).isPos("POS"))) {
      possessed |= tokens.get(at).isPos("POS");
      at--;
    }
    if (at < 0) {
      return possessed;
    }
    Token token = tokens.get(at);
    return possessed
        || token.isPos("PRP$")
        || token.isPos("DT") && DEFINITE.contains(token.text().toLowerCase(Locale.ROOT));
  }

  private static boolean isAdjective(Token token) {
    return token.isPos("JJ")
        || token.isPos("NN")
        || token.isPos("VBN")
        || token.isPos("RB")
        || token.isPos("HYPH");
  }

  /** True when the argument is absent or names a participant of the earlier event. */
  private static boolean fits(EventArgument argument, Event earlier) {
    return argument == null
        || sameParticipant(argument, earlier.actor())
        || sameParticipant(argument, earlier.target());
  }

  private static boolean sameParticipant(EventArgument a, EventArgument b) {
    if (b == null) {
      return false;
    }
    return a.entityId() != null
        ? Objects.equals(a.entityId(), b.entityId())
        : a.name().equalsIgnoreCase(b.name());
  }
}
