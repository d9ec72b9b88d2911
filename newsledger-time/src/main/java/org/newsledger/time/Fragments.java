package org.newsledger.time;

import static org.newsledger.time.TimeLexicon.alternation;

import java.util.regex.Matcher;

/** Regex fragments built from the word lists, shared by the rule sets. */
final class Fragments {

  /** Zero-width: the next char does not continue a word. */
  static final String END = "(?![\\w])";

  final String month;
  final String weekday;
  final String number;
  final String unit;
  final String modifier;
  final String fuzzy;
  final String approximator;
  final String partOfDay;
  final String season;
  final String zone;
  final String ordinal;
  final String monthTrigger;

  /** Builds the fragments from {@code lexicon}. */
  Fragments(TimeLexicon lexicon) {
    month = alternation(lexicon.months.keySet(), false);
    weekday = alternation(lexicon.weekdays.keySet(), false);
    String words = alternation(lexicon.numbers.keySet(), true);
    number = "(?:\\d+|" + words + "(?:-" + words + ")?)";
    unit = alternation(lexicon.units.keySet(), true);
    modifier = alternation(lexicon.modifiers.keySet(), true);
    fuzzy = "(?:" + alternation(lexicon.fuzzyModifiers, true) + "(?:\\s+|-))";
    approximator = "(?:" + alternation(lexicon.approximators, true) + "\\s+)";
    partOfDay = alternation(lexicon.partsOfDay.keySet(), true);
    season = alternation(lexicon.seasons.keySet(), true);
    zone = "(?:\\s+" + alternation(lexicon.zones, false) + END + ")?";
    ordinal = alternation(lexicon.ordinals.keySet(), true);
    monthTrigger = "(?<![\\w])" + alternation(lexicon.monthTriggers, true) + "\\s+";
  }

  /** A capture group named {@code name} around {@code fragment}. */
  static String group(String name, String fragment) {
    return "(?<" + name + ">" + fragment + ")";
  }

  /** The value of a number phrase ("two", "twenty-five", "48"), or null for "several". */
  static Integer count(String phrase, TimeLexicon lexicon) {
    String folded = TimeLexicon.fold(phrase);
    if (folded.chars().allMatch(Character::isDigit)) {
      return folded.length() > 6 ? null : Integer.valueOf(folded);
    }
    int total = 0;
    String whole = lexicon.numbers.get(folded);
    if (whole != null) {
      return "X".equals(whole) ? null : Integer.valueOf(whole);
    }
    for (String part : folded.split(" ")) {
      String value = lexicon.numbers.get(part);
      if (value == null || "X".equals(value)) {
        return null;
      }
      total += Integer.parseInt(value);
    }
    return total;
  }

  /** The text of group {@code name}, or null when it did not take part in the match. */
  static String text(Matcher match, String name) {
    try {
      return match.group(name);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
