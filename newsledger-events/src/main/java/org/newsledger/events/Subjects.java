package org.newsledger.events;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsledger.core.lexicon.WordList;
import org.newsledger.core.text.Token;

/**
 * Finds the subject of a clause: the nearest mention before the verb that no preposition governs.
 */
final class Subjects {

  private static final Set<String> GROUP_HEADS =
      WordList.load(Subjects.class, "group-heads.tsv").firstColumnLowerCase();

  private static final Set<String> RELATIVES = Set.of("who", "which");

  // verb lemma -> "gerund" (aspect: "began deploying") or "means" ("used X to")
  private static final Map<String, String> CONTROL_VERBS =
      WordList.load(Subjects.class, "subject-control-verbs.tsv").rows().stream()
          .collect(
              Collectors.toMap(
                  row -> row.get(0).toLowerCase(Locale.ROOT), row -> row.get(1), (a, b) -> a));

  // "injured after being attacked", "contributed to suffering by supporting": a participle adjunct
  private static final Set<String> ADJUNCT_OPENERS =
      Set.of("after", "before", "while", "since", "without", "upon", "by", "when");

  private Subjects() {}

  /**
   * The subject for the trigger at {@code head}, searching its clause first, then further left; a
   * clause whose own subject is no entity ("denied the army could be asked") has none further left.
   */
  static PlacedMention find(SentenceContext s, int head, int clauseStart) {
    int marker = Governors.infinitiveMarker(s.tokens(), head);
    int adjunct = marker < 0 ? head : Governors.verbBefore(s.tokens(), marker);
    if (adjunct > 0
        && s.tokens().get(adjunct).isPos("VBG")
        && s.tokens().get(adjunct - 1).text().equals(",")) {
      // "The US blamed Iran for the attack, committing to send troops": the main clause's subject
      // commits and sends, not the nearest name
      PlacedMention main = ofAdjunct(s, adjunct);
      if (main != null) {
        return main;
      }
    }
    int governing = sharingVerb(s.tokens(), head);
    if (governing >= clauseStart) {
      // "troops began deploying", "used Facebook to thank voters": the governing verb's subject
      return find(s, governing, clauseStart);
    }
    int relative = closedRelative(s.tokens(), head);
    if (relative >= 0) {
      // "McGurk, who was Trump's envoy until December, criticized": the relative's antecedent
      PlacedMention antecedent = nearestBefore(s, relative, Math.max(0, relative - 5));
      if (antecedent != null) {
        return antecedent;
      }
    }
    PlacedMention controller = objectController(s, head, clauseStart);
    if (controller != null) {
      // "instructed security agencies to investigate": the verb's object does the infinitive
      return controller;
    }
    PlacedMention inClause = nearestBefore(s, head, clauseStart);
    PlacedMention phrase = NounPhrases.subject(s, head, clauseStart);
    if (inClause != null
        && phrase != null
        && phrase.first() >= inClause.end()
        && isFiniteOrAuxiliary(s.tokens(), phrase.end(), head)) {
      // "Police director X said at least 71 people were arrested": the phrase before the verb
      return phrase;
    }
    if (inClause != null && phrase == null && isOtherClause(s, inClause, head, clauseStart)) {
      // "The minister said the deal would not be signed": the verb's subject is the deal, a thing;
      // the name before the reporting verb is that verb's subject, not this one's
      return null;
    }
    if (inClause != null) {
      return organisationOf(s, inClause);
    }
    if (phrase != null) {
      return phrase;
    }
    int to = Governors.infinitiveMarker(s.tokens(), head);
    int governor = to < 0 ? -1 : Governors.verbBefore(s.tokens(), to);
    if (governor >= clauseStart && governor < head) {
      // "students staged rallies to demand reforms": who demands is who staged them
      return find(s, governor, clauseStart);
    }
    if (Clauses.isRelative(s.tokens(), clauseStart)) {
      // "dozens of students who were arrested": the phrase the relative pronoun follows
      PlacedMention antecedent = antecedentOf(s, clauseStart - 1);
      if (antecedent == null) {
        antecedent = nearestBefore(s, clauseStart - 1, Math.max(0, clauseStart - 4));
      }
      if (antecedent != null) {
        return antecedent;
      }
    }
    if (hasOwnSubject(s.tokens(), clauseStart, head)) {
      return null;
    }
    return nearestBefore(s, clauseStart, 0);
  }

