package org.newsledger.store.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StorySplitTest {

  private static final StoryParameters PARAMETERS = StoryParameters.defaults();

  /** A unit vector over the features, each weighing the same. */
  private static Map<String, Double> vector(String... features) {
    Map<String, Double> weights = new LinkedHashMap<>();
    for (String feature : features) {
      weights.put(feature, 1.0);
    }
    return ArticleVectors.normalised(weights);
  }

  private static List<Map<String, Double>> fireAtTwoPlaces() {
    List<Map<String, Double>> members = new ArrayList<>();
    members.add(vector("fire", "church", "@Wasilla", "@Palin", "arson"));
    members.add(vector("fire", "church", "@Wasilla", "@Palin", "damage"));
    members.add(vector("fire", "dairy", "@Palmer", "@Owen", "arson"));
    members.add(vector("fire", "church", "@Wasilla", "@Kroon", "arson"));
    members.add(vector("fire", "dairy", "@Palmer", "@Owen", "historic"));
    members.add(vector("fire", "dairy", "@Palmer", "@Mat Maid", "arson"));
    return members;
  }

  @Test
  void splitsOffTheHalfWithoutTheFirstArticleWhenTheHalvesAreApart() {
    assertThat(StorySplit.of(fireAtTwoPlaces(), PARAMETERS)).contains(List.of(2, 4, 5));
  }

  @Test
  void keepsACohesiveStoryWhole() {
    List<Map<String, Double>> members = new ArrayList<>();
    for (String extra : List.of("arson", "damage", "smoke", "pastor", "church", "night")) {
      members.add(vector("fire", "church", "@Wasilla", "@Palin", extra));
    }

    assertThat(StorySplit.of(members, PARAMETERS)).isEmpty();
  }

  @Test
  void leavesStoriesTooSmallOrTooLargeOrWithSplittingOffWhole() {
    List<Map<String, Double>> members = fireAtTwoPlaces();

    assertThat(StorySplit.of(members.subList(0, 5), PARAMETERS)).isEmpty();
    assertThat(StorySplit.of(members, PARAMETERS.withSplitRatio(0))).isEmpty();
    assertThat(StorySplit.of(members, new StoryParameters(0.2, 2.0, 100, 300, 14, 0.65, 2, 5)))
        .isEmpty();
  }

  @Test
  void ratioIsZeroForGroupsApartAndOneForGroupsAlike() {
    List<Map<String, Double>> a = List.of(vector("a", "b"), vector("a", "c"));
    List<Map<String, Double>> alike = List.of(vector("a", "d"), vector("a", "e"));
    List<Map<String, Double>> apart = List.of(vector("x", "y"), vector("x", "z"));

    assertThat(StorySplit.ratio(a, apart)).isZero();
    assertThat(StorySplit.ratio(a, alike)).isCloseTo(1.0, within(1e-9));
  }
}
