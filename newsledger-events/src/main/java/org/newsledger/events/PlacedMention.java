package org.newsledger.events;

import static java.util.Objects.requireNonNull;

import org.newsledger.core.facts.Mention;

/**
 * A mention placed on the tokens of its sentence.
 *
 * @param mention the mention
 * @param first sentence-relative index of its first token
 * @param end sentence-relative index after its last token
 */
record PlacedMention(Mention mention, int first, int end) {

  /** Validates the fields. */
  PlacedMention {
    requireNonNull(mention, "mention is null");
  }

  /** True when the mention covers sentence token {@code index}. */
  boolean covers(int index) {
    return first <= index && index < end;
  }
}
