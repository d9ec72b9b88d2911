package org.newsledger.events;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsledger.core.lexicon.WordList;
import org.newsledger.core.text.Pos;
import org.newsledger.core.text.Token;

/** Finds actor, target and location of a trigger from the mentions around it, without a parse. */
final class Arguments {

  private static final Set<String> LOCATIVE =
      Set.of("in", "at", "near", "outside", "inside", "into", "across", "throughout");
  private static final Set<String> OBJECT_PREPOSITIONS =
      Set.of("to", "with", "on", "against", "toward", "towards", "over", "upon");
  private static final Set<String> TARGET_PREPOSITIONS =
      Set.of(
          "to", "with", "on", "against", "toward", "towards", "over", "upon", "for", "of", "into");
  private static final Set<String> AGENT_PREPOSITIONS = Set.of("by", "from");
  private static final Set<String> SUPPORT_VERBS =
      WordList.load(Arguments.class, "support-verbs.tsv").firstColumnLowerCase();
  private static final Set<String> THING_NOUNS =
      WordList.load(Arguments.class, "thing-nouns.tsv").firstColumnLowerCase();
  private static final Set<String> OCCURRENCE_VERBS =
      WordList.load(Arguments.class, "occurrence-verbs.tsv").firstColumnLowerCase();
  private static final Set<String> CLAUSE_TARGET_TYPES =
      Set.of("REQUEST", "ACCUSE", "THREATEN", "COERCE", "SANCTION");
  private static final int COMPLEMENT_WINDOW = 6;
  private static final int OBJECT_WINDOW = 12;
  // a meeting or a promise in a country is not one with it; a curfew or strike in one is on it
  private static final Set<String> PLACE_ONLY_TYPES = Set.of("CONSULT", "AGREE");
  private static final Set<String> RECIPIENT_PREPOSITIONS =
      Set.of(
          "to", "with", "on", "against", "toward", "towards", "over", "upon", "from", "by", "of",
          "for", "into");
  private static final int POST_WINDOW = 10;
  // "the killing of X", "Khashoggi's murder": the noun's possessor or of-phrase is who suffers
  private static final Set<String> PATIENT_NOUN_TYPES = Set.of("ASSAULT", "COERCE");
  private static final Set<String> ARMED_OR_STATE =
      Set.of("military", "police", "government", "rebels");
  // "the request of X", "a meeting of X, Y and Z": the of-phrase names who acts
  private static final Set<String> AGENT_OF_TYPES =
      Set.of("REQUEST", "CONSULT", "AGREE", "COOPERATE");
  // acts done together: with one participant named, the other conjunct of its phrase is the other
  private static final Set<String> RECIPROCAL_TYPES =
      Set.of("CONSULT", "AGREE", "COOPERATE", "SUPPORT");
  // "which Turkey does not recognize": the relative pronoun stands for the verb's object
  private static final Set<String> OBJECT_RELATIVES = Set.of("which", "whom", "that");
  // "X is under sanctions", "X has been the subject of sanctions": X undergoes them
  private static final Set<String> UNDERGOER_VERBS = Set.of("be", "remain", "come", "fall");
  private static final Set<String> UNDERGOER_NOUNS = Set.of("subject", "target");
  // "were all killed", "were both arrested": a floating quantifier inside a passive
  private static final Set<String> FLOATING = Set.of("all", "both", "each");

  private Arguments() {}

  /** The roles of {@code trigger}, whose clause spans sentence tokens [clauseStart, clauseEnd). */
  static Roles find(SentenceContext s, TriggerMatch trigger, int clauseStart, int clauseEnd) {
    Roles roles = roles(s, trigger, clauseStart, clauseEnd);
    PlacedMention location = roles.location();
    boolean countryAsTarget =
        roles.target() == null
            && location != null
            && !s.isPlace(location)
            && !location.equals(roles.actor())
            && !PLACE_ONLY_TYPES.contains(trigger.pattern().type());
    if (countryAsTarget) {
      return new Roles(roles.actor(), location, location, roles.rule() + "+country-as-target");
    }
    boolean protest =
        roles.target() == null
            && location != null
            && trigger.pattern().type().equals("PROTEST")
            && !location.equals(roles.actor());
    // "dock workers demonstrated in Mombasa, Kenya": with no one named, a protest is aimed at the
    // government of the country where it happens (PLOVER codes "demonstrated in Serbia" against
    // Serbia, "blocked roads in Algiers" against the Algerian government); a country or capital is
    // taken above, a city only with its country
    PlacedMention country = protest ? countryOfPlace(s, location) : null;
    return country != null
        ? new Roles(roles.actor(), country, location, roles.rule() + "+protest-place")
        : roles;
  }

  /** The country a place names or is followed by ("Mombasa, Kenya"), or null. */
  private static PlacedMention countryOfPlace(SentenceContext s, PlacedMention place) {
    if (s.argument(place).countryCode() != null) {
      return place;
    }
    boolean comma =
        place.end() < s.tokens().size() && s.tokens().get(place.end()).text().equals(",");
    for (PlacedMention m : s.mentions()) {
      if (comma && m.first() == place.end() + 1 && !s.isPlace(m)) {
        return s.argument(m).countryCode() == null ? null : m;
      }
    }
    return null;
  }

