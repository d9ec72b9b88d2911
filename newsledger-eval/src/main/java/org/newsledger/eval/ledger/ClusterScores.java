package org.newsledger.eval.ledger;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsledger.eval.Prf;

/**
 * Clustering and coreference scores of a predicted partition against a gold one. A partition maps
 * each item to its cluster label; items of the gold partition missing from the prediction count as
 * predicted singletons, predicted items missing from the gold are ignored.
 */
public final class ClusterScores {

  private ClusterScores() {}

  /** B-cubed (Bagga and Baldwin, 1998): per-item overlap of its gold and predicted clusters. */
  public static Prf bcubed(Map<String, String> gold, Map<String, String> predicted) {
    Map<String, String> aligned = aligned(gold, predicted);
    Map<String, Set<String>> goldClusters = clusters(gold);
    Map<String, Set<String>> predictedClusters = clusters(aligned);
    double precision = 0;
    double recall = 0;
    for (String item : gold.keySet()) {
      Set<String> g = goldClusters.get(gold.get(item));
      Set<String> p = predictedClusters.get(aligned.get(item));
      double shared = overlap(g, p);
      precision += shared / p.size();
      recall += shared / g.size();
    }
    int n = gold.size();
    return n == 0 ? Prf.of(0, 0) : Prf.of(precision / n, recall / n);
  }

  /**
   * MUC (Vilain et al., 1995): links needed to join each cluster's parts in the other partition.
   */
  public static Prf muc(Map<String, String> gold, Map<String, String> predicted) {
    Map<String, String> aligned = aligned(gold, predicted);
    double recall = mucRecall(clusters(gold).values(), aligned);
    double precision = mucRecall(clusters(aligned).values(), gold);
    return Prf.of(precision, recall);
  }

  /** CEAF-e (Luo, 2005): best one-to-one alignment of clusters under phi4 similarity. */
  public static Prf ceafE(Map<String, String> gold, Map<String, String> predicted) {
    Map<String, String> aligned = aligned(gold, predicted);
    List<Set<String>> goldClusters = new ArrayList<>(clusters(gold).values());
    List<Set<String>> predictedClusters = new ArrayList<>(clusters(aligned).values());
    double similarity = 0;
    for (Component component : Component.of(goldClusters, predictedClusters, aligned)) {
      similarity += Assignment.maximumWeight(component.phi4());
    }
    return goldClusters.isEmpty()
        ? Prf.of(0, 0)
        : Prf.of(similarity / predictedClusters.size(), similarity / goldClusters.size());
  }

  /** V-measure: homogeneity and completeness from conditional entropies of the two labelings. */
  public static VMeasure vMeasure(Map<String, String> gold, Map<String, String> predicted) {
    Map<String, String> aligned = aligned(gold, predicted);
    Map<String, Map<String, Integer>> table = new HashMap<>();
    gold.forEach(
        (item, g) ->
            table
                .computeIfAbsent(g, k -> new HashMap<>())
                .merge(aligned.get(item), 1, Integer::sum));
    double homogeneity = 1 - ratio(Entropies.conditional(table, true), Entropies.of(table, true));
    double completeness =
        1 - ratio(Entropies.conditional(table, false), Entropies.of(table, false));
    double sum = homogeneity + completeness;
    return new VMeasure(
        homogeneity, completeness, sum == 0 ? 0 : 2 * homogeneity * completeness / sum);
  }

  /** CoNLL F1: the mean of MUC, B-cubed and CEAF-e F1. */
  public static double conll(Prf muc, Prf bcubed, Prf ceafE) {
    return (muc.f1() + bcubed.f1() + ceafE.f1()) / 3;
  }

  /** Clusters by label, members in the partition's order. */
  static Map<String, Set<String>> clusters(Map<String, String> partition) {
    Map<String, Set<String>> clusters = new LinkedHashMap<>();
    partition.forEach(
        (item, label) -> clusters.computeIfAbsent(label, k -> new LinkedHashSet<>()).add(item));
    return clusters;
  }

  /** The prediction restricted to gold items, missing items as singletons. */
  private static Map<String, String> aligned(
      Map<String, String> gold, Map<String, String> predicted) {
    Map<String, String> aligned = new LinkedHashMap<>();
    for (String item : gold.keySet()) {
      String label = predicted.get(item);
      aligned.put(item, label == null ? "\u0000singleton:" + item : "p:" + label);
    }
    return aligned;
  }

  private static double mucRecall(Collection<Set<String>> keyClusters, Map<String, String> other) {
    double links = 0;
    double found = 0;
    for (Set<String> cluster : keyClusters) {
      Set<String> parts = new LinkedHashSet<>();
      cluster.forEach(item -> parts.add(other.get(item)));
      links += cluster.size() - 1;
      found += cluster.size() - parts.size();
    }
    return links == 0 ? 0 : found / links;
  }

  static double overlap(Set<String> a, Set<String> b) {
    Set<String> smaller = a.size() <= b.size() ? a : b;
    Set<String> larger = smaller == a ? b : a;
    return smaller.stream().filter(larger::contains).count();
  }

  private static double ratio(double numerator, double denominator) {
    return denominator == 0 ? 0 : numerator / denominator;
  }
}
