package org.newsledger.core.nlp;

import java.util.List;

/** One sentence as an NLP backend returns it: its tokens, in text order. */
public record TaggedSentence(List<TaggedToken> tokens) {

  /** Copies the list. */
  public TaggedSentence {
    tokens = List.copyOf(tokens);
  }
}
