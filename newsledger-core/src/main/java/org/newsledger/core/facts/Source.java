package org.newsledger.core.facts;

import static java.util.Objects.requireNonNull;

import org.newsledger.core.Excerpt;

/**
 * Who an attribution is credited to.
 *
 * @param entityId id of the resolved entity, or null when the source is not an entity
 * @param name canonical name of the source (the entity's name, not "he")
 * @param type kind of source
 * @param mention the words naming the source in this attribution, or null when implicit ("It was
 *     added that ..." takes its source from context)
 */
public record Source(String entityId, String name, SourceType type, Excerpt mention) {

  /** Validates the fields; entityId and mention may be null. */
  public Source {
    requireNonNull(name, "name is null");
    requireNonNull(type, "type is null");
  }
}
