package org.newsledger.core;

/**
 * A fact the engine outputs: it points at its evidence in the original text and names the rule or
 * model that produced it.
 */
public interface Annotation {

  /** Id unique within the document, or the empty string for annotations referred to by index. */
  String id();

  /** The evidence span in the original article text. */
  CharSpan span();

  /** Name of the rule or model that produced this annotation. */
  String rule();
}