  /**
   * The relative pronoun of the clause the comma before head closes, or -1: "who" in "X, who was
   * envoy until March, criticized"; that clause must have a verb of its own and no other comma.
   */
  private static int closedRelative(List<Token> tokens, int head) {
    Token verb = tokens.get(head);
    if (!verb.isPos("VBD") && !verb.isPos("VBZ") && !verb.isPos("VBP") && !verb.isPos("VBN")) {
      return -1;
    }
    int comma = head - 1;
    while (comma > 0 && tokens.get(comma).isPos("RB")) {
      comma--;
    }
    if (comma < 3 || !tokens.get(comma).text().equals(",")) {
      return -1;
    }
    boolean hasVerb = false;
    for (int at = comma - 1; at >= 2; at--) {
      Token token = tokens.get(at);
      hasVerb |= token.isPos("VB") || token.isPos("MD");
      if (token.text().equals(",")) {
        return -1;
      }
      if (RELATIVES.contains(token.text().toLowerCase(Locale.ROOT))
          && tokens.get(at - 1).text().equals(",")) {
        return hasVerb ? at : -1;
      }
    }
    return -1;
  }

  /**
   * The subject of the main clause an adjunct participle hangs on, or null: "journalists" in
   * "journalists were injured after being attacked", "the army" in "the army shelled the town,
   * killing five"; the participle must follow a comma or a subordinator of {@code ADJUNCT_OPENERS}.
   */
  static PlacedMention ofAdjunct(SentenceContext s, int head) {
    List<Token> tokens = s.tokens();
    int at = head - 1;
    if (tokens.get(head).isPos("VBN") && at >= 0 && tokens.get(at).text().equals("being")) {
      at--;
    } else if (!tokens.get(head).isPos("VBG")) {
      return null;
    }
    boolean comma = at >= 0 && tokens.get(at).text().equals(",");
    boolean opener =
        at >= 0 && ADJUNCT_OPENERS.contains(tokens.get(at).text().toLowerCase(Locale.ROOT));
    if (!comma && !opener) {
      return null;
    }
    for (int verb = at - 1; verb >= 0; verb--) {
      Token token = tokens.get(verb);
      if (token.isPos("VBD")
          || token.isPos("VBZ")
          || token.isPos("VBP")
          || token.isPos("VBN") && verb > 0 && tokens.get(verb - 1).lemma().equals("be")) {
        return find(s, verb, Clauses.start(tokens, verb));
      }
      if (Clauses.isBreak(token) || token.text().equals(",")) {
        return null;
      }
    }
    return null;
  }

  /**
   * The verb whose subject the verb at head shares, or -1: an aspectual verb before a gerund
   * ("began deploying") or a verb of means before an object and an infinitive ("used Facebook to
   * thank"), both from subject-control-verbs.tsv.
   */
  static int sharingVerb(List<Token> tokens, int head) {
    Token verb = tokens.get(head);
    if (verb.isPos("VBG") && head > 0) {
      Token before = tokens.get(head - 1);
      return before.isPos("VB") && isControlVerb(before, "gerund") ? head - 1 : -1;
    }
    int to = Governors.infinitiveMarker(tokens, head);
    int object = to < 0 ? -1 : Governors.beforeInfinitive(tokens, to);
    if (object < 1 || !tokens.get(object).isPos("NN")) {
      return -1;
    }
    int governor = Governors.verbBefore(tokens, object);
    return governor >= 0 && isControlVerb(tokens.get(governor), "means") ? governor : -1;
  }

  private static boolean isControlVerb(Token verb, String kind) {
    return kind.equals(CONTROL_VERBS.get(verb.lemma().toLowerCase(Locale.ROOT)));
  }

  /**
   * The antecedent of the relative pronoun at {@code pronoun} ("who", "which", "that"; a comma
   * before it skipped), or null; "whose" names a possessor and gives none.
   */
  private static PlacedMention antecedentOf(SentenceContext s, int pronoun) {
    List<Token> tokens = s.tokens();
    String word = tokens.get(pronoun).text().toLowerCase(Locale.ROOT);
    if (!Set.of("who", "which", "that").contains(word)) {
      return null;
    }
    int end = pronoun;
    if (end > 0 && tokens.get(end - 1).text().equals(",")) {
      end--;
    }
    PlacedMention phrase = NounPhrases.endingAt(s, end);
    if (phrase == null || !phrase.mention().rule().equals(NounPhrases.RULE)) {
      return phrase;
    }
    // "a Security Council resolution that aims to": the name in the phrase acts
    PlacedMention named = null;
    for (PlacedMention m : s.mentions()) {
      if (m.first() >= phrase.first() && m.end() <= phrase.end() && !s.isPlace(m)) {
        named = m;
      }
    }
    return named != null ? named : phrase;
  }

