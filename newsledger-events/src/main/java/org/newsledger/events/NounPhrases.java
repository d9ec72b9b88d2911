package org.newsledger.events;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsledger.core.CharSpan;
import org.newsledger.core.facts.EntityType;
import org.newsledger.core.facts.Mention;
import org.newsledger.core.facts.MentionKind;
import org.newsledger.core.text.Token;

/**
 * Actors the mention layer does not name, read from the noun phrase itself: "Islamic
 * fundamentalists", "Rebels in the Ivory Coast", "the protesters". A phrase counts as an actor when
 * it holds a role word (actor-roles.tsv) or a country, or, as a subject, names people in the
 * plural.
 */
final class NounPhrases {

  /** The rule name carried by mentions made from noun phrases. */
  static final String RULE = "events:noun-phrase";

  private static final Set<String> LINKS = Set.of("of", "in", "from", "throughout", "across");
  private static final int LONGEST = 10;
  // "dozens of students": a count before "of" belongs to the phrase it counts
  private static final Set<String> QUANTITY_HEADS =
      Set.of(
          "dozen",
          "dozens",
          "hundred",
          "hundreds",
          "thousand",
          "thousands",
          "million",
          "millions",
          "score",
          "scores",
          "number",
          "group",
          "some",
          "many",
          "all",
          "most");
  // "the passengers were all killed": a floating quantifier stands between subject and verb
  private static final Set<String> FLOATING = Set.of("all", "both", "each");

  private NounPhrases() {}

  /**
   * The actor phrase ending just before the verb at {@code head} (auxiliaries skipped), or null.
   */
  static PlacedMention subject(SentenceContext s, int head, int floor) {
    List<Token> tokens = s.tokens();
    int at = head - 1;
    while (at >= floor
        && (isAuxiliary(tokens.get(at))
            || isTime(s, at)
            || FLOATING.contains(tokens.get(at).text().toLowerCase(Locale.ROOT)))) {
      at--;
    }
    if (at < floor || !isNoun(tokens.get(at))) {
      return null;
    }
    int first = at;
    while (first - 1 >= floor && at - first < LONGEST && inPhrase(tokens, first - 1)) {
      first--;
    }
    Token before = first > 0 ? tokens.get(first - 1) : null;
    if (before != null && (before.isPos("IN") || before.isPos("TO")) && !Clauses.isBreak(before)) {
      return null; // "the attack on the rebels killed": a preposition's object is no subject
    }
    return actor(s, first, at + 1, true);
  }

  /**
   * The first token of a plain noun phrase that is the subject of the verb at head and names no one
   * ("the deal" in "said the deal, however, would not be signed"), or -1: the tokens right before
   * the verb's auxiliaries, past a comma-enclosed adverb, are a common noun outside any mention;
   * the verb must be finite or follow an auxiliary (a participle or noun has no subject of its own
   * here).
   */
  static int thingSubject(SentenceContext s, int head, int floor) {
    List<Token> tokens = s.tokens();
    Token verb = tokens.get(head);
    boolean finite = verb.isPos("VBD") || verb.isPos("VBZ") || verb.isPos("VBP");
    if (!verb.isPos("VB")) {
      return -1;
    }
    int at = head - 1;
    while (at >= floor) {
      Token token = tokens.get(at);
      finite |= token.isPos("MD") || token.isPos("VB") && !token.isPos("VBG");
      boolean aside =
          token.text().equals(",")
              && at - 2 >= floor
              && tokens.get(at - 1).isPos("RB")
              && tokens.get(at - 2).text().equals(",");
      if (aside) {
        at -= 3; // ", however,"
      } else if (isAuxiliary(token)
          || isTime(s, at)
          || FLOATING.contains(token.text().toLowerCase(Locale.ROOT))) {
        at--;
      } else {
        break;
      }
    }
    if (!finite || at < floor || !isNoun(tokens.get(at)) || tokens.get(at).isPos("NNP")) {
      return -1;
    }
    int first = at;
    while (first - 1 >= floor && at - first < LONGEST && inPhrase(tokens, first - 1)) {
      first--;
    }
    for (PlacedMention m : s.mentions()) {
      if (m.first() <= at && m.end() > first) {
        return -1; // "their forces": a phrase with a mention in it names someone
      }
    }
    return first;
  }

