package org.newsledger.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.newsledger.core.lexicon.PhraseIndex;
import org.newsledger.core.lexicon.WordList;

/** The time stage's word lists, loaded once from resource files, with regex alternations. */
final class TimeLexicon {

  final Map<String, Integer> months;
  final Map<String, Integer> weekdays;
  final Map<String, String> numbers;
  final Map<String, Unit> units;
  final Map<String, List<String>> relativeDays;
  final Map<String, Integer> modifiers;
  final Set<String> fuzzyModifiers;
  final Set<String> approximators;
  final Map<String, String> partsOfDay;
  final Map<String, String> seasons;
  final Map<String, String> vague;
  final Map<String, String> sets;
  final Map<String, String> clockWords;
  final Map<String, Integer> ordinals;
  final Set<String> monthTriggers;
  final Set<String> zones;
  final PhraseIndex<Tense> tenseCues;

  /** Loads every list. */
  TimeLexicon() {
    months = column(load("months.tsv"), false, row -> Integer.parseInt(row.get(1)));
    weekdays = column(load("weekdays.tsv"), false, row -> Integer.parseInt(row.get(1)));
    numbers = column(load("numbers.tsv"), true, row -> row.get(1));
    units = column(load("units.tsv"), true, row -> Unit.valueOf(row.get(1)));
    relativeDays = column(load("relative-days.tsv"), true, row -> row.subList(1, row.size()));
    modifiers = column(load("modifiers.tsv"), true, row -> Integer.parseInt(row.get(1)));
    fuzzyModifiers = load("fuzzy-modifiers.tsv").firstColumnLowerCase();
    approximators = load("approximators.tsv").firstColumnLowerCase();
    partsOfDay = column(load("parts-of-day.tsv"), true, row -> row.get(1));
    seasons = column(load("seasons.tsv"), true, row -> row.get(1));
    vague = column(load("vague.tsv"), true, row -> row.get(1));
    sets = column(load("sets.tsv"), true, row -> row.get(1));
    clockWords = column(load("clock-words.tsv"), true, row -> row.get(1));
    ordinals = column(load("ordinals.tsv"), true, row -> Integer.parseInt(row.get(1)));
    monthTriggers = load("month-triggers.tsv").firstColumnLowerCase();
    zones = Set.copyOf(column(load("zones.tsv"), false, row -> "").keySet());
    tenseCues = PhraseIndex.of(load("tense-cues.tsv"), row -> Tense.valueOf(row.get(1)));
  }

  private static WordList load(String resource) {
    return WordList.load(TimeLexicon.class, resource);
  }

  private static <V> Map<String, V> column(
      WordList list, boolean lowerCase, Function<List<String>, V> value) {
    Map<String, V> map = new HashMap<>();
    for (List<String> row : list.rows()) {
      String key = lowerCase ? row.get(0).toLowerCase(Locale.ROOT) : row.get(0);
      map.put(key, value.apply(row));
    }
    return Map.copyOf(map);
  }

  /** Looks up {@code word} ignoring case and folding runs of white space to one space. */
  static <V> V lookup(Map<String, V> map, String word) {
    return map.get(fold(word));
  }

  /** Lower case with white space runs (and hyphens after "mid") folded to one space. */
  static String fold(String word) {
    return word.strip().replaceAll("[\\s-]+", " ").toLowerCase(Locale.ROOT);
  }

  /**
   * A regex alternation of the words, longest first; spaces match any white space. Wrapped in
   * {@code (?i:...)} when {@code ignoreCase}.
   */
  static String alternation(Set<String> words, boolean ignoreCase) {
    List<String> sorted = new ArrayList<>(words);
    sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s));
    List<String> quoted = new ArrayList<>();
    for (String word : sorted) {
      List<String> parts = new ArrayList<>();
      for (String part : word.strip().split("\\s+")) {
        parts.add(Pattern.quote(part));
      }
      quoted.add(String.join("\\s+", parts));
    }
    return (ignoreCase ? "(?i:" : "(?:") + String.join("|", quoted) + ")";
  }
}
