package org.newsledger.store.stories;

/**
 * How articles are clustered into stories. An article is a TF-IDF vector (sublinear term frequency
 * {@code 1 + ln tf} times {@code ln((N + 1) / (df + 1)) + 1}, with entity names weighted {@code
 * entityWeight} times more), L2-normalised and cut to its {@code articleFeatures} heaviest
 * features. A story is the sum of its articles' vectors, cut to {@code centroidFeatures}. A new
 * article joins the story with the highest cosine similarity when it reaches {@code threshold} and
 * its publication date lies within {@code windowDays} of the story's date range (unknown dates
 * always do); else it opens a new story.
 *
 * @param threshold lowest cosine similarity (0..1) for joining a story
 * @param entityWeight factor applied to entity-name features
 * @param articleFeatures features kept per article
 * @param centroidFeatures features kept per story centroid
 * @param windowDays days before the first or after the last article a story still accepts
 */
public record StoryParameters(
    double threshold,
    double entityWeight,
    int articleFeatures,
    int centroidFeatures,
    int windowDays) {

  /** Validates the values. */
  public StoryParameters {
    if (threshold <= 0
        || threshold > 1
        || entityWeight <= 0
        || articleFeatures < 1
        || centroidFeatures < articleFeatures
        || windowDays < 0) {
      throw new IllegalArgumentException(
          "bad story parameters: "
              + threshold
              + ", "
              + entityWeight
              + ", "
              + articleFeatures
              + ", "
              + centroidFeatures
              + ", "
              + windowDays);
    }
  }

  /**
   * Threshold 0.2, entity weight 2, 100 article and 300 centroid features, 14 days: tuned on ECB+
   * sub-topics (B-cubed F1 0.86-0.87 for thresholds 0.2-0.25 and entity weights 1-3).
   */
  public static StoryParameters defaults() {
    return new StoryParameters(0.2, 2.0, 100, 300, 14);
  }

  /** A copy with another similarity threshold. */
  public StoryParameters withThreshold(double newThreshold) {
    return new StoryParameters(
        newThreshold, entityWeight, articleFeatures, centroidFeatures, windowDays);
  }
}
