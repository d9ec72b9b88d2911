package org.newsledger.core.facts;

/** How a mention refers to its entity. */
public enum MentionKind {
  /** A proper name: "John Kirby", "Kirby". */
  NAME,
  /** A common noun phrase or role: "the spokesman", "The President". */
  NOMINAL,
  /** A personal or possessive pronoun: "he", "his". */
  PRONOUN,
  /** An adjective of nationality: "Israeli". */
  DEMONYM,
  /** A place or building standing for an institution: "Tel Aviv", "the White House". */
  METONYM
}