  private static Roles roles(
      SentenceContext s, TriggerMatch trigger, int clauseStart, int clauseEnd) {
    Token head = s.tokens().get(trigger.head());
    PlacedMention location = location(s, trigger, clauseStart, clauseEnd);
    boolean possessedGerund =
        head.isPos("VBG") && trigger.head() > 0 && s.tokens().get(trigger.head() - 1).isPos("POS");
    if (head.isPos("NN") || possessedGerund) {
      // "Ortega's killing" is a noun whatever its tag
      return nominal(s, trigger, clauseStart, clauseEnd, location);
    }
    PlacedMention undergoer =
        isReducedRelative(s.tokens(), trigger) ? NounPhrases.endingAt(s, trigger.head()) : null;
    boolean reduced = undergoer != null;
    if (reduced || isPassive(s.tokens(), trigger.head())) {
      PlacedMention agent = after(s, trigger.last(), clauseEnd, Set.of("by"));
      if (agent == null) {
        agent = byPhrase(s, trigger.last(), clauseEnd);
      }
      // "workers detained during the strike": the noun the participle follows was acted on
      PlacedMention subject = reduced ? undergoer : Subjects.find(s, trigger.head(), clauseStart);
      String how = "";
      if (subject != null
          && !reduced
          && subject.end() <= clauseStart
          && Clauses.isRelative(s.tokens(), clauseStart)) {
        // "dozens of students who were arrested": the relative's antecedent was acted on
        how = "+relative-subject";
      }
      if (subject == null) {
        subject = Subjects.ofAdjunct(s, trigger.head());
        how = subject == null ? how : "+adjunct-subject";
      }
      if (agent == null) {
        // "an agreement was signed between Cyprus, Greece and Israel": they acted toward each other
        Roles between = betweenAfter(s, trigger.last(), clauseEnd, location);
        if (between != null) {
          return new Roles(between.actor(), between.target(), location, "passive+between");
        }
      }
      if (subject == null && agent != null && RECIPROCAL_TYPES.contains(trigger.pattern().type())) {
        // "the meeting was attended by X and Y": X met Y
        PlacedMention other = nextConjunct(s, agent);
        if (other != null) {
          return new Roles(agent, other, location, "passive+coordinated-agents");
        }
      }
      String rule = (reduced ? "passive+reduced-relative" : "passive") + how;
      if (agent == null && location != null && !s.isPlace(location)) {
        // "was arrested in Lebanon": the state where it happens acts, as event coders code it
        agent = location;
        rule = "passive+country-as-actor";
      }
      return new Roles(agent, subject, location, rule);
    }
    PlacedMention target = gapObject(s, trigger);
    Roles between = target == null ? betweenAfter(s, trigger.last(), clauseEnd, location) : null;
    if (target == null) {
      target = object(s, trigger.last(), clauseEnd);
    }
    if (target != null && opensPassiveClause(s.tokens(), target)) {
      // "alleged Ruto was poisoned": the name is the subject of a passive complement, who
      // suffered, not whom the verb is aimed at
      target = null;
    }
    String rule = "active";
    if (target == null && CLAUSE_TARGET_TYPES.contains(trigger.pattern().type())) {
      target = complementSubject(s, trigger.last());
      rule = target == null ? rule : "active-that-subject";
    }
    int firstVerb = Subjects.coordinatedVerb(s.tokens(), trigger.head(), clauseStart);
    PlacedMention actor =
        firstVerb < 0
            ? null
            : Subjects.find(
                s, firstVerb, Math.min(clauseStart, Clauses.start(s.tokens(), firstVerb)));
    if (actor != null) {
      // "The army entered the town and arrested five men": the first verb's subject acts
      rule = rule + "+shared-subject";
    } else {
      actor = Subjects.find(s, trigger.head(), clauseStart);
    }
    PlacedMention mainSubject = Subjects.ofAdjunct(s, trigger.head());
    if (actor == null) {
      actor = mainSubject;
    }
    if (actor != null && actor.equals(mainSubject) && !rule.contains("+shared-subject")) {
      // "The militia shelled the village, killing five civilians": the main clause's subject
      rule = rule + "+adjunct-subject";
    }
    if (actor == null && between != null && between.target().equals(target)) {
      // "the agreement signed between Turkey and Libya": the pair acted, not the last name alone
      return new Roles(between.actor(), between.target(), location, rule + "+between");
    }
    PlacedMention partner = actor == null ? null : firstConjunct(s, actor);
    boolean ownerOnly = target != null && s.tokens().get(target.first()).isPos("PRP$");
    boolean reciprocal = RECIPROCAL_TYPES.contains(trigger.pattern().type());
    if ((target == null || ownerOnly && reciprocal || reciprocal && thingBefore(s, trigger, target))
        && partner != null) {
      // "Turkey and Libya signed an agreement": each acts toward the other; in a longer list
      // ("Cyprus, Greece and Israel met") the first toward the next; "met for their summit"
      // names no one else
      PlacedMention next = nextConjunct(s, partner);
      return new Roles(partner, next == null ? actor : next, location, rule + "+coordinated");
    }
    if (target == null) {
      if (between != null && actor == null) {
        // "the agreement signed between Turkey and Libya"
        return new Roles(between.actor(), between.target(), location, rule + "+between");
      }
      if (between != null) {
        target = between.actor();
        rule = rule + "+between";
      }
    }
    if (target == null && actor != null) {
      PlacedMention antecedent = relativeObject(s, trigger.head(), clauseStart, actor);
      if (antecedent != null) {
        // "Cyprus, which Turkey does not recognize": Cyprus is what Turkey does not recognize
        return new Roles(actor, antecedent, location, rule + "+relative-object");
      }
    }
    return new Roles(actor, target, location, rule);
  }

