package org.newsledger.core.facts;

import static java.util.Objects.requireNonNull;

/**
 * Who puts a claim forward.
 *
 * @param entityId id of the resolved entity, or null
 * @param name canonical name of the source
 * @param type kind of source
 * @param attributionId id of the attribution crediting the claim to this source
 */
public record ClaimSource(String entityId, String name, SourceType type, String attributionId) {

  /** Validates the fields; entityId may be null. */
  public ClaimSource {
    requireNonNull(name, "name is null");
    requireNonNull(type, "type is null");
    requireNonNull(attributionId, "attributionId is null");
  }
}
