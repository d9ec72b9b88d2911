package org.newsledger.time;

/** The tense of the clause around a time expression, as far as it decides a date. */
enum Tense {
  PAST,
  FUTURE,
  UNKNOWN
}