  private static Roles nominal(
      SentenceContext s,
      TriggerMatch trigger,
      int clauseStart,
      int clauseEnd,
      PlacedMention location) {
    int verb = finiteVerbAfter(s.tokens(), trigger.last(), clauseEnd);
    boolean reduced =
        trigger.last() + 1 < clauseEnd && s.tokens().get(trigger.last() + 1).isPos("VBN");
    if (reduced || verb >= 0 && isPassiveAt(s.tokens(), verb, clauseEnd)) {
      Roles carried = carriedOutBy(s, reduced ? trigger.last() + 1 : verb, clauseEnd, location);
      if (carried != null) {
        return carried;
      }
    } else if (verb >= 0) {
      // "the strike follows attacks on the embassy": the noun's phrase ends at its clause's verb;
      // a place after a verb of occurrence is still where the act happened ("took place in Iraq")
      boolean occurs =
          OCCURRENCE_VERBS.contains(s.tokens().get(verb).lemma().toLowerCase(Locale.ROOT));
      clauseEnd = verb;
      location = occurs ? location : location(s, trigger, clauseStart, clauseEnd);
    }
    Roles between = between(s, trigger.last(), clauseEnd, location);
    if (between != null) {
      return between;
    }
    String type = trigger.pattern().type();
    PlacedMention of = ofPhrase(s, trigger.last(), clauseEnd);
    if (of != null && AGENT_OF_TYPES.contains(type)) {
      // "the request of Prime Minister X", "a meeting of Cyprus, Greece and Israel"
      PlacedMention other = nextConjunct(s, of);
      if (other == null) {
        other = after(s, of.end() - 1, clauseEnd, OBJECT_PREPOSITIONS);
      }
      return new Roles(of, other, location, "noun-of-agent");
    }
    PlacedMention actor = premodifier(s, trigger.head());
    String rule = "noun-modifier";
    if (actor != null && PATIENT_NOUN_TYPES.contains(type) && isPersonPossessor(s, actor)) {
      // "ordered Khashoggi's killing": the possessor was killed; who ordered it acted
      int supportVerb = supportVerbBefore(s.tokens(), trigger.head(), clauseStart);
      PlacedMention agent = supportVerb < 0 ? null : Subjects.find(s, supportVerb, clauseStart);
      return new Roles(agent, actor, location, "noun-possessor-patient");
    }
    if (actor == null) {
      actor = possessorPhrase(s, trigger.head(), PATIENT_NOUN_TYPES.contains(type));
      rule = actor == null ? rule : "noun-possessor";
    }
    int supportVerb = supportVerbBefore(s.tokens(), trigger.head(), clauseStart);
    if (actor == null && supportVerb >= 0) {
      // "labeled him a terrorist and levied sanctions against him": the first verb's subject
      int firstVerb = Subjects.coordinatedVerb(s.tokens(), supportVerb, clauseStart);
      actor = Subjects.find(s, firstVerb >= 0 ? firstVerb : supportVerb, clauseStart);
      rule = "noun-subject";
    }
    if (actor == null) {
      actor = after(s, trigger.last(), clauseEnd, AGENT_PREPOSITIONS);
      rule = "noun-by";
      boolean by = actor != null && precededBy(s, actor, "by");
      PlacedMention other = by && RECIPROCAL_TYPES.contains(type) ? nextConjunct(s, actor) : null;
      if (other != null) {
        // "the meeting was attended by X and Y": X met Y
        return new Roles(actor, other, location, "noun-by+coordinated-agents");
      }
    }
    PlacedMention target = after(s, trigger.last(), clauseEnd, TARGET_PREPOSITIONS);
    if (target == null) {
      // "plots against dissidents", "the killing of two aid workers": an actor phrase, no name
      target = targetPhrase(s, trigger.last(), clauseEnd, PATIENT_NOUN_TYPES.contains(type));
    }
    if (actor == null && target != null && precededBy(s, target, "with")) {
      actor = Subjects.find(s, trigger.head(), clauseStart);
      rule = "noun-subject";
    }
    if (target == null) {
      int copula = copulaBefore(s.tokens(), trigger.head(), clauseStart);
      target = copula < 0 ? null : Subjects.find(s, copula, clauseStart);
      rule = target == null ? rule : rule + "+undergoer-subject";
    }
    return new Roles(actor, target, location, rule);
  }

