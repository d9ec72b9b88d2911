package org.newsledger.events;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.newsledger.core.facts.Event;
import org.newsledger.core.facts.EventArgument;
import org.newsledger.core.text.Token;

/**
 * A noun that names again an act the article told before: "Germany banned Mahan Air ... the ban on
 * Mahan Air is not part of ...". The earlier event of the same type that shares the participant the
 * noun names supplies the one the noun leaves out.
 */
final class EarlierEvents {

  /** The rule name added to an event whose missing argument is found so. */
  static final String RULE = "earlier-event";

  /** The rule name added to a passive event whose actor is found so. */
  static final String IN_ACT_RULE = "in-earlier-act";

  private static final Set<String> IN_ACT = Set.of("in", "during");

  private EarlierEvents() {}

  /** The actor of the latest earlier event of {@code type} whose target is {@code target}. */
  static EventArgument actorFor(String type, EventArgument target, List<Event> earlier) {
    for (int k = earlier.size() - 1; k >= 0; k--) {
      Event event = earlier.get(k);
      if (event.type().equals(type)
          && event.actor() != null
          && same(target, event.target())
          && !same(target, event.actor())) {
        return event.actor();
      }
    }
    return null;
  }

  /** The target of the latest earlier event of {@code type} whose actor is {@code actor}. */
  static EventArgument targetFor(String type, EventArgument actor, List<Event> earlier) {
    for (int k = earlier.size() - 1; k >= 0; k--) {
      Event event = earlier.get(k);
      if (event.type().equals(type)
          && event.target() != null
          && same(actor, event.actor())
          && !same(actor, event.target())) {
        return event.target();
      }
    }
    return null;
  }

  /**
   * The actor of the latest earlier event whose trigger is the noun of the "in" or "during" phrase
   * after a passive verb ending at {@code last}: "al-Muhandis was also killed in the airstrike"
   * after "the United States carried out the airstrike"; null when there is none or it is {@code
   * target}.
   */
  static EventArgument actorOfActNamedAfter(
      List<Token> tokens, int last, int clauseEnd, EventArgument target, List<Event> earlier) {
    String noun = actNounAfter(tokens, last, clauseEnd);
    if (noun == null) {
      return null;
    }
    for (int k = earlier.size() - 1; k >= 0; k--) {
      Event event = earlier.get(k);
      String[] words = event.trigger().text().toLowerCase(Locale.ROOT).split(" ");
      if (singular(words[words.length - 1]).equals(noun)
          && event.actor() != null
          && !same(target, event.actor())) {
        return event.actor();
      }
    }
    return null;
  }

  /** The head noun's lemma of an "in the ..." or "during the ..." phrase right after last. */
  private static String actNounAfter(List<Token> tokens, int last, int clauseEnd) {
    int at = last + 1;
    if (at >= clauseEnd || !IN_ACT.contains(tokens.get(at).lemma().toLowerCase(Locale.ROOT))) {
      return null;
    }
    at++;
    if (at < clauseEnd && tokens.get(at).isPos("DT")) {
      at++;
    }
    int head = -1;
    while (at < clauseEnd && (tokens.get(at).isPos("NN") || tokens.get(at).isPos("JJ"))) {
      head = tokens.get(at).isPos("NN") && !tokens.get(at).isPos("NNP") ? at : head;
      at++;
    }
    return head < 0 ? null : singular(tokens.get(head).lemma().toLowerCase(Locale.ROOT));
  }

  private static String singular(String word) {
    return word.endsWith("s") && word.length() > 3 ? word.substring(0, word.length() - 1) : word;
  }

  /** True when both name one entity (or, without entities, one name). */
  static boolean same(EventArgument a, EventArgument b) {
    if (a == null || b == null) {
      return false;
    }
    return a.entityId() != null
        ? Objects.equals(a.entityId(), b.entityId())
        : b.entityId() == null && a.name().equalsIgnoreCase(b.name());
  }
}
