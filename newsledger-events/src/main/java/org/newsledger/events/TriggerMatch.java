package org.newsledger.events;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A lexicon pattern found in a sentence.
 *
 * @param pattern the pattern that matched
 * @param tokens sentence-relative indexes of the matched words, in order (gaps excluded)
 */
record TriggerMatch(EventPattern pattern, List<Integer> tokens) {

  /** Validates and copies the fields. */
  TriggerMatch {
    requireNonNull(pattern, "pattern is null");
    tokens = List.copyOf(tokens);
  }

  /** Sentence-relative index of the head word. */
  int head() {
    return tokens.get(0);
  }

  /** Sentence-relative index of the last matched word. */
  int last() {
    return tokens.get(tokens.size() - 1);
  }
}
