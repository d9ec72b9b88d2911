package org.newsledger.core.text;

import static java.util.Objects.requireNonNull;

import org.newsledger.core.Annotation;
import org.newsledger.core.CharSpan;

/**
 * One change the token repair made to the NLP model's output: a part-of-speech tag mended, a
 * closing quotation mark moved back to its sentence, or two sentences joined.
 *
 * @param index position in the document's repair list
 * @param span the token or sentence boundary changed
 * @param change what changed, for people ("JJ -> NNP", "sentences joined")
 * @param rule the repair rule ("token-repair:name-as-proper-noun")
 */
public record Repair(int index, CharSpan span, String change, String rule) implements Annotation {

  /** Validates the fields. */
  public Repair {
    requireNonNull(span, "span is null");
    requireNonNull(change, "change is null");
    requireNonNull(rule, "rule is null");
  }

  @Override
  public String id() {
    return "r" + index;
  }
}
