package org.newsledger.claims;

import java.util.Objects;
import org.newsledger.core.facts.Event;
import org.newsledger.core.facts.EventArgument;

/** Comparisons between events that decide whether two mentions tell of the same happening. */
final class Events {

  private Events() {}

  /**
   * True when the two events have the same type and mode, the same negation, the same target entity
   * and no conflicting actors (one may be unknown).
   */
  static boolean corefer(Event a, Event b) {
    return a.type().equals(b.type())
        && Objects.equals(a.mode(), b.mode())
        && a.negated() == b.negated()
        && sameEntity(a.target(), b.target())
        && (a.actor() == null || b.actor() == null || sameEntity(a.actor(), b.actor()));
  }

  /** True when both arguments name the same entity (by id, else by name). */
  static boolean sameEntity(EventArgument a, EventArgument b) {
    if (a == null || b == null) {
      return false;
    }
    return a.entityId() != null ? a.entityId().equals(b.entityId()) : a.name().equals(b.name());
  }
}
