package org.newsledger.quantities;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.newsledger.core.TokenRange;
import org.newsledger.core.facts.QuantityQualifier;
import org.newsledger.core.lexicon.PhraseIndex;
import org.newsledger.core.text.Token;
import org.newsledger.quantities.QuantityLexicon.Currency;

/** Reads the quantities of one sentence, left to right; dates, years and labels are skipped. */
final class SentenceScanner {

  private static final int MAX_QUALIFIER_WORDS = 4;
  private static final Set<String> NOT_AMOUNT_NER =
      Set.of("DATE", "TIME", "DURATION", "SET", "ORDINAL");

  private final QuantityLexicon lexicon;
  private final NumberReader numbers;
  private final CountedPhrases phrases;

  SentenceScanner(QuantityLexicon lexicon) {
    this.lexicon = lexicon;
    this.numbers = new NumberReader(lexicon);
    this.phrases = new CountedPhrases(lexicon, numbers);
  }

  /** Passes each quantity of {@code tokens} to {@code sink}; {@code skip} marks time tokens. */
  void scan(List<Token> tokens, Set<Integer> skip, Consumer<Reading> sink) {
    int i = 0;
    while (i < tokens.size()) {
      if (skip.contains(i) || NOT_AMOUNT_NER.contains(tokens.get(i).ner())) {
        i++;
        continue;
      }
      Amount amount = numbers.readAt(tokens, i);
      if (amount == null) {
        i++;
        continue;
      }
      Reading reading = read(tokens, amount);
      if (reading != null) {
        sink.accept(reading);
      }
      i = Math.max(i + 1, reading != null ? reading.unitEnd() : skipEnd(tokens, amount));
    }
  }

  private Reading read(List<Token> tokens, Amount amount) {
    PhraseIndex.Match<QuantityQualifier> qualifier = qualifierBefore(tokens, amount.first());
    if (qualifier == null && (isLabel(tokens, amount) || inDigitRun(tokens, amount))) {
      return null;
    }
    int opener = isOpener(tokens, amount.first() - 1) ? amount.first() - 1 : -1;
    Amount upper = upper(tokens, amount, opener >= 0);
    if (upper != null
        && (upper.value() <= scaledFirst(amount, upper).value() || upper.yearLike())) {
      return null;
    }
    Amount lower = upper == null ? amount : scaledFirst(amount, upper);
    int start =
        qualifier != null
            ? qualifier.first()
            : upper != null && opener >= 0 ? opener : amount.first();
    return withUnit(tokens, start, lower, upper, qualifier == null ? null : qualifier.value());
  }

  private Reading withUnit(
      List<Token> tokens, int start, Amount amount, Amount upper, QuantityQualifier qualifier) {
    int j = upper != null ? upper.end() : amount.end();
    String unit =
        amount.currency() != null ? amount.currency() : upper != null ? upper.currency() : null;
    boolean money = unit != null;
    PhraseIndex.Match<Currency> currency =
        j < tokens.size() ? lexicon.currencies.matchAt(tokens, j) : null;
    PhraseIndex.Match<String> measure = j < tokens.size() ? lexicon.units.matchAt(tokens, j) : null;
    if (unit == null && currency != null && !currency.value().prefix()) {
      unit = currency.value().code();
      money = true;
      j = currency.end();
    } else if (unit == null && measure != null) {
      unit = measure.value();
      j = measure.end();
    }
    if (amount.yearLike() && qualifier == null && unit == null) {
      return null;
    }
    return withCounted(
        tokens, new Reading(start, amount, upper, qualifier, unit, money, j, null, false));
  }

