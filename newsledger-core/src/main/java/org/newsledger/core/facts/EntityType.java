package org.newsledger.core.facts;

/** Coarse type of an entity. */
public enum EntityType {
  PERSON,
  ORGANIZATION,
  LOCATION,
  MISC
}
