package org.newsledger.attribution;

import java.util.List;
import org.newsledger.core.TokenRange;

/**
 * One paragraph as a learned tagger sees it: the document tokens it covers and each token's
 * features.
 *
 * @param tokens the paragraph's token indexes in the document
 * @param features one feature list per token, in order
 */
public record TaggerSequence(TokenRange tokens, List<List<String>> features) {

  /** Validates that there is one feature list per token. */
  public TaggerSequence {
    features = List.copyOf(features);
    if (features.size() != tokens.size()) {
      throw new IllegalArgumentException(
          "features for " + features.size() + " of " + tokens.size() + " tokens");
    }
  }
}
