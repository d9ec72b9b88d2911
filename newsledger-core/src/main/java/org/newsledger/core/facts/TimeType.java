package org.newsledger.core.facts;

/** Kind of time expression, after TimeML's TIMEX3 types. */
public enum TimeType {
  DATE,
  TIME,
  DURATION,
  SET
}