  private Reading withCounted(List<Token> tokens, Reading reading) {
    int j = reading.unitEnd();
    TokenRange counted = phrases.direct(tokens, j);
    boolean partitive = false;
    if (counted == null) {
      counted = phrases.partitive(tokens, j);
      partitive = counted != null;
    }
    if (counted != null && phrases.isTemporal(tokens, counted)) {
      if (reading.unit() == null) {
        return null;
      }
      counted = null;
    }
    Amount amount = reading.amount();
    boolean bare = counted == null && reading.unit() == null;
    boolean wordsOnly = !amount.digits() && amount.scale() == 1;
    boolean selection = partitive && reading.unit() == null && amount.value() == 1;
    if (bare && (amount.implied() != null || wordsOnly) || selection) {
      return null;
    }
    return new Reading(
        reading.start(),
        amount,
        reading.upper(),
        reading.qualifier(),
        reading.unit(),
        reading.money(),
        j,
        counted,
        partitive);
  }

  private PhraseIndex.Match<QuantityQualifier> qualifierBefore(List<Token> tokens, int first) {
    for (int k = Math.min(MAX_QUALIFIER_WORDS, first); k >= 1; k--) {
      PhraseIndex.Match<QuantityQualifier> match = lexicon.qualifiers.matchAt(tokens, first - k);
      if (match != null && match.end() == first) {
        return match;
      }
    }
    return null;
  }

  private Amount upper(List<Token> tokens, Amount amount, boolean opened) {
    int link = amount.end();
    if (link + 1 >= tokens.size()) {
      return null;
    }
    String required = lexicon.rangeLinks.get(QuantityLexicon.lower(tokens.get(link).text()));
    if (required == null
        || !required.isEmpty()
            && !(opened
                && required.equals(QuantityLexicon.lower(tokens.get(amount.first() - 1).text())))) {
      return null;
    }
    return numbers.readAt(tokens, link + 1);
  }

  /** Where to go on after an amount that is no quantity: past a score such as "3-1" too. */
  private int skipEnd(List<Token> tokens, Amount amount) {
    int link = amount.end();
    boolean linked =
        link + 1 < tokens.size()
            && lexicon.rangeLinks.containsKey(QuantityLexicon.lower(tokens.get(link).text()));
    Amount next = linked ? numbers.readAt(tokens, link + 1) : null;
    return next != null ? next.end() : amount.end();
  }

  private static Amount scaledFirst(Amount first, Amount upper) {
    return first.scale() == 1 && upper.scale() > 1 ? first.scaledBy(upper.scale()) : first;
  }

  private boolean isOpener(List<Token> tokens, int index) {
    return index >= 0
        && lexicon.rangeOpeners.contains(QuantityLexicon.lower(tokens.get(index).text()));
  }

  /** "Boeing 737", "page 5": a number right after a name or a label word names something. */
  private boolean isLabel(List<Token> tokens, Amount amount) {
    if (amount.currency() != null || amount.first() == 0) {
      return false;
    }
    Token before = tokens.get(amount.first() - 1);
    return before.isPos("NNP")
        || lexicon.namePrefixes.contains(QuantityLexicon.lower(before.text()))
        || isGluedSuffix(tokens, amount.first());
  }

  /** "COVID-19", "F-16": digits glued by a hyphen to the word before them. */
  private boolean isGluedSuffix(List<Token> tokens, int first) {
    if (first < 2) {
      return false;
    }
    Token hyphen = tokens.get(first - 1);
    Token word = tokens.get(first - 2);
    return hyphen.end() == tokens.get(first).begin()
        && word.end() == hyphen.begin()
        && lexicon.rangeLinks.containsKey(hyphen.text())
        && numbers.readAt(tokens, first - 2) == null;
  }

  /** Phone numbers and codes: digits right next to other digits. */
  private boolean inDigitRun(List<Token> tokens, Amount amount) {
    return amount.digits()
        && (isDigits(tokens, amount.first() - 1) || isDigits(tokens, amount.end()));
  }

  private boolean isDigits(List<Token> tokens, int index) {
    if (index < 0 || index >= tokens.size()) {
      return false;
    }
    Amount amount = numbers.readAt(tokens, index);
    return amount != null && amount.digits() && amount.currency() == null;
  }
}
