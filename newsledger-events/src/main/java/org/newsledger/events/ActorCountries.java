package org.newsledger.events;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsledger.core.lexicon.CountryList;
import org.newsledger.core.lexicon.WordList;

/**
 * Country codes for actors: by country name, alias or demonym ("Israeli war cabinet" is ISR) and by
 * the organisations in actor-countries.tsv ("Hamas" is PSE).
 *
 * <p>Country names come from the shared {@link CountryList}, the same table the entity stage uses.
 */
final class ActorCountries {

  private final Map<String, String> byName = new HashMap<>();
  private final Map<String, String> byDemonym = new HashMap<>();
  private final Map<String, String> byCapitals = new HashMap<>();

  private ActorCountries() {}

  /** Loads the shared country table and actor-countries.tsv. */
  static ActorCountries load() {
    ActorCountries countries = new ActorCountries();
    CountryList.load().rows().forEach(countries::addCountry);
    for (List<String> row : WordList.load(ActorCountries.class, "actor-countries.tsv").rows()) {
      countries.byName.put(key(row.get(0)), row.get(1));
    }
    return countries;
  }

  private void addCountry(List<String> row) {
    String code = row.get(1).contains("-") ? row.get(1).substring(0, 3) : row.get(1);
    byName.put(key(row.get(0)), code);
    if (row.size() > 2 && !row.get(2).equals("-")) {
      byName.putIfAbsent(key(row.get(2)), code);
    }
    split(row, 3).forEach(demonym -> byDemonym.put(key(demonym), code));
    for (String alias : split(row, 4)) {
      if (alias.equals(alias.toUpperCase(Locale.ROOT))) {
        byCapitals.put(alias, code);
      } else {
        byName.put(key(alias), code);
      }
    }
  }

  private static List<String> split(List<String> row, int column) {
    return row.size() <= column || row.get(column).equals("-")
        ? List.of()
        : List.of(row.get(column).split("\\s*,\\s*"));
  }

  /** The code for a whole name ("Israel", "the USA", "Hamas"), or null. */
  String ofName(String name) {
    String bare = name.strip().replaceFirst("^the ", "");
    if (byCapitals.containsKey(bare)) {
      return byCapitals.get(bare);
    }
    String key = key(name);
    String code = byName.get(key);
    return code != null || !key.startsWith("the ") ? code : byName.get(key.substring(4));
  }

  /** The code of the first country or demonym word of a phrase ("Israeli soldiers"), or null. */
  String ofPhrase(String phrase) {
    String whole = ofName(phrase);
    if (whole != null) {
      return whole;
    }
    for (String word : phrase.split("[\\s\\-]+")) {
      String bare = word.replaceAll("('s|’s|')$", "");
      String code = bare.isEmpty() || !Character.isUpperCase(bare.charAt(0)) ? null : ofWord(bare);
      if (code != null) {
        return code;
      }
    }
    return null;
  }

  private String ofWord(String word) {
    String code = byCapitals.get(word);
    code = code != null ? code : byDemonym.get(key(word));
    return code != null ? code : byName.get(key(word));
  }

  private static String key(String name) {
    return name.strip().toLowerCase(Locale.ROOT).replace('’', '\'');
  }
}
