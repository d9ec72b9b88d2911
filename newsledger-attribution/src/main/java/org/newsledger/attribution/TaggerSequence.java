package org.newsledger.attribution;

import java.util.List;
import org.newsledger.core.TokenRange;

/**
 * One paragraph as a learned tagger sees it: the document tokens it covers, their words as written
 * and each token's features.
 *
 * @param tokens the paragraph's token indexes in the document
 * @param words each token's text as it stands in the document, in order
 * @param features one feature list per token, in order
 */
public record TaggerSequence(TokenRange tokens, List<String> words, List<List<String>> features) {

  /** Validates that there is one word and one feature list per token. */
  public TaggerSequence {
    words = List.copyOf(words);
    features = List.copyOf(features);
    if (features.size() != tokens.size() || words.size() != tokens.size()) {
      throw new IllegalArgumentException(
          "features for "
              + features.size()
              + " and words for "
              + words.size()
              + " of "
              + tokens.size()
              + " tokens");
    }
  }
}