  /**
   * "the rocket strikes were carried out by X": a noun subject of a passive support verb (carry
   * out, conduct, launch, ...) is the act of the verb's agent; null when the verb is no such
   * passive.
   */
  private static Roles carriedOutBy(
      SentenceContext s, int verb, int clauseEnd, PlacedMention location) {
    List<Token> tokens = s.tokens();
    while (verb + 1 < clauseEnd
        && (tokens.get(verb).isPos("RB") || Set.of("be", "have").contains(tokens.get(verb).lemma()))
        && !tokens.get(verb).isPos("VBN")) {
      verb++; // "were carried out": the participle after the auxiliary
    }
    String lemma = tokens.get(verb).lemma().toLowerCase(Locale.ROOT);
    if (!SUPPORT_VERBS.contains(lemma) || !isPassive(tokens, verb)) {
      return null;
    }
    PlacedMention agent = after(s, verb, clauseEnd, Set.of("by"));
    if (agent == null) {
      agent = byPhrase(s, verb, clauseEnd);
    }
    return agent == null ? null : new Roles(agent, null, location, "noun-carried-out-by");
  }

  /**
   * The first finite verb after the noun ending at last, in its clause, or the comma that opens a
   * participle clause ("for the raid, committing to send troops to Chile"); -1 when none.
   */
  private static int finiteVerbAfter(List<Token> tokens, int last, int clauseEnd) {
    for (int at = last + 1; at < clauseEnd; at++) {
      boolean participle =
          tokens.get(at).text().equals(",")
              && at + 1 < clauseEnd
              && tokens.get(at + 1).isPos("VBG");
      if (Pos.isFiniteVerb(tokens.get(at)) || participle) {
        return at;
      }
    }
    return -1;
  }

  /**
   * True when the finite verb at {@code verb} opens a passive: "was claimed", "were all killed".
   */
  private static boolean isPassiveAt(List<Token> tokens, int verb, int clauseEnd) {
    for (int at = verb + 1; at < Math.min(clauseEnd, verb + 4); at++) {
      if (tokens.get(at).isPos("VBN")) {
        return isPassive(tokens, at);
      }
    }
    return false;
  }

  /**
   * The verb "be" (or "remain", "come", "fall") of "X is under EU sanctions", "X has been the
   * subject of US sanctions", "X came under attack": its subject undergoes the noun at head; or -1.
   */
  private static int copulaBefore(List<Token> tokens, int head, int clauseStart) {
    int at = head - 1;
    while (at > clauseStart && isModifier(tokens.get(at)) && !tokens.get(at).isPos("DT")) {
      at--;
    }
    if (at <= clauseStart) {
      return -1;
    }
    String word = tokens.get(at).text().toLowerCase(Locale.ROOT);
    if (word.equals("of")
        && at - 2 > clauseStart
        && UNDERGOER_NOUNS.contains(tokens.get(at - 1).lemma().toLowerCase(Locale.ROOT))
        && tokens.get(at - 2).isPos("DT")) {
      at -= 3;
    } else if (word.equals("under")) {
      at--;
    } else {
      return -1;
    }
    while (at > clauseStart && tokens.get(at).isPos("RB")) {
      at--;
    }
    boolean copula =
        at >= clauseStart
            && tokens.get(at).isPos("VB")
            && UNDERGOER_VERBS.contains(tokens.get(at).lemma().toLowerCase(Locale.ROOT));
    return copula ? at : -1;
  }

  /**
   * True for a one-word past participle right after a noun with no object of its own ("workers
   * detained during the strike", "prisoners arrested in May"): a passive that the noun undergoes. A
   * noun phrase opening the sentence is left out, as its participle is more often a mis-tagged past
   * tense ("Police arrested five men").
   */
  static boolean isReducedRelative(List<Token> tokens, TriggerMatch trigger) {
    int head = trigger.head();
    if (trigger.tokens().size() != 1
        || !tokens.get(head).isPos("VBN")
        || head < 2
        || !tokens.get(head - 1).isPos("NN")
        || isPassive(tokens, head)) {
      return false;
    }
    if (head + 1 < tokens.size()) {
      Token next = tokens.get(head + 1);
      boolean object =
          next.isPos("DT") || next.isPos("PRP") || next.isPos("CD") || next.isPos("NN");
      if (object || next.isPos("JJ") || next.isPos("VB") || next.isPos("CC")) {
        return false; // "groups donated and delivered": a past tense the tagger took for one
      }
    }
    int first = head - 1;
    while (first > 0 && isModifier(tokens.get(first - 1))) {
      first--;
    }
    // the noun phrase is a verb's or a preposition's object: "the release of workers detained"
    Token before = first > 0 ? tokens.get(first - 1) : null;
    return before != null
        && (before.isPos("IN") || before.isPos("TO") || before.isPos("VB"))
        && !Clauses.isBreak(before);
  }

