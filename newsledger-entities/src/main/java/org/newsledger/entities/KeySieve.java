package org.newsledger.entities;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Set;
import org.newsledger.core.facts.EntityType;
import org.newsledger.core.facts.MentionKind;
import org.newsledger.core.lexicon.PhraseIndex.Match;
import org.newsledger.core.text.Token;
import org.newsledger.entities.Resolution.Item;

/**
 * Groups mentions that name the same thing by a key: a country by its code whatever the form (name,
 * alias, demonym, capital, "authorities"), an institution or outlet by its listed name, other names
 * by their words.
 */
final class KeySieve {

  static final String COUNTRY_KEY = "coref:country-key";
  static final String LISTED_KEY = "coref:listed-name";
  static final String SAME_NAME = "coref:same-name";

  private static final Set<String> COUNTRY_RULES =
      Set.of(
          PlaceRules.COUNTRY,
          PlaceRules.DEMONYM,
          PlaceRules.CAPITAL_AS_GOVERNMENT,
          PlaceRules.GOVERNMENT_IN_CAPITAL,
          NounPhraseRules.DEMONYM_STATE);
  private static final Set<String> NAME_RULES =
      Set.of(
          NameRules.NER_SPAN,
          NameRules.NER_KNOWN_PLACE,
          PlaceRules.FACILITY,
          NounPhraseRules.DEMONYM_INSTITUTION,
          NounPhraseRules.GROUP);

  private final Lexicon lexicon;

  KeySieve(Lexicon lexicon) {
    this.lexicon = requireNonNull(lexicon, "lexicon is null");
  }

  /** Clusters every country, institution, outlet, group and non-person name mention. */
  void apply(Resolution resolution) {
    for (Item item : resolution.items) {
      List<Token> words = resolution.tokensOf(item);
      String rule = item.mention().rule();
      if (COUNTRY_RULES.contains(rule) || isCountryName(item, words)) {
        country(resolution, item, lexicon.countries.find(words));
      } else if (rule.equals(InstitutionRules.SEAT)) {
        seat(resolution, item, words);
      } else if (rule.equals(InstitutionRules.OUTLET)) {
        outlet(resolution, item, words);
      } else if (NAME_RULES.contains(rule) && item.mention().type() != EntityType.PERSON) {
        name(resolution, item, words);
      }
    }
  }

  private boolean isCountryName(Item item, List<Token> words) {
    if (item.mention().kind() != MentionKind.NAME || item.mention().type() != EntityType.LOCATION) {
      return false;
    }
    Match<Country> match = lexicon.countries.nameAt(words, 0);
    return match != null && match.end() == words.size();
  }

  private void country(Resolution resolution, Item item, Country country) {
    if (country != null) {
      String subtype = country.isState() ? "COUNTRY" : "TERRITORY";
      resolution.assign(
          item,
          resolution.cluster(
              "country:" + country.code(),
              EntityType.LOCATION,
              subtype,
              country.name(),
              COUNTRY_KEY),
          COUNTRY_KEY);
    }
  }

  private void seat(Resolution resolution, Item item, List<Token> words) {
    for (int i = 0; i < words.size(); i++) {
      Match<Lexicon.Seat> match = lexicon.seats.matchAt(words, i);
      if (match != null) {
        Lexicon.Seat seat = match.value();
        resolution.assign(
            item,
            resolution.cluster(
                "org:" + Lexicon.key(seat.institution()),
                EntityType.ORGANIZATION,
                seat.subtype(),
                seat.institution(),
                LISTED_KEY),
            LISTED_KEY);
        return;
      }
    }
  }

  private void outlet(Resolution resolution, Item item, List<Token> words) {
    for (int i = 0; i < words.size(); i++) {
      Match<String> match = lexicon.outlets.matchAt(words, i);
      if (match != null) {
        resolution.assign(
            item,
            resolution.cluster(
                "org:" + Lexicon.key(match.value()),
                EntityType.ORGANIZATION,
                "MEDIA",
                match.value(),
                LISTED_KEY),
            LISTED_KEY);
        return;
      }
    }
    String name = unknownOutletName(resolution, words);
    resolution.assign(
        item,
        resolution.cluster(
            "org:" + Lexicon.key(name), EntityType.ORGANIZATION, "MEDIA", name, SAME_NAME),
        SAME_NAME);
  }

  private String unknownOutletName(Resolution resolution, List<Token> words) {
    int first = Tokens.isThe(words.get(0)) ? 1 : 0;
    int end = words.size();
    for (int j = first + 1; j < words.size(); j++) {
      Match<String> head = lexicon.outletHeads.matchAt(words, j);
      if (head != null && head.end() == words.size()) {
        end = j;
        break;
      }
    }
    return words.get(first).span().union(words.get(end - 1).span()).textOf(resolution.doc.text());
  }

  private void name(Resolution resolution, Item item, List<Token> words) {
    String name = Names.withoutDeterminer(item.mention().text());
    EntityType type = item.mention().type();
    String subtype = subtype(item, words);
    String key = type + ":" + Lexicon.key(name);
    resolution.assign(item, resolution.cluster(key, type, subtype, null, SAME_NAME), SAME_NAME);
  }

  private String subtype(Item item, List<Token> words) {
    String rule = item.mention().rule();
    if (rule.equals(PlaceRules.FACILITY)) {
      return "FACILITY";
    }
    if (rule.equals(NounPhraseRules.GROUP)) {
      return groupSubtype(words);
    }
    if (rule.equals(NounPhraseRules.DEMONYM_INSTITUTION)) {
      return institutionSubtype(words);
    }
    String tag = words.get(0).ner();
    return rule.equals(NameRules.NER_KNOWN_PLACE) || tag.equals("CITY")
        ? "CITY"
        : tag.equals("STATE_OR_PROVINCE") ? "STATE_OR_PROVINCE" : "";
  }

  private String groupSubtype(List<Token> words) {
    String subtype = "ANONYMOUS";
    for (int i = 0; i < words.size(); i++) {
      Match<String> match = lexicon.groupNouns.matchAt(words, i);
      subtype = match != null ? match.value() : subtype;
    }
    return subtype;
  }

  private String institutionSubtype(List<Token> words) {
    for (int i = 0; i < words.size(); i++) {
      Match<Lexicon.Institution> match = lexicon.institutions.matchAt(words, i);
      if (match != null) {
        return match.value().subtype();
      }
    }
    return "";
  }
}
