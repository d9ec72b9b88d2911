package org.newsledger.entities;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsledger.core.facts.EntityType;
import org.newsledger.core.facts.MentionKind;
import org.newsledger.core.lexicon.PhraseIndex.Match;
import org.newsledger.core.text.Token;

/** Rules for countries and places: names, demonyms, capitals acting as governments, facilities. */
final class PlaceRules {

  static final String CAPITAL_AS_GOVERNMENT = "metonym:capital-as-government";
  static final String GOVERNMENT_IN_CAPITAL = "metonym:government-in-capital";
  static final String COUNTRY = "entities:country-name";
  static final String DEMONYM = "entities:demonym";
  static final String FACILITY = "entities:facility";

  private static final Set<String> COUNTRY_TAGS = Set.of("O", "COUNTRY", "NATIONALITY");
  private static final Set<String> DEMONYM_TAGS = Set.of("O", "NATIONALITY", "MISC", "COUNTRY");

  private PlaceRules() {}

  /** "Moscow said", "that Tel Aviv was considering", "the government in Jerusalem". */
  static MentionRule capitalsAsGovernments(Lexicon lexicon) {
    requireNonNull(lexicon, "lexicon is null");
    return tokens -> {
      List<Candidate> found = new ArrayList<>();
      for (int i = 0; i < tokens.size(); i++) {
        Candidate candidate = governmentInCapital(lexicon, tokens, i);
        Match<Country> capital = lexicon.countries.capitalAt(tokens, i);
        if (candidate == null
            && capital != null
            && actsAsSubject(lexicon, tokens, i, capital.end())) {
          candidate =
              Candidate.of(
                  i,
                  capital.end(),
                  EntityType.LOCATION,
                  MentionKind.METONYM,
                  CAPITAL_AS_GOVERNMENT);
        }
        if (candidate != null) {
          found.add(candidate);
          i = candidate.end() - 1;
        }
      }
      return found;
    };
  }

  private static Candidate governmentInCapital(Lexicon lexicon, List<Token> tokens, int first) {
    Match<Lexicon.Institution> noun = lexicon.institutions.matchAt(tokens, first);
    Token in = Tokens.at(tokens, noun == null ? -1 : noun.end());
    if (noun == null || !noun.value().isState() || in == null || !Tokens.lower(in).equals("in")) {
      return null;
    }
    Match<Country> capital = lexicon.countries.capitalAt(tokens, noun.end() + 1);
    return capital == null
        ? null
        : Candidate.of(
            Tokens.withDeterminer(tokens, first),
            capital.end(),
            EntityType.LOCATION,
            MentionKind.METONYM,
            GOVERNMENT_IN_CAPITAL);
  }

  private static boolean actsAsSubject(Lexicon lexicon, List<Token> tokens, int first, int end) {
    Token before = Tokens.at(tokens, first - 1);
    boolean opensClause =
        before == null
            || before.isPos(",")
            || before.isPos(":")
            || before.isPos("``")
            || before.isPos("CC")
            || before.isPos("HYPH")
            || lexicon.clauseOpeners.contains(Tokens.lower(before));
    Token verb = Tokens.at(tokens, Tokens.skipAdverbs(tokens, end));
    return opensClause && verb != null && Tokens.isFiniteVerb(verb);
  }

  /** "Kerem Shalom border crossing", "Nasser Hospital": a proper name and a facility noun. */
  static MentionRule facilities(Lexicon lexicon) {
    requireNonNull(lexicon, "lexicon is null");
    return tokens -> {
      List<Candidate> found = new ArrayList<>();
      for (int i = 1; i < tokens.size(); i++) {
        Match<String> head = lexicon.facilityHeads.matchAt(tokens, i);
        if (head == null) {
          continue;
        }
        int start = i;
        while (start > 0 && Tokens.isProperWord(tokens.get(start - 1))) {
          start--;
        }
        Match<Country> country = lexicon.countries.nameOrDemonymAt(tokens, start);
        if (start < i && (country == null || country.end() < i)) {
          found.add(
              Candidate.of(start, head.end(), EntityType.LOCATION, MentionKind.NAME, FACILITY));
        }
        i = head.end() - 1;
      }
      return found;
    };
  }

  /** "Israel", "the USA", "US": a country or territory by name or alias. */
  static MentionRule countryNames(Lexicon lexicon) {
    requireNonNull(lexicon, "lexicon is null");
    return tokens -> {
      List<Candidate> found = new ArrayList<>();
      for (int i = 0; i < tokens.size(); i++) {
        Match<Country> match = lexicon.countries.nameAt(tokens, i);
        if (match != null && standsAlone(tokens, match.first(), match.end(), COUNTRY_TAGS)) {
          found.add(Candidate.of(i, match.end(), EntityType.LOCATION, MentionKind.NAME, COUNTRY));
          i = match.end() - 1;
        }
      }
      return found;
    };
  }

  /** "Israeli", "Palestinian": an adjective of nationality standing for its country. */
  static MentionRule demonyms(Lexicon lexicon) {
    requireNonNull(lexicon, "lexicon is null");
    return tokens -> {
      List<Candidate> found = new ArrayList<>();
      for (int i = 0; i < tokens.size(); i++) {
        Match<Country> match = lexicon.countries.demonymAt(tokens, i);
        if (match != null
            && !tokens.get(i).isPos("NNS")
            && !endsAName(tokens, i)
            && standsAlone(tokens, i, match.end(), DEMONYM_TAGS)) {
          found.add(
              Candidate.of(i, match.end(), EntityType.LOCATION, MentionKind.DEMONYM, DEMONYM));
          i = match.end() - 1;
        }
      }
      return found;
    };
  }

  /**
   * True for a demonym after a proper noun of the same name run: a surname ("Mark Cuban", tagged
   * MISC as a whole), not a nationality.
   */
  private static boolean endsAName(List<Token> tokens, int i) {
    if (i == 0) {
      return false;
    }
    Token before = tokens.get(i - 1);
    String tag = tokens.get(i).ner();
    return before.isPos("NNP") && !tag.equals("O") && before.ner().equals(tag);
  }

  /** False when the model reads the words as part of a longer name ("Gaza City", "Israel Katz"). */
  private static boolean standsAlone(List<Token> tokens, int first, int end, Set<String> freeTags) {
    String tag = tokens.get(first).ner();
    if (tag.equals("PERSON")) {
      return false;
    }
    return freeTags.contains(tag) || Tokens.isWholeNerRun(tokens, first, end);
  }
}
