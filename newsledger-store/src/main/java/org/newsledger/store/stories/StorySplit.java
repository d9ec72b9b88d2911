package org.newsledger.store.stories;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Bisects a story's articles and decides whether the halves are two stories. The bisection is
 * two-means on cosine similarity, seeded by the article least like the story's centroid and the
 * article least like that one. The halves split when both are large enough and the mean similarity
 * of an article in one half to an article in the other is below {@link
 * StoryParameters#splitRatio()} times the geometric mean of the mean similarities within each half
 * (a ratio that does not depend on the halves' sizes). Stateless.
 */
public final class StorySplit {

  private static final int ROUNDS = 10;

  private StorySplit() {}

  /**
   * The indices of the articles that leave the story, in order; empty when the story stays whole.
   * The half holding the first article stays.
   *
   * @param members the story's article vectors (L2-normalised), in arrival order
   */
  public static Optional<List<Integer>> of(
      List<Map<String, Double>> members, StoryParameters parameters) {
    requireNonNull(members, "members is null");
    int size = members.size();
    if (parameters.splitRatio() == 0
        || size < 2 * parameters.splitMinArticles()
        || size > parameters.splitMaxArticles()) {
      return Optional.empty();
    }
    boolean[] second = bisect(members, parameters.centroidFeatures());
    List<Map<String, Double>> kept = new ArrayList<>();
    List<Map<String, Double>> left = new ArrayList<>();
    List<Integer> leaving = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      if (second[i] != second[0]) {
        left.add(members.get(i));
        leaving.add(i);
      } else {
        kept.add(members.get(i));
      }
    }
    if (left.size() < parameters.splitMinArticles()
        || kept.size() < parameters.splitMinArticles()) {
      return Optional.empty();
    }
    return ratio(kept, left) < parameters.splitRatio()
        ? Optional.of(List.copyOf(leaving))
        : Optional.empty();
  }

  /**
   * Mean similarity between the groups over the geometric mean of the mean similarities within
   * them; 1 when a group has no cohesion.
   */
  static double ratio(List<Map<String, Double>> a, List<Map<String, Double>> b) {
    Map<String, Double> sumA = ArticleVectors.sum(a);
    Map<String, Double> sumB = ArticleVectors.sum(b);
    double within = Math.sqrt(Math.max(0, within(a, sumA)) * Math.max(0, within(b, sumB)));
    double between = ArticleVectors.dot(sumA, sumB) / ((double) a.size() * b.size());
    return within == 0 ? 1 : between / within;
  }

  /** Mean similarity of two different articles of the group, from the norm of its sum. */
  private static double within(List<Map<String, Double>> group, Map<String, Double> sum) {
    double self = 0;
    for (Map<String, Double> vector : group) {
      self += ArticleVectors.dot(vector, vector);
    }
    int n = group.size();
    return (ArticleVectors.dot(sum, sum) - self) / ((double) n * (n - 1));
  }

  /** Two-means: true for the members of the second group. */
  private static boolean[] bisect(List<Map<String, Double>> members, int centroidFeatures) {
    int first = leastLike(members, ArticleVectors.sum(members), -1);
    int second = leastLike(members, members.get(first), first);
    Map<String, Double> centroidA = members.get(first);
    Map<String, Double> centroidB = members.get(second);
    boolean[] inB = new boolean[members.size()];
    for (int round = 0; round < ROUNDS; round++) {
      boolean changed = false;
      List<Map<String, Double>> groupA = new ArrayList<>();
      List<Map<String, Double>> groupB = new ArrayList<>();
      for (int i = 0; i < members.size(); i++) {
        Map<String, Double> member = members.get(i);
        boolean b =
            ArticleVectors.cosine(member, centroidB) > ArticleVectors.cosine(member, centroidA);
        changed |= b != inB[i];
        inB[i] = b;
        (b ? groupB : groupA).add(member);
      }
      if (groupA.isEmpty() || groupB.isEmpty() || (!changed && round > 0)) {
        break;
      }
      centroidA = ArticleVectors.heaviest(ArticleVectors.sum(groupA), centroidFeatures);
      centroidB = ArticleVectors.heaviest(ArticleVectors.sum(groupB), centroidFeatures);
    }
    return inB;
  }

  /** The index of the member least similar to the vector, {@code skip} left out; first on ties. */
  private static int leastLike(
      List<Map<String, Double>> members, Map<String, Double> vector, int skip) {
    int least = skip == 0 ? 1 : 0;
    double lowest = Double.MAX_VALUE;
    for (int i = 0; i < members.size(); i++) {
      double similarity = ArticleVectors.cosine(members.get(i), vector);
      if (i != skip && similarity < lowest) {
        lowest = similarity;
        least = i;
      }
    }
    return least;
  }
}
