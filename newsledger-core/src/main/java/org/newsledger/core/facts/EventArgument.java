package org.newsledger.core.facts;

import static java.util.Objects.requireNonNull;

import org.newsledger.core.Excerpt;

/**
 * A participant or place of an event: the actor, the target or the location.
 *
 * @param entityId id of the resolved entity, or null
 * @param name canonical name (the entity's name when resolved, else the words in the text)
 * @param countryCode ISO 3166 alpha-3 code of the country it belongs to, or null when unknown
 * @param mention the words naming it in the event's clause
 * @param role the actor's role as event coders class it ("government", "military", "rebels",
 *     "civilians", "media", "igo", ...), or null when unknown
 */
public record EventArgument(
    String entityId, String name, String countryCode, Excerpt mention, String role) {

  /** Validates the fields; entityId, countryCode and role may be null. */
  public EventArgument {
    requireNonNull(name, "name is null");
    requireNonNull(mention, "mention is null");
  }

  /** An argument whose role is not known. */
  public EventArgument(String entityId, String name, String countryCode, Excerpt mention) {
    this(entityId, name, countryCode, mention, null);
  }

  /** This argument with {@code role} (null when unknown). */
  public EventArgument withRole(String role) {
    return new EventArgument(entityId, name, countryCode, mention, role);
  }
}