  /**
   * The actor phrase that owns the noun at head: "the army" in "the army's attack", or null; for a
   * noun of harm ({@code patientFirst}) only an armed or state actor, since "the protesters'
   * arrest" names who suffers.
   */
  private static PlacedMention possessorPhrase(SentenceContext s, int head, boolean patientFirst) {
    List<Token> tokens = s.tokens();
    int possessive = head - 1;
    while (possessive > 0 && tokens.get(possessive).isPos("JJ")) {
      possessive--;
    }
    if (possessive < 1 || !tokens.get(possessive).isPos("POS")) {
      return null;
    }
    int start = possessive;
    while (start > 0 && (tokens.get(start - 1).isPos("NN") || tokens.get(start - 1).isPos("JJ"))) {
      start--;
    }
    PlacedMention phrase =
        start == possessive ? null : NounPhrases.object(s, start, possessive, Set.of());
    String role = phrase == null ? null : s.roleOf(phrase.mention().text());
    boolean agent = role != null && ARMED_OR_STATE.contains(role);
    return phrase == null || patientFirst && !agent ? null : phrase;
  }

  /** An entity mention in the noun phrase before the head: "Sunday's Hamas attack". */
  private static PlacedMention premodifier(SentenceContext s, int head) {
    int start = head;
    while (start > 0 && isModifier(s.tokens().get(start - 1))) {
      start--;
    }
    if (start > 0 && s.tokens().get(start - 1).isPos("DT")) {
      start--; // "the Iraqi government's request": the possessor's mention opens with "the"
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

  /**
   * True when a thing noun stands between the verb and its found target: "signed a deal to export
   * Aphrodite gas" names a party of the deal only through the thing, so the co-subject is the other
   * party.
   */
  private static boolean thingBefore(
      SentenceContext s, TriggerMatch trigger, PlacedMention target) {
    for (int at = trigger.last() + 1; at < target.first(); at++) {
      Token token = s.tokens().get(at);
      if (Pos.isCommonNoun(token) && THING_NOUNS.contains(token.lemma().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** The mention X in "X and Y" when {@code second} is Y, or null. */
  private static PlacedMention firstConjunct(SentenceContext s, PlacedMention second) {
    int and = second.first() - 1;
    while (and >= 0 && s.tokens().get(and).isPos("DT")) {
      and--;
    }
    if (and < 1 || !s.tokens().get(and).lemma().equalsIgnoreCase("and")) {
      return null;
    }
    PlacedMention first = null;
    for (PlacedMention m : s.mentions()) {
      if (m.end() == and) {
        first = m;
      }
    }
    for (PlacedMention m = first; m != null; m = commaConjunctBefore(s, m)) {
      first = m;
    }
    return first;
  }

  /** The mention X right before ", Y" when {@code m} is Y, or null. */
  private static PlacedMention commaConjunctBefore(SentenceContext s, PlacedMention m) {
    int comma = m.first() - 1;
    if (comma < 1 || !s.tokens().get(comma).text().equals(",")) {
      return null;
    }
    for (PlacedMention other : s.mentions()) {
      if (other.end() == comma) {
        return other;
      }
    }
    return null;
  }

  /** True for a person named as the possessor of a noun: "Khashoggi's" in "Khashoggi's killing". */
  private static boolean isPersonPossessor(SentenceContext s, PlacedMention m) {
    return m.mention().type().name().equals("PERSON")
        && m.end() < s.tokens().size()
        && s.tokens().get(m.end()).isPos("POS");
  }

  /** The mention right after "of" (a determiner allowed) following the noun at last, or null. */
  private static PlacedMention ofPhrase(SentenceContext s, int last, int clauseEnd) {
    List<Token> tokens = s.tokens();
    if (last + 1 >= clauseEnd || !tokens.get(last + 1).lemma().equalsIgnoreCase("of")) {
      return null;
    }
    for (PlacedMention m : s.mentions()) {
      if (m.first() > last + 1
          && m.first() <= last + 3
          && m.end() <= clauseEnd
          && "of".equals(prepositionBefore(tokens, m.first(), last))
          && !s.isPlace(m)
          && !(m.end() < clauseEnd
              && tokens.get(m.end()).isPos("NN")
              && !tokens.get(m.end()).isPos("NNP"))) {
        // "a meeting of EastMed countries": a name that modifies a noun is not the of-phrase
        return m;
      }
    }
    return null;
  }

  /**
   * The next conjunct of a list the mention opens: Y in "X and Y", "X, Y and Z" (determiners and
   * title words between allowed), preferring one of another country when the first shares X's.
   */
  static PlacedMention nextConjunct(SentenceContext s, PlacedMention first) {
    List<Token> tokens = s.tokens();
    PlacedMention previous = first;
    PlacedMention found = null;
    for (PlacedMention m : s.mentions()) {
      if (m.first() < previous.end()) {
        continue;
      }
      if (!joins(tokens, previous.end(), m.first())) {
        break;
      }
      String firstCountry = s.argument(first).countryCode();
      String country = s.argument(m).countryCode();
      if (found == null) {
        found = m;
      }
      if (firstCountry == null || country != null && !firstCountry.equals(country)) {
        return m; // "X and energy minister Y, Greek minister Z": one of another country first
      }
      previous = m;
    }
    return found;
  }

  /** True when the tokens [from, to) link two conjuncts: a comma or "and", then modifiers. */
  private static boolean joins(List<Token> tokens, int from, int to) {
    if (from >= to) {
      return false;
    }
    String link = tokens.get(from).text().toLowerCase(Locale.ROOT);
    int at = from + 1;
    if (link.equals(",") && at < to && tokens.get(at).text().equalsIgnoreCase("and")) {
      at++;
    } else if (!link.equals(",") && !link.equals("and")) {
      return false;
    }
    for (; at < to; at++) {
      Token token = tokens.get(at);
      if (!token.isPos("DT") && !token.isPos("JJ") && !token.isPos("NN")) {
        return false;
      }
    }
    return to - from <= 5;
  }

  /**
   * The antecedent of an object relative pronoun ("Cyprus, which Turkey does not recognize"): the
   * clause opens with which, whom or that and names its own subject before the verb.
   */
  private static PlacedMention relativeObject(
      SentenceContext s, int head, int clauseStart, PlacedMention actor) {
    List<Token> tokens = s.tokens();
    if (clauseStart < 2
        || !Clauses.isRelative(tokens, clauseStart)
        || !OBJECT_RELATIVES.contains(tokens.get(clauseStart - 1).text().toLowerCase(Locale.ROOT))
        || actor.first() < clauseStart
        || actor.end() > head) {
      return null;
    }
    int at = clauseStart - 2;
    if (tokens.get(at).text().equals(",")) {
      at--;
    }
    for (PlacedMention m : s.mentions()) {
      if (m.end() == at + 1) {
        return m;
      }
    }
    return null;
  }

  /**
   * "was signed on Tuesday between X and Y": "between" a few words after a verb, with no other verb
   * before it.
   */
  private static Roles betweenAfter(
      SentenceContext s, int last, int clauseEnd, PlacedMention location) {
    List<Token> tokens = s.tokens();
    for (int at = last; at < Math.min(clauseEnd - 1, last + 5); at++) {
      if (tokens.get(at + 1).lemma().equalsIgnoreCase("between")) {
        return between(s, at, clauseEnd, location);
      }
      if (at > last && tokens.get(at).isPos("VB") || tokens.get(at + 1).text().equals(",")) {
        return null;
      }
    }
    return null;
  }

  /** "talks between X and Y": X acts, Y is acted on. */
  private static Roles between(SentenceContext s, int last, int clauseEnd, PlacedMention location) {
    List<Token> tokens = s.tokens();
    if (last + 1 >= tokens.size() || !tokens.get(last + 1).lemma().equalsIgnoreCase("between")) {
      return null;
    }
    PlacedMention first = null;
    for (PlacedMention m : s.mentions()) {
      if (m.first() > last && m.first() <= last + 3 && first == null) {
        first = m;
      } else if (first != null
          && m.first() > first.end()
          && m.first() <= first.end() + 2
          && (tokens.get(first.end()).lemma().equalsIgnoreCase("and")
              || tokens.get(first.end()).text().equals(","))) {
        return new Roles(first, m, location, "noun-between");
      }
    }
    return phrasesBetween(s, last + 2, clauseEnd, location);
  }

  /**
   * "talks between the union and the port authority": two actor phrases that name no recognised
   * entity, joined by "and"; null unless both are found.
   */
  private static Roles phrasesBetween(
      SentenceContext s, int start, int clauseEnd, PlacedMention location) {
    PlacedMention first = NounPhrases.object(s, start, clauseEnd, Set.of());
    if (first == null
        || first.end() >= clauseEnd
        || !s.tokens().get(first.end()).lemma().equalsIgnoreCase("and")) {
      return null;
    }
    PlacedMention second = NounPhrases.object(s, first.end() + 1, clauseEnd, Set.of());
    return second == null ? null : new Roles(first, second, location, "noun-between");
  }

  /** "by current government officials": an actor phrase after "by" near the verb, or null. */
  private static PlacedMention byPhrase(SentenceContext s, int last, int clauseEnd) {
    int limit = Math.min(clauseEnd, last + 1 + POST_WINDOW);
    for (int at = last + 1; at < limit; at++) {
      if (s.tokens().get(at).lemma().equalsIgnoreCase("by")) {
        PlacedMention phrase = NounPhrases.object(s, at + 1, clauseEnd, Set.of());
        return phrase != null ? phrase : groupOf(s, at + 1, clauseEnd);
      }
    }
    return null;
  }

  /**
   * The organisation a group noun opening at start stands for: "members of the European Union",
   * "representatives from Iran"; or null.
   */
  private static PlacedMention groupOf(SentenceContext s, int start, int clauseEnd) {
    List<Token> tokens = s.tokens();
    int at = start;
    while (at < clauseEnd && (tokens.get(at).isPos("DT") || tokens.get(at).isPos("JJ"))) {
      at++;
    }
    if (at + 1 >= clauseEnd
        || !Subjects.isGroupHead(tokens.get(at).text())
        || !Set.of("of", "from").contains(tokens.get(at + 1).text().toLowerCase(Locale.ROOT))) {
      return null;
    }
    for (PlacedMention m : s.mentions()) {
      if (m.first() > at + 1 && m.first() <= at + 3 && m.end() <= clauseEnd) {
        return m;
      }
    }
    return null;
  }

  /** A mention standing in a pattern's gap: "asked Iran to", "gave Tanzania aid". */
  private static PlacedMention gapObject(SentenceContext s, TriggerMatch trigger) {
    for (PlacedMention m : s.mentions()) {
      boolean inGap =
          m.first() > trigger.head()
              && m.end() <= trigger.last()
              && trigger.tokens().stream().noneMatch(m::covers);
      String prep = prepositionBefore(s.tokens(), m.first(), trigger.head());
      if (inGap && (prep == null || OBJECT_PREPOSITIONS.contains(prep))) {
        return m;
      }
    }
    int gapStart = trigger.head() + 1;
    boolean open = gapStart < trigger.last() && !trigger.tokens().contains(gapStart);
    // "asking voters to vote", "urged local authorities to": an actor phrase in the gap
    return open ? NounPhrases.object(s, gapStart, gapEnd(trigger, gapStart), Set.of()) : null;
  }

  /** The first token of the pattern after {@code gapStart}: where the gap ends. */
  private static int gapEnd(TriggerMatch trigger, int gapStart) {
    return trigger.tokens().stream().filter(t -> t > gapStart).min(Integer::compare).orElseThrow();
  }

  /**
   * The subject of the clause a verb of demand or accusation governs: "Y" in "demanded on Friday
   * that Y withdraw", the first mention after "that" before that clause's verb.
   */
  private static PlacedMention complementSubject(SentenceContext s, int last) {
    List<Token> tokens = s.tokens();
    int that = -1;
    for (int at = last + 1; at < Math.min(tokens.size(), last + 1 + COMPLEMENT_WINDOW); at++) {
      Token token = tokens.get(at);
      if (token.text().equalsIgnoreCase("that")) {
        that = at;
        break;
      }
      if (Pos.isVerbOrModal(token) || Clauses.isBreak(token)) {
        break;
      }
    }
    if (that < 0) {
      return bareComplementSubject(s, last);
    }
    for (PlacedMention m : s.mentions()) {
      if (m.first() > that) {
        for (int at = that + 1; at < m.first(); at++) {
          if (Pos.isVerbOrModal(tokens.get(at))) {
            return null;
          }
        }
        return prepositionBefore(tokens, m.first(), that) == null ? m : null;
      }
    }
    return null;
  }

  /** True when a finite "be" and a past participle follow the mention: "Ruto was poisoned". */
  private static boolean opensPassiveClause(List<Token> tokens, PlacedMention m) {
    int at = m.end();
    if (at >= tokens.size() || !Pos.isFiniteVerb(tokens.get(at))) {
      return false;
    }
    for (int verb = at + 1; verb < Math.min(tokens.size(), at + 3); verb++) {
      if (tokens.get(verb).isPos("VBN")) {
        return isPassive(tokens, verb);
      }
    }
    return false;
  }

  /**
   * The subject of a complement clause with no "that" ("alleged, by way of example, Mahan had
   * supported ..."): a name right after the verb (a parenthetical between commas skipped) that a
   * finite verb in the active follows; null otherwise, and for a passive ("alleged Navalny was
   * poisoned" names who suffered, not who is accused).
   */
  private static PlacedMention bareComplementSubject(SentenceContext s, int last) {
    List<Token> tokens = s.tokens();
    int at = last + 1;
    if (at < tokens.size() && tokens.get(at).text().equals(",")) {
      int close = at + 1;
      while (close < Math.min(tokens.size(), at + COMPLEMENT_WINDOW)
          && !tokens.get(close).text().equals(",")) {
        close++;
      }
      at = close + 1;
    }
    PlacedMention m = mentionAt(s, at);
    if (m == null || m.end() >= tokens.size() || !Pos.isFiniteVerb(tokens.get(m.end()))) {
      return null;
    }
    int verb = m.end();
    while (verb + 1 < tokens.size() && !tokens.get(verb).isPos("VBN") && verb < m.end() + 3) {
      verb++;
    }
    return tokens.get(verb).isPos("VBN") && isPassive(tokens, verb) ? null : m;
  }

  /**
   * The first actor after the verb in its clause, named by a mention or an actor phrase, directly
   * or through prepositions that lead to a recipient ("accepted demands from Shona rebels",
   * "demanded the withdrawal of Serbian forces").
   */
  private static PlacedMention object(SentenceContext s, int last, int clauseEnd) {
    int limit = Math.min(clauseEnd, last + 1 + OBJECT_WINDOW);
    for (int at = last + 1; at < limit; at++) {
      Token token = s.tokens().get(at);
      if (token.text().equals(",") || at > last + 1 && Pos.isFiniteVerb(token)) {
        return null; // the clause ends: "rejected the accusation, and the government demanded"
      }
      // a number opens a noun phrase whatever stands before it: "killed at least four civilians"
      String prep = token.isPos("CD") ? null : prepositionBefore(s.tokens(), at, last);
      if (prep != null && !RECIPIENT_PREPOSITIONS.contains(prep)) {
        continue;
      }
      PlacedMention mention = mentionAt(s, at);
      if (mention != null) {
        return mention;
      }
      boolean opensPhrase =
          at == last + 1 || prep != null && isPrepositionAt(s, at - 1) || token.isPos("CD");
      PlacedMention phrase =
          opensPhrase ? NounPhrases.object(s, at, limit, OBJECT_PREPOSITIONS) : null;
      if (phrase != null) {
        return phrase;
      }
    }
    return null;
  }

  private static PlacedMention mentionAt(SentenceContext s, int at) {
    for (PlacedMention m : s.mentions()) {
      if (m.first() == at) {
        return m;
      }
    }
    return null;
  }

  private static boolean isPrepositionAt(SentenceContext s, int at) {
    return s.tokens().get(at).isPos("IN") || s.tokens().get(at).isPos("TO");
  }

  /**
   * The actor phrase after "on" or "against" (or "of", when {@code patientOf}) that follows a noun
   * trigger, its compound nouns allowed between ("attack plots against dissidents"), or null.
   */
  private static PlacedMention targetPhrase(
      SentenceContext s, int last, int clauseEnd, boolean patientOf) {
    List<Token> tokens = s.tokens();
    int at = last + 1;
    while (at < clauseEnd && at <= last + 2 && tokens.get(at).isPos("NN")) {
      at++;
    }
    if (at >= clauseEnd) {
      return null;
    }
    String prep = tokens.get(at).text().toLowerCase(Locale.ROOT);
    boolean leads = prep.equals("on") || prep.equals("against") || patientOf && prep.equals("of");
    return leads ? NounPhrases.object(s, at, clauseEnd, Set.of(prep)) : null;
  }

  /** The first mention after one of {@code prepositions} following the trigger. */
  private static PlacedMention after(
      SentenceContext s, int last, int clauseEnd, Set<String> prepositions) {
    int limit = Math.min(clauseEnd, last + 1 + POST_WINDOW);
    for (PlacedMention m : s.mentions()) {
      if (m.first() > last && m.first() < limit) {
        String prep = prepositionBefore(s.tokens(), m.first(), last);
        if (prep == null && isTitledName(s, m, last)) {
          // "the murder of journalist Jamal Khashoggi": a title word stands between
          prep = prepositionBefore(s.tokens(), m.first() - 1, last);
        }
        if (prep != null && prepositions.contains(prep)) {
          return m;
        }
      }
    }
    return null;
  }

  /** True for a person's name right after a lower-case title noun ("journalist", "general"). */
  private static boolean isTitledName(SentenceContext s, PlacedMention m, int floor) {
    if (!m.mention().type().name().equals("PERSON") || m.first() - 1 <= floor) {
      return false;
    }
    Token title = s.tokens().get(m.first() - 1);
    return title.isPos("NN")
        && !title.isPos("NNP")
        && !title.isPos("NNS")
        && Character.isLowerCase(title.text().charAt(0));
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
    while (at > floor
        && at >= 0
        && (tokens.get(at).isPos("DT")
            || tokens.get(at).isPos("PRP$")
            || tokens.get(at).isPos("JJ")
            || isHyphenated(tokens, at))) {
      at--; // "into north-eastern Syria": a hyphenated modifier is one adjective
    }
    if (at <= floor || at < 0) {
      return null;
    }
    Token token = tokens.get(at);
    return token.isPos("IN") || token.isPos("TO") ? token.text().toLowerCase(Locale.ROOT) : null;
  }

  /** True for a hyphen between words, or the word before one ("north" in "north-eastern"). */
  private static boolean isHyphenated(List<Token> tokens, int at) {
    return tokens.get(at).isPos("HYPH")
        || at + 1 < tokens.size() && tokens.get(at + 1).isPos("HYPH") && at + 2 < tokens.size();
  }

  private static boolean precededBy(SentenceContext s, PlacedMention m, String word) {
    return word.equals(prepositionBefore(s.tokens(), m.first(), -1));
  }

  static boolean isPassive(List<Token> tokens, int head) {
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
      boolean conjunction = lemma.equalsIgnoreCase("and") || lemma.equalsIgnoreCase("or");
      if (conjunction && at > 0 && tokens.get(at - 1).isPos("VBN")) {
        // "was arrested and banned": the second participle shares the first one's voice
        return isPassive(tokens, at - 1);
      }
      boolean floating = FLOATING.contains(tokens.get(at).text().toLowerCase(Locale.ROOT));
      if (!tokens.get(at).isPos("RB") && !floating) {
        return false;
      }
    }
    return false;
  }

  /** The verb whose object the noun at head is, when it is a support verb, or -1. */
  private static int supportVerbBefore(List<Token> tokens, int head, int clauseStart) {
    for (int at = head - 1; at >= Math.max(clauseStart, head - 4); at--) {
      if (tokens.get(at).isPos("VB")) {
        return SUPPORT_VERBS.contains(tokens.get(at).lemma().toLowerCase(Locale.ROOT)) ? at : -1;
      }
    }
    return -1;
  }
}