  /**
   * The actor phrase that is a verb's object right before an infinitive's "to" ("urged local
   * authorities to", "instructed security agencies to"), or null; a name there is found as the
   * nearest mention anyway.
   */
  private static PlacedMention objectController(SentenceContext s, int head, int clauseStart) {
    List<Token> tokens = s.tokens();
    int to = Governors.infinitiveMarker(tokens, head);
    if (to < 1 || !tokens.get(to - 1).isPos("NN")) {
      return null;
    }
    // the phrase names actors by a role word: "security agencies", not "North Korea's demand"
    PlacedMention object = NounPhrases.endingAt(s, to);
    if (object == null
        || object.first() <= clauseStart
        || s.roleOf(object.mention().text()) == null
        || tokens.subList(object.first(), object.end()).stream().anyMatch(t -> t.isPos("POS"))) {
      return null; // "Honcharuk's offer to resign": the possessor offers, found as a name
    }
    int verb = object.first() - 1;
    while (verb > clauseStart && tokens.get(verb).isPos("DT")) {
      verb--;
    }
    return tokens.get(verb).isPos("VB") && !tokens.get(verb).isPos("VBG") ? object : null;
  }

  /** True for a noun that heads a group standing for an organisation: "members". */
  static boolean isGroupHead(String word) {
    return GROUP_HEADS.contains(word.toLowerCase(Locale.ROOT));
  }

  /**
   * The first verb of a coordination the verb at head closes ("entered" in "The army entered the
   * town and arrested five men"): a verb of the same tag earlier in the clause, with "and" right
   * before head; or -1. The two verbs share their subject.
   */
  static int coordinatedVerb(List<Token> tokens, int head, int clauseStart) {
    int and = head - 1;
    while (and > clauseStart && tokens.get(and).isPos("RB")) {
      and--;
    }
    Token verb = tokens.get(head);
    boolean finite = verb.isPos("VBD") || verb.isPos("VBZ") || verb.isPos("VBP");
    if (!finite || and <= clauseStart || !tokens.get(and).text().equalsIgnoreCase("and")) {
      return -1;
    }
    if (Clauses.isRelative(tokens, clauseStart)
        && tokens.get(and - 1).text().equals(",")
        && tokens.get(clauseStart - 2).text().equals(",")) {
      // "She spoke about her husband X, who was arrested in May, and promised": ", and" closes
      // the relative clause; the coordinated verb is the one before it
      int outer = Clauses.start(tokens, clauseStart - 2);
      for (int at = clauseStart - 3; at >= outer; at--) {
        if (tokens.get(at).pos().equals(verb.pos())) {
          return at;
        }
      }
      return -1;
    }
    for (int at = and - 1; at >= clauseStart; at--) {
      if (tokens.get(at).pos().equals(verb.pos())) {
        return at;
      }
    }
    return -1;
  }

