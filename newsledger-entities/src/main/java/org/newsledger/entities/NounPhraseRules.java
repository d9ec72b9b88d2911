package org.newsledger.entities;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import org.newsledger.core.facts.EntityType;
import org.newsledger.core.facts.MentionKind;
import org.newsledger.core.lexicon.PhraseIndex.Match;
import org.newsledger.core.text.Pos;
import org.newsledger.core.text.Token;

/** Rules for common-noun mentions: institutions of a state, speaking groups and role nominals. */
final class NounPhraseRules {

  static final String DEMONYM_INSTITUTION = "entities:demonym-institution";
  static final String DEMONYM_STATE = "entities:demonym-state";
  static final String GROUP = "entities:group-noun";
  static final String TITLE_ROLE = "entities:title-role";

  private static final int MAX_TRAILER_TOKENS = 4;

  private NounPhraseRules() {}

  /** "The Israeli war cabinet" (an organization), "Israeli authorities" (the state itself). */
  static MentionRule institutions(Lexicon lexicon) {
    requireNonNull(lexicon, "lexicon is null");
    return tokens -> {
      List<Candidate> found = new ArrayList<>();
      for (int i = 0; i < tokens.size(); i++) {
        Match<Country> country = lexicon.countries.nameOrDemonymAt(tokens, i);
        if (country == null) {
          continue;
        }
        int nounStart = country.end();
        Token possessive = Tokens.at(tokens, nounStart);
        nounStart =
            possessive != null && Tokens.isPossessive(possessive) ? nounStart + 1 : nounStart;
        Match<Lexicon.Institution> noun =
            nounStart < tokens.size() ? lexicon.institutions.matchAt(tokens, nounStart) : null;
        if (noun != null) {
          found.add(institution(tokens, i, noun));
          i = noun.end() - 1;
        }
      }
      return found;
    };
  }

  private static Candidate institution(
      List<Token> tokens, int first, Match<Lexicon.Institution> noun) {
    int start = Tokens.withDeterminer(tokens, first);
    return noun.value().isState()
        ? Candidate.of(start, noun.end(), EntityType.LOCATION, MentionKind.NOMINAL, DEMONYM_STATE)
        : Candidate.of(
            start, noun.end(), EntityType.ORGANIZATION, MentionKind.NAME, DEMONYM_INSTITUTION);
  }

  /**
   * "officials", "a source", "Israeli media", "sources familiar with the matter". Nested, so the
   * demonym inside still names its country.
   */
  static MentionRule groups(Lexicon lexicon) {
    requireNonNull(lexicon, "lexicon is null");
    return tokens -> {
      List<Candidate> found = new ArrayList<>();
      for (int i = 0; i < tokens.size(); i++) {
        Match<String> noun = lexicon.groupNouns.matchAt(tokens, i);
        Token last = noun == null ? null : tokens.get(noun.end() - 1);
        if (last == null || !Pos.isCommonNoun(last)) {
          continue;
        }
        int start = modifiersBefore(lexicon, tokens, i);
        found.add(
            new Candidate(
                start,
                trailerEnd(lexicon, tokens, noun.end()),
                EntityType.MISC,
                MentionKind.NOMINAL,
                GROUP,
                true));
        i = noun.end() - 1;
      }
      return found;
    };
  }

  private static int modifiersBefore(Lexicon lexicon, List<Token> tokens, int head) {
    int start = head;
    boolean moved = true;
    while (moved && start > 0) {
      moved = false;
      Token before = tokens.get(start - 1);
      if (lexicon.groupModifiers.contains(Tokens.lower(before)) || before.isPos("CD")) {
        start--;
        moved = true;
        continue;
      }
      for (int back = 1; back <= 3 && start - back >= 0 && !moved; back++) {
        Match<Country> country = lexicon.countries.nameOrDemonymAt(tokens, start - back);
        if (country != null && country.end() == start) {
          start -= back;
          moved = true;
        }
      }
    }
    return start;
  }

  private static int trailerEnd(Lexicon lexicon, List<Token> tokens, int end) {
    Match<String> trailer = end < tokens.size() ? lexicon.groupTrailers.matchAt(tokens, end) : null;
    if (trailer == null) {
      return end;
    }
    int stop = trailer.end();
    while (stop < tokens.size()
        && stop < trailer.end() + MAX_TRAILER_TOKENS
        && (tokens.get(stop).isPos("DT")
            || tokens.get(stop).isPos("JJ")
            || tokens.get(stop).isPos("NN"))) {
      stop++;
    }
    return stop;
  }

  /**
   * "The President", "the spokesman", "the EU's trade chief": a definite role standing for a
   * person.
   */
  static MentionRule roleNominals(Lexicon lexicon) {
    requireNonNull(lexicon, "lexicon is null");
    return tokens -> {
      List<Candidate> found = new ArrayList<>();
      for (int i = 0; i < tokens.size(); i++) {
        Match<String> title = lexicon.titles.matchAt(tokens, i);
        if (title == null) {
          continue;
        }
        int start = definiteStart(tokens, i);
        if (start >= 0 && standsForPerson(tokens, title.end())) {
          found.add(
              new Candidate(
                  start, title.end(), EntityType.PERSON, MentionKind.NOMINAL, TITLE_ROLE, true));
        }
        i = title.end() - 1;
      }
      return found;
    };
  }

  private static boolean standsForPerson(List<Token> tokens, int end) {
    Token next = Tokens.at(tokens, end);
    return next == null
        || !(Tokens.isProperWord(next)
            || next.ner().equals("PERSON")
            || Tokens.lower(next).equals("of")
            || next.isPos("NN"));
  }

  /** Start of "the [adjectives]" or "the Owner's" before a title, or -1 when not definite. */
  private static int definiteStart(List<Token> tokens, int title) {
    int p = title - 1;
    while (p >= 0 && tokens.get(p).isPos("JJ")) {
      p--;
    }
    if (p >= 0 && Tokens.isThe(tokens.get(p))) {
      return p;
    }
    if (p < 1 || !Tokens.isPossessive(tokens.get(p))) {
      return -1;
    }
    int owner = p;
    while (owner > 0 && Tokens.isProperWord(tokens.get(owner - 1))) {
      owner--;
    }
    if (owner == p) {
      return -1;
    }
    return Tokens.withDeterminer(tokens, owner);
  }
}
