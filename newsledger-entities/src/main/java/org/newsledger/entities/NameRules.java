package org.newsledger.entities;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsledger.core.facts.EntityType;
import org.newsledger.core.facts.MentionKind;
import org.newsledger.core.lexicon.PhraseIndex.Match;
import org.newsledger.core.text.Token;

/** Rules for proper names: the people gazetteer, the model's NER runs and pronouns. */
final class NameRules {

  static final String GAZETTEER_PERSON = "entities:gazetteer-person";
  static final String NER_SPAN = "entities:ner-span";
  static final String NER_KNOWN_PLACE = "entities:ner-known-place";
  static final String PRONOUN = "entities:pronoun";

  private static final Map<String, EntityType> NER_TYPES =
      Map.of(
          "PERSON", EntityType.PERSON,
          "ORGANIZATION", EntityType.ORGANIZATION,
          "LOCATION", EntityType.LOCATION,
          "COUNTRY", EntityType.LOCATION,
          "CITY", EntityType.LOCATION,
          "STATE_OR_PROVINCE", EntityType.LOCATION,
          "MISC", EntityType.MISC);

  private NameRules() {}

  /** "Biden", "Antony Blinken": widely reported people the gazetteer lists. */
  static MentionRule gazetteerPeople(Lexicon lexicon) {
    requireNonNull(lexicon, "lexicon is null");
    return tokens -> {
      List<Candidate> found = new ArrayList<>();
      for (int i = 0; i < tokens.size(); i++) {
        Match<Lexicon.Person> match = lexicon.people.matchAt(tokens, i);
        if (match != null && isWholeName(tokens, i, match.end())) {
          found.add(
              Candidate.of(i, match.end(), EntityType.PERSON, MentionKind.NAME, GAZETTEER_PERSON));
          i = match.end() - 1;
        }
      }
      return found;
    };
  }

  private static boolean isWholeName(List<Token> tokens, int first, int end) {
    Token before = Tokens.at(tokens, first - 1);
    Token after = Tokens.at(tokens, end);
    boolean extendedBefore =
        before != null && before.ner().equals("PERSON") && Tokens.isProperWord(before);
    boolean extendedAfter = after != null && Tokens.isProperWord(after);
    return !extendedBefore && !extendedAfter && Tokens.isProperWord(tokens.get(first));
  }

  /**
   * Runs of one NER tag of the model. A run that is a known capital or seat is a place whatever the
   * model said ("Tel Aviv" tagged as an organization).
   */
  static MentionRule nerSpans(Lexicon lexicon) {
    requireNonNull(lexicon, "lexicon is null");
    return tokens -> {
      List<Candidate> found = new ArrayList<>();
      int i = 0;
      while (i < tokens.size()) {
        String tag = tokens.get(i).ner();
        int end = i + 1;
        while (end < tokens.size() && tokens.get(end).ner().equals(tag)) {
          end++;
        }
        Candidate candidate =
            NER_TYPES.containsKey(tag) ? nerRun(lexicon, tokens, i, end, tag) : null;
        if (candidate != null) {
          found.add(candidate);
        }
        i = end;
      }
      return found;
    };
  }

  private static Candidate nerRun(
      Lexicon lexicon, List<Token> tokens, int first, int end, String tag) {
    boolean proper = false;
    for (int k = first; k < end; k++) {
      proper |= Tokens.isProperWord(tokens.get(k));
    }
    if (!proper) {
      return null;
    }
    Match<Country> capital = lexicon.countries.capitalAt(tokens, first);
    if (capital != null && capital.end() == end) {
      return Candidate.of(first, end, EntityType.LOCATION, MentionKind.NAME, NER_KNOWN_PLACE);
    }
    // a title the model took into a person's name ("Mayor Ines Vale") is no part of the name
    Match<String> title = tag.equals("PERSON") ? lexicon.titles.matchAt(tokens, first) : null;
    boolean titled =
        title != null && title.end() < end && Tokens.isProperWord(tokens.get(title.end()));
    return Candidate.of(
        titled ? title.end() : first, end, NER_TYPES.get(tag), MentionKind.NAME, NER_SPAN);
  }

  /** Personal and possessive pronouns: "he", "his", "they". */
  static MentionRule pronouns(Lexicon lexicon) {
    requireNonNull(lexicon, "lexicon is null");
    return tokens -> {
      List<Candidate> found = new ArrayList<>();
      for (int i = 0; i < tokens.size(); i++) {
        Token token = tokens.get(i);
        Lexicon.Pronoun pronoun = lexicon.pronouns.get(Tokens.lower(token));
        if (pronoun != null && token.isPos("PRP")) {
          EntityType type = pronoun.plural() ? EntityType.MISC : EntityType.PERSON;
          found.add(Candidate.of(i, i + 1, type, MentionKind.PRONOUN, PRONOUN));
        }
      }
      return found;
    };
  }
}
