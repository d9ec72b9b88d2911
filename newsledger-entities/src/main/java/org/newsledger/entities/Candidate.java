package org.newsledger.entities;

import static java.util.Objects.requireNonNull;

import org.newsledger.core.facts.EntityType;
import org.newsledger.core.facts.MentionKind;

/**
 * A mention a rule proposes, in sentence-local token indexes.
 *
 * @param first first token, inclusive
 * @param end last token, exclusive
 * @param type the entity type suggested
 * @param kind how the mention refers
 * @param rule the rule that proposed it
 * @param nested true when the mention may contain others and claims no tokens
 */
record Candidate(
    int first, int end, EntityType type, MentionKind kind, String rule, boolean nested) {

  /** Validates the fields. */
  Candidate {
    if (first < 0 || end <= first) {
      throw new IllegalArgumentException("bad candidate [" + first + ", " + end + ")");
    }
    requireNonNull(type, "type is null");
    requireNonNull(kind, "kind is null");
    requireNonNull(rule, "rule is null");
  }

  /** A candidate that claims its tokens. */
  static Candidate of(int first, int end, EntityType type, MentionKind kind, String rule) {
    return new Candidate(first, end, type, kind, rule, false);
  }
}
