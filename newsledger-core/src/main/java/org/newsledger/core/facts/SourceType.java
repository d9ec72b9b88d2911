package org.newsledger.core.facts;

/** What kind of source an attribution names. */
public enum SourceType {
  /** A named person. */
  PERSON,
  /** An organization, office, government or country acting as one. */
  ORGANIZATION,
  /** A newspaper, website, agency or "media" in general. */
  MEDIA,
  /** An unnamed source: "a source", "officials familiar with the matter". */
  ANONYMOUS,
  /**
   * The article's own writer or publication: a first-person pronoun outside any quotation ("We know
   * that ...", "I think ...").
   */
  AUTHOR,
  /** A written statement or document whose issuer is unknown. */
  DOCUMENT,
  /** Nothing could be said about the source. */
  UNKNOWN
}
