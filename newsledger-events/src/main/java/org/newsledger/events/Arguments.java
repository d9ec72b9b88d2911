package org.newsledger.events;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsledger.core.text.Token;

/** Finds actor, target and location of a trigger from the mentions around it, without a parse. */
final class Arguments {

  private static final Set<String> LOCATIVE =
      Set.of("in", "at", "near", "outside", "inside", "into", "across", "throughout");
  private static final Set<String> OBJECT_PREPOSITIONS =
      Set.of("to", "with", "on", "against", "toward", "towards", "over", "upon");
  private static final Set<String> TARGET_PREPOSITIONS =
      Set.of("to", "with", "on", "against", "toward", "towards", "over", "upon", "for", "of");
  private static final Set<String> AGENT_PREPOSITIONS = Set.of("by", "from");
  private static final Set<String> LIGHT_VERBS =
      Set.of(
          "hold",
          "launch",
          "stage",
          "carry",
          "conduct",
          "make",
          "have",
          "mount",
          "wage",
          "begin",
          "start",
          "order",
          "resume",
          "continue");
  private static final int POST_WINDOW = 10;

  private Arguments() {}

  /** The roles of {@code trigger}, whose clause spans sentence tokens [clauseStart, clauseEnd). */
  static Roles find(SentenceContext s, TriggerMatch trigger, int clauseStart, int clauseEnd) {
    Token head = s.tokens().get(trigger.head());
    PlacedMention location = location(s, trigger, clauseStart, clauseEnd);
    if (head.isPos("NN")) {
      return nominal(s, trigger, clauseStart, clauseEnd, location);
    }
    if (isPassive(s.tokens(), trigger.head())) {
      PlacedMention agent = after(s, trigger.last(), clauseEnd, Set.of("by"));
      return new Roles(agent, Subjects.find(s, trigger.head(), clauseStart), location, "passive");
    }
    PlacedMention target = object(s, trigger.last(), clauseEnd);
    return new Roles(Subjects.find(s, trigger.head(), clauseStart), target, location, "active");
  }

  private static Roles nominal(
      SentenceContext s,
      TriggerMatch trigger,
      int clauseStart,
      int clauseEnd,
      PlacedMention location) {
    PlacedMention actor = premodifier(s, trigger.head());
    String rule = "noun-modifier";
    if (actor == null) {
      actor = after(s, trigger.last(), clauseEnd, AGENT_PREPOSITIONS);
      rule = "noun-by";
    }
    PlacedMention target = after(s, trigger.last(), clauseEnd, TARGET_PREPOSITIONS);
    if (actor == null
        && (target != null && precededBy(s, target, "with")
            || lightVerbBefore(s.tokens(), trigger.head(), clauseStart))) {
      actor = Subjects.find(s, trigger.head(), clauseStart);
      rule = "noun-subject";
    }
    return new Roles(actor, target, location, rule);
  }

  /** An entity mention in the noun phrase before the head: "Sunday's Hamas attack". */
  private static PlacedMention premodifier(SentenceContext s, int head) {
    int start = head;
    while (start > 0 && isModifier(s.tokens().get(start - 1))) {
      start--;
    }
    PlacedMention nearest = null;
    for (PlacedMention m : s.mentions()) {
      if (m.first() >= start && m.end() <= head && !s.isPlace(m)) {
        boolean possessor = m.end() < head && s.tokens().get(m.end()).isPos("POS");
        if (possessor) {
          return m;
        }
        nearest = m;
      }
    }
    return nearest;
  }

  private static boolean isModifier(Token token) {
    return token.isPos("NN")
        || token.isPos("JJ")
        || token.isPos("POS")
        || token.isPos("CD")
        || token.isPos("HYPH")
        || token.isPos("VBN") && token.text().contains("-");
  }

  private static PlacedMention object(SentenceContext s, int last, int clauseEnd) {
    for (PlacedMention m : s.mentions()) {
      if (m.first() > last && m.first() < clauseEnd) {
        String prep = prepositionBefore(s.tokens(), m.first(), last);
        if (prep == null || OBJECT_PREPOSITIONS.contains(prep)) {
          return m;
        }
      }
    }
    return null;
  }

  /** The first mention after one of {@code prepositions} following the trigger. */
  private static PlacedMention after(
      SentenceContext s, int last, int clauseEnd, Set<String> prepositions) {
    int limit = Math.min(clauseEnd, last + 1 + POST_WINDOW);
    for (PlacedMention m : s.mentions()) {
      if (m.first() > last && m.first() < limit) {
        String prep = prepositionBefore(s.tokens(), m.first(), last);
        if (prep != null && prepositions.contains(prep)) {
          return m;
        }
      }
    }
    return null;
  }

  private static PlacedMention location(
      SentenceContext s, TriggerMatch trigger, int clauseStart, int clauseEnd) {
    for (PlacedMention m : s.mentions()) {
      boolean inClause = m.first() >= clauseStart && m.end() <= clauseEnd;
      String prep = prepositionBefore(s.tokens(), m.first(), clauseStart - 1);
      if (inClause
          && prep != null
          && LOCATIVE.contains(prep)
          && m.mention().type().name().equals("LOCATION")
          && !m.covers(trigger.head())) {
        return m;
      }
    }
    return null;
  }

  /** The preposition just before a mention (determiners skipped), or null. */
  static String prepositionBefore(List<Token> tokens, int first, int floor) {
    int at = first - 1;
    while (at > floor && at >= 0 && (tokens.get(at).isPos("DT") || tokens.get(at).isPos("PRP$"))) {
      at--;
    }
    if (at <= floor || at < 0) {
      return null;
    }
    Token token = tokens.get(at);
    return token.isPos("IN") || token.isPos("TO") ? token.text().toLowerCase(Locale.ROOT) : null;
  }

  private static boolean precededBy(SentenceContext s, PlacedMention m, String word) {
    return word.equals(prepositionBefore(s.tokens(), m.first(), -1));
  }

  private static boolean isPassive(List<Token> tokens, int head) {
    if (!tokens.get(head).isPos("VBN")) {
      return false;
    }
    boolean byFollows = head + 1 < tokens.size() && tokens.get(head + 1).lemma().equals("by");
    if (head > 0 && tokens.get(head - 1).isPos("NN") && byFollows) {
      return true;
    }
    for (int at = head - 1; at >= Math.max(0, head - 3); at--) {
      String lemma = tokens.get(at).lemma();
      if (lemma.equals("be") || lemma.equals("get")) {
        return true;
      }
      if (!tokens.get(at).isPos("RB")) {
        return false;
      }
    }
    return false;
  }

  private static boolean lightVerbBefore(List<Token> tokens, int head, int clauseStart) {
    for (int at = head - 1; at >= Math.max(clauseStart, head - 4); at--) {
      if (tokens.get(at).isPos("VB")) {
        return LIGHT_VERBS.contains(tokens.get(at).lemma().toLowerCase(Locale.ROOT));
      }
    }
    return false;
  }
}
