package org.newsledger.attribution;

import java.util.List;

/**
 * A learned tagger that labels each token of a paragraph {@code O}, {@code SOURCE}, {@code CUE},
 * {@code CONTENT} or {@code B-CONTENT} (a content's first token), reading the features of {@link
 * AttributionStage#taggerSequences}. Implementations must be thread-safe.
 */
public interface ContentTagger {

  /** One label per token, in order. */
  List<String> tag(List<List<String>> features);

  /** The model's name, which travels with each attribution it adds as its rule. */
  String name();
}
