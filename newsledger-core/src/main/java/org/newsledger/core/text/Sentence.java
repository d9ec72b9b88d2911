package org.newsledger.core.text;

import static java.util.Objects.requireNonNull;

import org.newsledger.core.Annotation;
import org.newsledger.core.CharSpan;
import org.newsledger.core.TokenRange;

/** A sentence: its char span, its tokens and the paragraph that holds it. */
public record Sentence(int index, CharSpan span, TokenRange tokens, int paragraphIndex, String rule)
    implements Annotation {

  /** Validates the fields. */
  public Sentence {
    requireNonNull(span, "span is null");
    requireNonNull(tokens, "tokens is null");
    requireNonNull(rule, "rule is null");
  }

  @Override
  public String id() {
    return "s" + index;
  }
}
