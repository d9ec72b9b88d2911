package org.newsledger.core.nlp;

import java.util.List;
import org.newsledger.core.CharSpan;

/**
 * The NLP library behind newsledger: tokenizes, splits sentences and tags a region of text.
 * Implementations load their models once and are thread-safe.
 */
public interface NlpBackend {

  /** Name of the backend and its models, used as the rule name of what it produces. */
  String name();

  /**
   * Analyzes {@code region} of {@code text}. Offsets in the result point into {@code text}; no
   * sentence extends outside the region.
   */
  List<TaggedSentence> annotate(String text, CharSpan region);
}
