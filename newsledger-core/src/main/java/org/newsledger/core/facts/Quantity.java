package org.newsledger.core.facts;

import static java.util.Objects.requireNonNull;

import org.newsledger.core.Annotation;
import org.newsledger.core.CharSpan;
import org.newsledger.core.Excerpt;

/**
 * A number with its qualifier and what it counts or measures ("over a million people", "50%
 * tariff", "1.6 trillion euros").
 *
 * @param id unique within the document ("q1")
 * @param span char span in the original text: qualifier, number, unit and, when it follows at once,
 *     the counted phrase
 * @param text the covered text
 * @param number the number as written ("1.4 million", "two", "$1.7 trillion")
 * @param value the number's value (1400000 for "1.4 million"; 50 for "50%")
 * @param upper the upper bound of a {@link QuantityQualifier#RANGE}, else null
 * @param qualifier how the value is qualified
 * @param unit normalized unit ("percent", "EUR", "USD", "km"), or null for plain counts
 * @param counted the noun phrase counted or measured ("residents", "tariff"), possibly outside the
 *     span ("1.4 million of the 2.3 million residents"), or null
 * @param equivalentOf id of the quantity this one restates in another unit ("$1.7 trillion" for
 *     "1.6 trillion euros"), or null
 * @param rule the rule that recognized it
 */
public record Quantity(
    String id,
    CharSpan span,
    String text,
    String number,
    double value,
    Double upper,
    QuantityQualifier qualifier,
    String unit,
    Excerpt counted,
    String equivalentOf,
    String rule)
    implements Annotation {

  /** Validates the fields; upper, unit, counted and equivalentOf may be null. */
  public Quantity {
    requireNonNull(id, "id is null");
    requireNonNull(span, "span is null");
    requireNonNull(text, "text is null");
    requireNonNull(number, "number is null");
    requireNonNull(qualifier, "qualifier is null");
    requireNonNull(rule, "rule is null");
  }
}
