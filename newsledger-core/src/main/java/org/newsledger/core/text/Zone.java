package org.newsledger.core.text;

/** Where a paragraph stands in an article. */
public enum Zone {
  /** The article's title line. */
  HEADLINE,
  /** A short title line inside the body. */
  SUBHEADING,
  /** A metadata line: publication date and time, place and agency. Not body text. */
  DATELINE,
  /** Running text. */
  BODY;

  /** True for zones whose text reports news (headlines included). */
  public boolean isText() {
    return this != DATELINE;
  }
}
