package org.newsledger.time;

import java.time.LocalDate;

/**
 * What a resolver may consult: the reference date (null when the article has none), the tense of
 * the clause at a char offset, and the word lists.
 */
record Context(LocalDate reference, TenseFinder tenses, TimeLexicon lexicon) {

  /** Finds the tense of the clause at a char offset. */
  @FunctionalInterface
  interface TenseFinder {
    /** The tense at {@code offset}; a present progressive counts as future when asked to. */
    Tense at(int offset, boolean progressiveIsFuture);
  }

  /** The tense at {@code offset}, a present progressive counting as future. */
  Tense tenseAt(int offset) {
    return tenses.at(offset, true);
  }

  /** True when relative expressions can be resolved. */
  boolean anchored() {
    return reference != null;
  }
}
