package org.newsledger.core.facts;

/** How a quantity relates to the number written: exactly, roughly, as a bound or as a range. */
public enum QuantityQualifier {
  EXACT,
  ABOUT,
  MORE_THAN,
  LESS_THAN,
  AT_LEAST,
  AT_MOST,
  UP_TO,
  RANGE
}
