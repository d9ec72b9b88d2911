package org.newsledger.store.stories;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/** Weighted, normalised feature vectors of articles and story centroids. */
public final class ArticleVectors {

  private ArticleVectors() {}

  /**
   * The article's TF-IDF vector, L2-normalised and cut to the heaviest features.
   *
   * @param counts feature counts of the article
   * @param articlesWith in how many articles (this one included) a feature occurs
   * @param articles number of articles clustered, this one included
   */
  public static Map<String, Double> of(
      Map<String, Integer> counts,
      ToIntFunction<String> articlesWith,
      long articles,
      StoryParameters parameters) {
    Map<String, Double> weights = new LinkedHashMap<>();
    for (Map.Entry<String, Integer> count : counts.entrySet()) {
      double idf = Math.log((articles + 1.0) / (articlesWith.applyAsInt(count.getKey()) + 1.0)) + 1;
      double weight = (1 + Math.log(count.getValue())) * idf;
      if (StoryFeatures.isEntity(count.getKey()) || StoryFeatures.isYear(count.getKey())) {
        weight *= parameters.entityWeight();
      }
      weights.put(count.getKey(), weight);
    }
    return normalised(heaviest(weights, parameters.articleFeatures()));
  }

  /** The {@code limit} heaviest entries, heaviest first, ties by feature. */
  public static Map<String, Double> heaviest(Map<String, Double> weights, int limit) {
    Map<String, Double> kept = new LinkedHashMap<>();
    weights.entrySet().stream()
        .sorted(
            Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(limit)
        .forEach(entry -> kept.put(entry.getKey(), entry.getValue()));
    return kept;
  }

  /** The Euclidean length of a vector. */
  public static double norm(Map<String, Double> vector) {
    double sum = 0;
    for (double weight : vector.values()) {
      sum += weight * weight;
    }
    return Math.sqrt(sum);
  }

  /** The vector scaled to length 1; an empty vector stays empty. */
  public static Map<String, Double> normalised(Map<String, Double> vector) {
    double norm = norm(vector);
    Map<String, Double> scaled = new LinkedHashMap<>();
    vector.forEach((feature, weight) -> scaled.put(feature, norm == 0 ? 0 : weight / norm));
    return scaled;
  }

  /** The dot product of two vectors. */
  public static double dot(Map<String, Double> a, Map<String, Double> b) {
    Map<String, Double> small = a.size() <= b.size() ? a : b;
    Map<String, Double> large = small == a ? b : a;
    double sum = 0;
    for (Map.Entry<String, Double> entry : small.entrySet()) {
      sum += entry.getValue() * large.getOrDefault(entry.getKey(), 0.0);
    }
    return sum;
  }

  /** The cosine similarity of two vectors, 0 when one is empty. */
  public static double cosine(Map<String, Double> a, Map<String, Double> b) {
    double norms = norm(a) * norm(b);
    return norms == 0 ? 0 : dot(a, b) / norms;
  }

  /** The sum of the vectors, not cut. */
  public static Map<String, Double> sum(List<Map<String, Double>> vectors) {
    Map<String, Double> sum = new LinkedHashMap<>();
    for (Map<String, Double> vector : vectors) {
      vector.forEach((feature, weight) -> sum.merge(feature, weight, Double::sum));
    }
    return sum;
  }

  /** The centroid plus the article vector, cut to the heaviest features. */
  public static Map<String, Double> add(
      Map<String, Double> centroid, Map<String, Double> article, int limit) {
    Map<String, Double> sum = new LinkedHashMap<>(centroid);
    article.forEach((feature, weight) -> sum.merge(feature, weight, Double::sum));
    return heaviest(sum, limit);
  }
}
