package org.newsledger.quantities;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsledger.core.facts.QuantityQualifier;
import org.newsledger.core.lexicon.PhraseIndex;
import org.newsledger.core.lexicon.WordList;

/** The editable word lists behind the quantity rules, loaded once and shared read-only. */
final class QuantityLexicon {

  /** A number word: its value, the qualifier a vague plural implies (or null), scale-only. */
  record NumberWord(double value, QuantityQualifier implied, boolean scaleOnly) {}

  /** A currency as written: its ISO code and whether it precedes the number. */
  record Currency(String code, boolean prefix) {}

  private static final String SCALE_ONLY = "scale-only";
  private static final String SUFFIX = "suffix";
  private static final String PREFIX = "prefix";

  final PhraseIndex<NumberWord> numberWords;
  final Map<String, NumberWord> singleNumberWords = new HashMap<>();
  final PhraseIndex<Double> scales = new PhraseIndex<>();
  final Map<String, Double> suffixScales = new HashMap<>();
  final PhraseIndex<QuantityQualifier> qualifiers;
  final PhraseIndex<Currency> currencies;
  final PhraseIndex<String> units;
  final Set<String> timeUnits;
  final Set<String> namePrefixes;
  final Set<String> rangeOpeners;
  final Set<String> partitives;
  final Map<String, String> rangeLinks = new HashMap<>();

  private QuantityLexicon() {
    numberWords = PhraseIndex.of(list("numbers.tsv"), QuantityLexicon::numberWord);
    list("numbers.tsv").rows().stream()
        .filter(row -> !row.get(0).contains(" "))
        .forEach(row -> singleNumberWords.put(lower(row.get(0)), numberWord(row)));
    for (List<String> row : list("scales.tsv").rows()) {
      double multiplier = Double.parseDouble(row.get(1));
      if (row.size() > 2 && SUFFIX.equals(row.get(2))) {
        suffixScales.put(lower(row.get(0)), multiplier);
      } else {
        scales.add(row.get(0), multiplier);
      }
    }
    qualifiers =
        PhraseIndex.of(
            list("qualifiers.tsv"),
            row -> QuantityQualifier.valueOf(row.get(1).toUpperCase(Locale.ROOT)));
    currencies =
        PhraseIndex.of(
            list("currencies.tsv"),
            row -> new Currency(row.get(1), row.size() > 2 && PREFIX.equals(row.get(2))));
    units = PhraseIndex.of(list("units.tsv"), row -> row.get(1));
    timeUnits = list("time-units.tsv").firstColumnLowerCase();
    namePrefixes = list("name-prefixes.tsv").firstColumnLowerCase();
    rangeOpeners = list("range-openers.tsv").firstColumnLowerCase();
    partitives = list("partitives.tsv").firstColumnLowerCase();
    list("range-links.tsv")
        .rows()
        .forEach(row -> rangeLinks.put(lower(row.get(0)), row.size() > 1 ? lower(row.get(1)) : ""));
  }

  /** Loads every list; throws when one is missing (bad packaging). */
  static QuantityLexicon load() {
    return new QuantityLexicon();
  }

  private static WordList list(String resource) {
    return WordList.load(QuantityLexicon.class, resource);
  }

  private static NumberWord numberWord(List<String> row) {
    String third = row.size() > 2 ? row.get(2) : "";
    boolean scaleOnly = SCALE_ONLY.equals(third);
    QuantityQualifier implied =
        third.isEmpty() || scaleOnly ? null : QuantityQualifier.valueOf(third);
    return new NumberWord(Double.parseDouble(row.get(1)), implied, scaleOnly);
  }

  static String lower(String word) {
    return PhraseIndex.normalize(word);
  }
}
