package org.newsledger.core.nlp;

import static java.util.Objects.requireNonNull;

/**
 * A token as an NLP backend returns it.
 *
 * @param begin char offset in the original text
 * @param end char offset, exclusive
 * @param pos Penn Treebank part-of-speech tag
 * @param lemma base form
 * @param ner named-entity tag, "O" when none
 */
public record TaggedToken(int begin, int end, String pos, String lemma, String ner) {

  /** Validates the fields. */
  public TaggedToken {
    requireNonNull(pos, "pos is null");
    requireNonNull(lemma, "lemma is null");
    requireNonNull(ner, "ner is null");
  }
}