  /**
   * The actor named right before token {@code end}: a mention ending there or an actor phrase
   * ("dozens of students" in "dozens of students who were arrested"); null otherwise.
   */
  static PlacedMention endingAt(SentenceContext s, int end) {
    PlacedMention named = null;
    for (PlacedMention m : s.mentions()) {
      if (m.end() == end && !m.mention().kind().name().equals("PRONOUN")) {
        named = named == null || m.first() < named.first() ? m : named;
      }
    }
    List<Token> tokens = s.tokens();
    if (named != null || end < 1 || !isNoun(tokens.get(end - 1))) {
      return named;
    }
    int first = end - 1;
    while (first - 1 >= 0 && end - first < LONGEST && inPhrase(tokens, first - 1)) {
      boolean link = LINKS.contains(tokens.get(first - 1).text().toLowerCase(Locale.ROOT));
      if (link
          && !QUANTITY_HEADS.contains(tokens.get(first - 2).lemma().toLowerCase(Locale.ROOT))) {
        break; // "the release of workers detained": the workers were, not the release
      }
      first--;
    }
    return actor(s, first, end, true);
  }

  /** The actor phrase opening at {@code start} (a preposition of the list skipped), or null. */
  static PlacedMention object(
      SentenceContext s, int start, int clauseEnd, Set<String> prepositions) {
    List<Token> tokens = s.tokens();
    int first = start;
    if (first < clauseEnd
        && (tokens.get(first).isPos("IN") || tokens.get(first).isPos("TO"))
        && prepositions.contains(tokens.get(first).text().toLowerCase(Locale.ROOT))) {
      first++;
    }
    int end = first;
    while (end < clauseEnd && end - first < LONGEST && isModifier(tokens.get(end))) {
      end++;
    }
    while (end > first && !isNoun(tokens.get(end - 1))) {
      end--;
    }
    return end == first ? null : actor(s, first, end, false);
  }

  private static PlacedMention actor(SentenceContext s, int first, int end, boolean subject) {
    List<Token> tokens = s.tokens();
    while (first < end && (tokens.get(first).isPos("DT") || tokens.get(first).isPos("CC"))) {
      first++;
    }
    if (first >= end) {
      return null;
    }
    String words = s.excerpt(first, end).text();
    Token headNoun = tokens.get(end - 1);
    boolean plural = headNoun.isPos("NNS") || headNoun.isPos("NNPS");
    boolean actor =
        s.roleOf(words) != null
            || s.countryInside(first, end) != null
            || subject && plural && capitalizedModifier(tokens, first, end);
    if (!actor) {
      return null;
    }
    for (PlacedMention inner : s.mentions()) {
      if (inner.end() == end
          && inner.first() >= first
          && inner.mention().entityId() != null
          && !hasLink(tokens, first, inner.first())) {
        return inner; // "President Laurent Gbagbo": the name is the actor
      }
    }
    CharSpan span = s.excerpt(first, end).span();
    Mention mention =
        new Mention("np", span, words, EntityType.MISC, MentionKind.NOMINAL, null, RULE);
    return new PlacedMention(mention, first, end);
  }

  private static boolean hasLink(List<Token> tokens, int first, int end) {
    for (int at = first; at < end; at++) {
      if (LINKS.contains(tokens.get(at).text().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static boolean capitalizedModifier(List<Token> tokens, int first, int end) {
    for (int at = first; at < end - 1; at++) {
      if (Character.isUpperCase(tokens.get(at).text().charAt(0))) {
        return true;
      }
    }
    return false;
  }

  private static boolean inPhrase(List<Token> tokens, int at) {
    Token token = tokens.get(at);
    if (isModifier(token)) {
      return true;
    }
    boolean link = LINKS.contains(token.text().toLowerCase(Locale.ROOT));
    return link && at > 0 && isModifier(tokens.get(at - 1)) && isModifier(tokens.get(at + 1));
  }

  private static boolean isNoun(Token token) {
    return token.isPos("NN") && !token.text().equals("%");
  }

  private static boolean isModifier(Token token) {
    return token.isPos("NN")
        || token.isPos("JJ")
        || token.isPos("DT")
        || token.isPos("CD")
        || token.isPos("POS")
        || token.isPos("PRP$")
        || token.isPos("HYPH")
        || token.isPos("VBN") && token.text().contains("-");
  }

  /** "on Wednesday", "Friday", "today": a date the tagger marked, with its preposition. */
  private static boolean isTime(SentenceContext s, int at) {
    Token token = s.tokens().get(at);
    boolean before = at + 1 < s.tokens().size() && s.isTime(at + 1);
    return s.isTime(at) || before && (token.isPos("IN") || token.isPos("DT"));
  }

  private static boolean isAuxiliary(Token token) {
    return token.isPos("MD")
        || token.isPos("RB")
        || token.isPos("VB") && Set.of("be", "have", "do").contains(token.lemma());
  }
}
