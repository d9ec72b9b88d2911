package org.newsledger.quantities;

import org.newsledger.core.facts.QuantityQualifier;

/**
 * A number read from tokens [first, end): an optional currency symbol, digits or number words, and
 * scale words.
 *
 * @param value the number's value with its scale applied
 * @param scale the multiplier of the scale words (1 when none)
 * @param currency ISO code of a currency symbol before the number, or null
 * @param implied qualifier a vague plural implies ("hundreds"), or null
 * @param digits true when written with digits
 * @param yearLike true for a bare four-digit integer that could be a year
 */
record Amount(
    int first,
    int end,
    double value,
    double scale,
    String currency,
    QuantityQualifier implied,
    boolean digits,
    boolean yearLike) {

  /** The same amount multiplied by {@code multiplier} (a scale written after a range). */
  Amount scaledBy(double multiplier) {
    return new Amount(
        first, end, value * multiplier, scale * multiplier, currency, implied, digits, false);
  }
}
