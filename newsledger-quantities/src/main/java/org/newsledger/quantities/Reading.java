package org.newsledger.quantities;

import org.newsledger.core.TokenRange;
import org.newsledger.core.facts.QuantityQualifier;

/**
 * What the scanner read around one number, in token indexes of the sentence.
 *
 * @param start first token of the quantity (qualifier or range opener included)
 * @param amount the number
 * @param upper the second number of a range, or null
 * @param qualifier the qualifier written before the number, or null
 * @param unit normalized unit or currency code, or null
 * @param money true when the unit is a currency
 * @param unitEnd token after the number, range and unit
 * @param counted what the number counts, or null
 * @param partitive true when counted follows "of" and stays outside the span
 */
record Reading(
    int start,
    Amount amount,
    Amount upper,
    QuantityQualifier qualifier,
    String unit,
    boolean money,
    int unitEnd,
    TokenRange counted,
    boolean partitive) {

  /** End of the quantity's span: the counted phrase when it follows at once, else the unit. */
  int end() {
    return counted != null && !partitive ? Math.max(unitEnd, counted.end()) : unitEnd;
  }

  /** The qualifier the quantity is reported with. */
  QuantityQualifier effectiveQualifier() {
    if (upper != null) {
      return QuantityQualifier.RANGE;
    }
    if (qualifier != null) {
      return qualifier;
    }
    return amount.implied() != null ? amount.implied() : QuantityQualifier.EXACT;
  }

  /** The name of the rule that recognized it; conversions are named by the scanner. */
  String rule() {
    if (upper != null) {
      return "quantity:range";
    }
    if (unit != null) {
      return money ? "quantity:money" : "quantity:measure";
    }
    if (counted == null) {
      return qualifier != null ? "quantity:qualified-number" : "quantity:number";
    }
    if (partitive) {
      return "quantity:partitive-count";
    }
    if (amount.implied() != null) {
      return "quantity:vague-count";
    }
    return qualifier != null ? "quantity:qualified-count" : "quantity:count";
  }
}
