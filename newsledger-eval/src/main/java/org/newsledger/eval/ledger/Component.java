package org.newsledger.eval.ledger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gold and predicted clusters connected by shared items: CEAF's alignment can be solved per
 * component, since clusters sharing no item have similarity 0.
 */
record Component(List<Set<String>> gold, List<Set<String>> predicted) {

  /** The connected components of the overlap graph between the two cluster lists. */
  static List<Component> of(
      List<Set<String>> goldClusters,
      List<Set<String>> predictedClusters,
      Map<String, String> predictedLabels) {
    Map<String, Integer> predictedIndex = new HashMap<>();
    for (int j = 0; j < predictedClusters.size(); j++) {
      predictedIndex.put(predictedLabels.get(predictedClusters.get(j).iterator().next()), j);
    }
    int[] parent = new int[goldClusters.size() + predictedClusters.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < goldClusters.size(); i++) {
      for (String item : goldClusters.get(i)) {
        union(parent, i, goldClusters.size() + predictedIndex.get(predictedLabels.get(item)));
      }
    }
    Map<Integer, Component> components = new LinkedHashMap<>();
    for (int i = 0; i < parent.length; i++) {
      Component component =
          components.computeIfAbsent(
              find(parent, i), root -> new Component(new ArrayList<>(), new ArrayList<>()));
      if (i < goldClusters.size()) {
        component.gold().add(goldClusters.get(i));
      } else {
        component.predicted().add(predictedClusters.get(i - goldClusters.size()));
      }
    }
    return List.copyOf(components.values());
  }

  /** phi4 similarity, 2|G ∩ P| / (|G| + |P|), of each gold and predicted cluster. */
  double[][] phi4() {
    double[][] similarity = new double[gold.size()][predicted.size()];
    for (int i = 0; i < gold.size(); i++) {
      for (int j = 0; j < predicted.size(); j++) {
        similarity[i][j] =
            2
                * ClusterScores.overlap(gold.get(i), predicted.get(j))
                / (gold.get(i).size() + predicted.get(j).size());
      }
    }
    return similarity;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    parent[find(parent, a)] = find(parent, b);
  }
}
