package org.newsledger.events;

import static java.util.Objects.requireNonNull;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsledger.core.facts.Event;
import org.newsledger.core.facts.EventArgument;
import org.newsledger.core.lexicon.WordList;
import org.newsledger.core.text.Token;

/**
 * The author of an act a verb of reaction names as its object or passive subject: "X criticized the
 * move", "X opposed the US withdrawal", "the operation was condemned". Event coders code the
 * reaction as aimed at whoever did the act, so that author is the target: the noun's possessor or
 * name modifier ("Turkey's offensive", "the US withdrawal"), else the actor of the latest earlier
 * event of the noun's type ("the withdrawal"), or, for a general act noun ("the move", "the
 * decision"), of the article's first event: news names first the act it reports.
 */
final class ActAuthors {

  /** The rule name added to an event whose target is found so. */
  static final String RULE = "act-author";

  private final Set<String> reactionVerbs;
  private final Map<String, String> actNouns;
  private final EventLexicon lexicon;

  private ActAuthors(
      Set<String> reactionVerbs, Map<String, String> actNouns, EventLexicon lexicon) {
    this.reactionVerbs = Set.copyOf(requireNonNull(reactionVerbs, "reactionVerbs is null"));
    this.actNouns = Map.copyOf(requireNonNull(actNouns, "actNouns is null"));
    this.lexicon = requireNonNull(lexicon, "lexicon is null");
  }

  /** Loads reaction-verbs.tsv and act-nouns.tsv; event nouns come from {@code lexicon}. */
  static ActAuthors load(EventLexicon lexicon) {
    return new ActAuthors(
        WordList.load(ActAuthors.class, "reaction-verbs.tsv").firstColumnLowerCase(),
        actNouns(WordList.load(ActAuthors.class, "act-nouns.tsv")),
        lexicon);
  }

  /** Noun to the event type it names ("-" for a general act noun). */
  private static Map<String, String> actNouns(WordList list) {
    Map<String, String> nouns = new HashMap<>();
    for (List<String> row : list.rows()) {
      nouns.put(row.get(0).toLowerCase(Locale.ROOT), row.size() > 1 ? row.get(1) : "-");
    }
    return nouns;
  }

  /**
   * The author of the act the reaction verb at {@code trigger} is about, or null when the verb is
   * no verb of reaction, its object names no act, or no author other than {@code actor} is found.
   */
  EventArgument find(
      SentenceContext s,
      TriggerMatch trigger,
      int clauseStart,
      int clauseEnd,
      EventArgument actor,
      List<Event> earlier) {
    List<Token> tokens = s.tokens();
    Token verb = tokens.get(trigger.head());
    if (!verb.isPos("VB") || !reactionVerbs.contains(verb.lemma().toLowerCase(Locale.ROOT))) {
      return null;
    }
    int noun =
        Arguments.isPassive(tokens, trigger.head())
            ? passiveSubjectNoun(tokens, trigger.head(), clauseStart)
            : objectNoun(tokens, trigger.last(), clauseEnd);
    if (noun < 0) {
      return null;
    }
    EventArgument author = modifier(s, noun);
    if (author == null) {
      author = earlierActor(tokens, noun, actor, earlier);
    }
    return author == null || EarlierEvents.same(author, actor) ? null : author;
  }

  /** The actor of the latest earlier event the noun names again, or null. */
  private EventArgument earlierActor(
      List<Token> tokens, int noun, EventArgument actor, List<Event> earlier) {
    TriggerMatch match = lexicon.matchAt(tokens, noun);
    String type =
        match == null || match.pattern().type().equals("-") ? null : match.pattern().type();
    String listed = actNouns.get(tokens.get(noun).lemma().toLowerCase(Locale.ROOT));
    if (type == null && listed == null) {
      return null;
    }
    if (type == null && !listed.equals("-")) {
      type = listed; // "the offer": the latest offer
    }
    for (int k = 0; k < earlier.size(); k++) {
      // a general noun ("the move") names the act the article is about, its first; an event noun
      // ("the withdrawal") the latest of its type
      Event event = earlier.get(type == null ? k : earlier.size() - 1 - k);
      if ((type == null || event.type().equals(type))
          && event.actor() != null
          && !EarlierEvents.same(event.actor(), actor)) {
        return event.actor();
      }
    }
    return null;
  }

  /** The possessor or name that modifies the noun: "Turkey's", "his", "the US" withdrawal. */
  private static EventArgument modifier(SentenceContext s, int noun) {
    int start = noun;
    while (start > 0 && isModifier(s.tokens().get(start - 1))) {
      start--;
    }
    PlacedMention found = null;
    for (PlacedMention m : s.mentions()) {
      if (m.first() >= start && m.end() <= noun && !s.isPlace(m)) {
        found = m;
      }
    }
    if (found == null) {
      return null;
    }
    boolean pronoun = found.mention().kind().name().equals("PRONOUN");
    return pronoun && found.mention().entityId() == null ? null : s.argument(found);
  }

  /** The head of the noun phrase right after the verb ending at last, when a common noun, or -1. */
  static int objectNoun(List<Token> tokens, int last, int clauseEnd) {
    int at = last + 1;
    while (at < clauseEnd && isModifier(tokens.get(at))) {
      at++;
    }
    int head = at - 1;
    return head > last && isCommonNoun(tokens.get(head)) ? head : -1;
  }

  /**
   * The head of the subject of a passive verb ("the operation" in "The operation was condemned"),
   * when a common noun no preposition governs, or -1.
   */
  static int passiveSubjectNoun(List<Token> tokens, int head, int clauseStart) {
    int at = head - 1;
    while (at >= clauseStart && isAuxiliary(tokens.get(at))) {
      at--;
    }
    if (at < clauseStart || !isCommonNoun(tokens.get(at))) {
      return -1;
    }
    int first = at;
    while (first - 1 >= clauseStart && isModifier(tokens.get(first - 1))) {
      first--;
    }
    Token before = first > 0 ? tokens.get(first - 1) : null;
    boolean governed = before != null && (before.isPos("IN") || before.isPos("TO"));
    return governed ? -1 : at;
  }

  private static boolean isCommonNoun(Token token) {
    return token.isPos("NN") && !token.isPos("NNP");
  }

  private static boolean isModifier(Token token) {
    return token.isPos("DT")
        || token.isPos("PRP$")
        || token.isPos("JJ")
        || token.isPos("NN")
        || token.isPos("POS")
        || token.isPos("CD")
        || token.isPos("HYPH");
  }

  private static boolean isAuxiliary(Token token) {
    return token.isPos("MD")
        || token.isPos("RB")
        || token.isPos("VB") && Set.of("be", "have", "get").contains(token.lemma());
  }
}
