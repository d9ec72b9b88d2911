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
 */
public record EventArgument(String entityId, String name, String countryCode, Excerpt mention) {

  /** Validates the fields; entityId and countryCode may be null. */
  public EventArgument {
    requireNonNull(name, "name is null");
    requireNonNull(mention, "mention is null");
  }
}
