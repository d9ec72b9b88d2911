package org.newsledger.entities;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsledger.core.lexicon.CountryList;
import org.newsledger.core.lexicon.PhraseIndex.Match;
import org.newsledger.core.lexicon.WordList;
import org.newsledger.core.text.Token;

/** Countries and territories by name, alias, demonym and capital, from editable word lists. */
final class Countries {

  private final CasedIndex<Country> names = new CasedIndex<>();
  private final CasedIndex<Country> demonyms = new CasedIndex<>();
  private final CasedIndex<Country> capitals = new CasedIndex<>();
  private final Map<String, Country> byCode = new HashMap<>();

  private Countries() {}

  /** Loads the shared country table ({@link CountryList}) and the CAPITAL rows of metonyms.tsv. */
  static Countries load() {
    Countries countries = new Countries();
    for (List<String> row : CountryList.load().rows()) {
      countries.addCountry(row);
    }
    for (List<String> row : WordList.load(Countries.class, "metonyms.tsv").rows()) {
      Country country = countries.byCode.get(row.get(2));
      if (row.get(1).equals("CAPITAL") && country != null) {
        countries.capitals.add(row.get(0), country);
      }
    }
    return countries;
  }

  private void addCountry(List<String> row) {
    Country country = new Country(row.get(0), row.get(1), column(row, 2));
    byCode.putIfAbsent(country.code(), country);
    names.add(country.name(), country);
    list(column(row, 4)).forEach(alias -> names.add(alias, country));
    list(column(row, 3)).forEach(demonym -> demonyms.add(demonym, country));
    if (!country.capital().isEmpty() && !country.capital().equals(country.name())) {
      capitals.add(country.capital(), country);
    }
  }

  private static String column(List<String> row, int index) {
    return row.size() > index && !row.get(index).equals("-") ? row.get(index) : "";
  }

  private static List<String> list(String column) {
    return column.isEmpty()
        ? List.of()
        : Arrays.stream(column.split(",")).map(String::strip).toList();
  }

  /** The country whose name or alias starts at {@code start}, or null. */
  Match<Country> nameAt(List<Token> tokens, int start) {
    return names.matchAt(tokens, start);
  }

  /** The country whose demonym ("Israeli") starts at {@code start}, or null. */
  Match<Country> demonymAt(List<Token> tokens, int start) {
    return demonyms.matchAt(tokens, start);
  }

  /** The country whose capital or seat of government starts at {@code start}, or null. */
  Match<Country> capitalAt(List<Token> tokens, int start) {
    return capitals.matchAt(tokens, start);
  }

  /** A country named by name, alias or demonym at {@code start}, or null. */
  Match<Country> nameOrDemonymAt(List<Token> tokens, int start) {
    Match<Country> name = nameAt(tokens, start);
    return name != null ? name : demonymAt(tokens, start);
  }

  /** The first country the tokens name, call by demonym or by capital, or null. */
  Country find(List<Token> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      Match<Country> match = nameOrDemonymAt(tokens, i);
      match = match != null ? match : capitalAt(tokens, i);
      if (match != null) {
        return match.value();
      }
    }
    return null;
  }
}
