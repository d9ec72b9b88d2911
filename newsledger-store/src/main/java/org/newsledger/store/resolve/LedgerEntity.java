package org.newsledger.store.resolve;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.newsledger.core.facts.EntityType;

/**
 * An entity of the ledger: the same person, organisation or place across articles.
 *
 * @param id the ledger entity's id in the store
 * @param name canonical name: the fullest name any article gave it ("John Kirby")
 * @param type coarse type
 * @param names every name it goes by across articles, lower-cased, canonical name first
 * @param roles titles and roles articles gave it, first seen first
 * @param articles number of articles it appears in
 * @param firstSeen earliest publication date of those articles (ISO 8601), or null
 * @param lastSeen latest publication date of those articles (ISO 8601), or null
 */
public record LedgerEntity(
    long id,
    String name,
    EntityType type,
    List<String> names,
    List<String> roles,
    int articles,
    String firstSeen,
    String lastSeen) {

  /** Validates and copies the fields; the dates may be null. */
  public LedgerEntity {
    requireNonNull(name, "name is null");
    requireNonNull(type, "type is null");
    names = List.copyOf(names);
    roles = List.copyOf(roles);
  }
}
