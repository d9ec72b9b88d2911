package org.newsledger.events;

import java.util.List;
import java.util.Objects;
import org.newsledger.core.facts.Event;
import org.newsledger.core.facts.EventArgument;

/**
 * A noun that names again an act the article told before: "Germany banned Mahan Air ... the ban on
 * Mahan Air is not part of ...". The earlier event of the same type that shares the participant the
 * noun names supplies the one the noun leaves out.
 */
final class EarlierEvents {

  /** The rule name added to an event whose missing argument is found so. */
  static final String RULE = "earlier-event";

  private EarlierEvents() {}

  /** The actor of the latest earlier event of {@code type} whose target is {@code target}. */
  static EventArgument actorFor(String type, EventArgument target, List<Event> earlier) {
    for (int k = earlier.size() - 1; k >= 0; k--) {
      Event event = earlier.get(k);
      if (event.type().equals(type)
          && event.actor() != null
          && same(target, event.target())
          && !same(target, event.actor())) {
        return event.actor();
      }
    }
    return null;
  }

  /** The target of the latest earlier event of {@code type} whose actor is {@code actor}. */
  static EventArgument targetFor(String type, EventArgument actor, List<Event> earlier) {
    for (int k = earlier.size() - 1; k >= 0; k--) {
      Event event = earlier.get(k);
      if (event.type().equals(type)
          && event.target() != null
          && same(actor, event.actor())
          && !same(actor, event.target())) {
        return event.target();
      }
    }
    return null;
  }

  /** True when both name one entity (or, without entities, one name). */
  static boolean same(EventArgument a, EventArgument b) {
    if (a == null || b == null) {
      return false;
    }
    return a.entityId() != null
        ? Objects.equals(a.entityId(), b.entityId())
        : b.entityId() == null && a.name().equalsIgnoreCase(b.name());
  }
}
