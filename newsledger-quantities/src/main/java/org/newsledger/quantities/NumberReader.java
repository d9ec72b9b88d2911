package org.newsledger.quantities;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsledger.core.lexicon.PhraseIndex;
import org.newsledger.core.text.Token;
import org.newsledger.quantities.QuantityLexicon.Currency;
import org.newsledger.quantities.QuantityLexicon.NumberWord;

/** Reads numbers written with digits, number words and scale words ("$1.7 trillion", "two"). */
final class NumberReader {

  private static final Pattern DIGITS =
      Pattern.compile("(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?([\\p{L}]*)");
  private static final String HYPHEN_TAG = "HYPH";
  private static final int FIRST_YEAR = 1500;
  private static final int LAST_YEAR = 2100;

  private final QuantityLexicon lexicon;

  NumberReader(QuantityLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The amount starting at token {@code start}, or null when none starts there. */
  Amount readAt(List<Token> tokens, int start) {
    PhraseIndex.Match<Currency> currency = lexicon.currencies.matchAt(tokens, start);
    boolean prefixed = currency != null && currency.value().prefix();
    int numberStart = prefixed ? currency.end() : start;
    if (numberStart >= tokens.size()) {
      return null;
    }
    Amount bare = readNumber(tokens, numberStart);
    if (bare == null) {
      return null;
    }
    Amount scaled = withScales(tokens, bare);
    return prefixed
        ? new Amount(
            start,
            scaled.end(),
            scaled.value(),
            scaled.scale(),
            currency.value().code(),
            scaled.implied(),
            scaled.digits(),
            false)
        : scaled;
  }

  private Amount readNumber(List<Token> tokens, int start) {
    Token token = tokens.get(start);
    Matcher digits = DIGITS.matcher(token.text());
    if (digits.matches()) {
      return digits(start, digits);
    }
    PhraseIndex.Match<NumberWord> word = lexicon.numberWords.matchAt(tokens, start);
    if (word != null) {
      boolean scaleFollows =
          word.end() < tokens.size() && lexicon.scales.matchAt(tokens, word.end()) != null;
      if (word.value().scaleOnly() && !scaleFollows) {
        return null;
      }
      return withUnits(tokens, word.value(), start, word.end());
    }
    Double compound = compoundWord(token.text());
    return compound == null
        ? null
        : new Amount(start, start + 1, compound, 1, null, null, false, false);
  }

  /** "twenty-five", "twenty five": a tens word, an optional hyphen and a units word. */
  private Amount withUnits(List<Token> tokens, NumberWord tens, int start, int end) {
    boolean isTens =
        tens.implied() == null
            && tens.value() >= 20
            && tens.value() < 100
            && tens.value() % 10 == 0;
    int next = end < tokens.size() && tokens.get(end).isPos(HYPHEN_TAG) ? end + 1 : end;
    NumberWord units =
        isTens && next < tokens.size()
            ? lexicon.singleNumberWords.get(QuantityLexicon.lower(tokens.get(next).text()))
            : null;
    if (units != null && units.implied() == null && units.value() >= 1 && units.value() < 10) {
      return new Amount(start, next + 1, tens.value() + units.value(), 1, null, null, false, false);
    }
    return new Amount(start, end, tens.value(), 1, null, tens.implied(), false, false);
  }

  private Amount digits(int start, Matcher digits) {
    String integer = digits.group(1);
    String fraction = digits.group(2) == null ? "" : digits.group(2);
    String suffix = QuantityLexicon.lower(digits.group(3));
    double scale = 1;
    if (!suffix.isEmpty()) {
      Double multiplier = lexicon.suffixScales.get(suffix);
      if (multiplier == null) {
        return null;
      }
      scale = multiplier;
    }
    double value = Double.parseDouble(integer.replace(",", "") + fraction) * scale;
    if (!Double.isFinite(value)) {
      // A number beyond what a double holds (hundreds of digits) is no amount anyone reported.
      return null;
    }
    boolean yearLike =
        integer.length() == 4
            && fraction.isEmpty()
            && suffix.isEmpty()
            && value >= FIRST_YEAR
            && value <= LAST_YEAR;
    return new Amount(start, start + 1, value, scale, null, null, true, yearLike);
  }

  /** "twenty-five": tens and units joined by a hyphen; null when not such a word. */
  private Double compoundWord(String text) {
    String[] parts = QuantityLexicon.lower(text).split("-");
    if (parts.length != 2) {
      return null;
    }
    NumberWord tens = lexicon.singleNumberWords.get(parts[0]);
    NumberWord units = lexicon.singleNumberWords.get(parts[1]);
    boolean valid =
        tens != null
            && units != null
            && tens.implied() == null
            && units.implied() == null
            && tens.value() >= 20
            && units.value() < 10;
    return valid ? tens.value() + units.value() : null;
  }

  private Amount withScales(List<Token> tokens, Amount amount) {
    int end = amount.end();
    double scale = 1;
    while (end < tokens.size()) {
      PhraseIndex.Match<Double> match = lexicon.scales.matchAt(tokens, end);
      boolean compoundAdjective =
          match != null && match.end() < tokens.size() && tokens.get(match.end()).isPos(HYPHEN_TAG);
      if (match == null || compoundAdjective) {
        break;
      }
      scale *= match.value();
      end = match.end();
    }
    if (end == amount.end()) {
      return amount;
    }
    return new Amount(
        amount.first(),
        end,
        amount.value() * scale,
        amount.scale() * scale,
        amount.currency(),
        amount.implied(),
        amount.digits(),
        false);
  }
}