  /**
   * True when the verb at head has a plain noun phrase of its own for subject and a finite verb
   * stands between that phrase and the mention m: m is the subject of another clause.
   */
  private static boolean isOtherClause(
      SentenceContext s, PlacedMention m, int head, int clauseStart) {
    int thing = NounPhrases.thingSubject(s, head, clauseStart);
    if (thing < m.end()) {
      return false;
    }
    for (int at = m.end(); at < thing; at++) {
      Token token = s.tokens().get(at);
      if (token.isPos("VBD") || token.isPos("VBZ") || token.isPos("VBP")) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the verb at head is finite or follows an auxiliary after the phrase ending at
   * phraseEnd: "71 people were arrested" has a subject there, "a decree banning" does not.
   */
  private static boolean isFiniteOrAuxiliary(List<Token> tokens, int phraseEnd, int head) {
    Token verb = tokens.get(head);
    if (verb.isPos("VBD") || verb.isPos("VBZ") || verb.isPos("VBP")) {
      return true;
    }
    for (int at = phraseEnd; at < head; at++) {
      Token token = tokens.get(at);
      if (token.isPos("MD") || token.isPos("VB") && Set.of("be", "have").contains(token.lemma())) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the clause opens with a determiner and a common noun before the verb ("[that] the
   * army could be asked"): its subject is that noun phrase, not an entity further left. A pronoun
   * ("said it would") is left to the search further left, which finds what it refers to.
   */
  private static boolean hasOwnSubject(List<Token> tokens, int clauseStart, int head) {
    int i = clauseStart;
    if (i < head && tokens.get(i).text().equalsIgnoreCase("that")) {
      i++;
    }
    if (i >= head || !tokens.get(i).isPos("DT")) {
      return false;
    }
    for (int j = i + 1; j < head; j++) {
      String pos = tokens.get(j).pos();
      if (pos.equals("NN") || pos.equals("NNS")) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Red Cross officials": a common noun mention right after a name stands for the named
   * organisation, which is the actor.
   */
  private static PlacedMention organisationOf(SentenceContext s, PlacedMention m) {
    if (!m.mention().kind().name().equals("NOMINAL")) {
      return m;
    }
    for (PlacedMention other : s.mentions()) {
      boolean adjacent = other.end() == m.first() || other.end() == m.first() - 3;
      if (adjacent && other.mention().kind().name().equals("NAME") && !s.isPlace(other)) {
        return other;
      }
    }
    return m;
  }

  private static PlacedMention nearestBefore(SentenceContext s, int head, int floor) {
    List<PlacedMention> mentions = s.mentions();
    for (int k = mentions.size() - 1; k >= 0; k--) {
      PlacedMention m = mentions.get(k);
      if (m.end() <= head && m.first() >= floor && eligible(s.tokens(), m, floor)) {
        return m;
      }
    }
    return null;
  }

  private static boolean eligible(List<Token> tokens, PlacedMention m, int floor) {
    String preposition = Arguments.prepositionBefore(tokens, m.first(), floor - 1);
    if (preposition != null && !isPossessor(tokens, m) && !isGroupOf(tokens, m, preposition)) {
      return false;
    }
    if (modifiesNounInPhrase(tokens, m)) {
      return false;
    }
    boolean pronoun = m.mention().kind().name().equals("PRONOUN");
    if (pronoun && m.mention().entityId() == null) {
      return false;
    }
    return !pronoun || !isExpletive(tokens, m);
  }

  /** "near the eastern Thai border": a modifier of a noun governed by a preposition. */
  private static boolean modifiesNounInPhrase(List<Token> tokens, PlacedMention m) {
    if (m.end() >= tokens.size()
        || !tokens.get(m.end()).isPos("NN")
        || tokens.get(m.end()).isPos("NNP")) {
      return false;
    }
    int at = m.first() - 1;
    while (at >= 0 && (tokens.get(at).isPos("DT") || tokens.get(at).isPos("JJ"))) {
      at--;
    }
    return at >= 0 && (tokens.get(at).isPos("IN") || tokens.get(at).isPos("TO"));
  }

  /** "members of the European Union": the group's organisation stands for the group. */
  private static boolean isGroupOf(List<Token> tokens, PlacedMention m, String preposition) {
    if (!preposition.equals("of") && !preposition.equals("from")) {
      return false;
    }
    int at = m.first() - 1;
    while (at > 0 && !tokens.get(at).isPos("IN")) {
      at--;
    }
    return at > 0 && GROUP_HEADS.contains(tokens.get(at - 1).text().toLowerCase(Locale.ROOT));
  }

  private static boolean isPossessor(List<Token> tokens, PlacedMention m) {
    return m.end() < tokens.size() && tokens.get(m.end()).isPos("POS");
  }

  /** "it" in "made it clear", "it is likely". */
  private static boolean isExpletive(List<Token> tokens, PlacedMention m) {
    String word = m.mention().text().toLowerCase(Locale.ROOT);
    if (!word.equals("it") || m.end() >= tokens.size()) {
      return false;
    }
    Token next = tokens.get(m.end());
    return next.isPos("JJ")
        || next.lemma().equals("be")
            && m.end() + 1 < tokens.size()
            && tokens.get(m.end() + 1).isPos("JJ");
  }
}
