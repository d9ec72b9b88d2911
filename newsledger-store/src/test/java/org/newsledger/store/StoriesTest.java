package org.newsledger.store;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsledger.core.ArticleMeta;
import org.newsledger.core.Document;
import org.newsledger.store.stories.Story;
import org.newsledger.store.stories.StoryParameters;

class StoriesTest {

  private static final List<String> STRIKE =
      List.of(
          "Dock workers strike in Rotterdam\n\nDock workers walked out at the Rotterdam harbour on"
              + " Monday, union leader Anna Berg said the strike over wages would last a week.",
          "Rotterdam strike spreads\n\nThe dock strike spread to a second Rotterdam terminal as Anna"
              + " Berg rejected the wage offer of the harbour employers.",
          "Harbour employers raise wage offer\n\nEmployers at the Rotterdam harbour raised their wage"
              + " offer to end the dock strike, Anna Berg of the union said on Thursday.");
  private static final List<String> ERUPTION =
      List.of(
          "Volcano erupts near Grindavik\n\nA volcano erupted near Grindavik in Iceland, sending lava"
              + " towards the town, said Freya Jonsdottir of the Met Office.",
          "Lava reaches Grindavik road\n\nLava from the Iceland eruption crossed the road to"
              + " Grindavik, volcanologist Freya Jonsdottir said, and the town was evacuated.");

  @TempDir Path dir;

  private final FakeAnalyzer analyzer = new FakeAnalyzer();

  private Document analyzed(String id, String text, String published) {
    return analyzer.apply(Document.of(ArticleMeta.of(id).withPublished(published), text));
  }

  @Test
  void clustersArticlesAboutOneHappeningIntoOneStory() {
    try (LedgerStore store = LedgerStore.open(dir.resolve("ledger.db"))) {
      long first = store.put(analyzed("s0", STRIKE.get(0), "2024-05-06")).articleId();
      store.put(analyzed("e0", ERUPTION.get(0), "2024-05-07"));
      store.put(analyzed("s1", STRIKE.get(1), "2024-05-07"));
      store.put(analyzed("e1", ERUPTION.get(1), "2024-05-08"));
      store.put(analyzed("s2", STRIKE.get(2), "2024-05-09"));

      List<Story> stories = store.stories();

      assertThat(stories).extracting(Story::size).containsExactly(3, 2);
      Story strike = stories.get(0);
      assertThat(strike.title()).isEqualTo("Dock workers strike in Rotterdam");
      assertThat(strike.firstPublished()).isEqualTo("2024-05-06");
      assertThat(strike.lastPublished()).isEqualTo("2024-05-09");
      assertThat(strike.topEntities()).contains("Anna Berg");
      assertThat(store.storyOf(first)).contains(strike);
      assertThat(store.storyArticles(strike.id())).hasSize(3).startsWith(first);
    }
  }

  @Test
  void opensANewStoryOutsideTheTimeWindow() {
    try (LedgerStore store = LedgerStore.open(dir.resolve("ledger.db"))) {
      store.put(analyzed("s0", STRIKE.get(0), "2024-05-06"));
      store.put(analyzed("s1", STRIKE.get(1), "2025-02-01"));

      assertThat(store.stories()).extracting(Story::size).containsExactly(1, 1);
    }
  }

  @Test
  void keepsTheSameStoriesWhenTheSameArticlesAreIngestedAgain() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("in"));
    for (int i = 0; i < STRIKE.size(); i++) {
      Files.writeString(folder.resolve("strike-" + i + ".txt"), STRIKE.get(i), UTF_8);
    }
    for (int i = 0; i < ERUPTION.size(); i++) {
      Files.writeString(folder.resolve("eruption-" + i + ".txt"), ERUPTION.get(i), UTF_8);
    }
    try (LedgerStore store = LedgerStore.open(dir.resolve("ledger.db"))) {
      Ingester ingester = Ingester.of(store, analyzer);
      ingester.ingest(List.of(folder.toString()));
      List<Story> once = store.stories();

      ingester.ingest(List.of(folder.toString()));

      assertThat(once).extracting(Story::size).containsExactly(3, 2);
      assertThat(store.stories()).isEqualTo(once);
      assertThat(store.counts()).containsEntry("story_articles", 5L).containsEntry("stories", 2L);
    }
  }

  private static final List<String> CHURCH_FIRE =
      List.of(
          "Fire damages Wasilla church\n\nA fire damaged the Wasilla Bible Church on Friday night,"
              + " pastor Larry Kroon said, and investigators suspect arson.",
          "Arson suspected in Wasilla church fire\n\nInvestigators believe the fire at the Wasilla"
              + " Bible Church was arson, fire chief James Steele said.",
          "Wasilla church holds service after fire\n\nThe Wasilla Bible Church held its Sunday"
              + " service in a school after the fire, pastor Larry Kroon said.");
  private static final List<String> DAIRY_FIRE =
      List.of(
          "Fire destroys Palmer dairy\n\nA fire destroyed the historic Matanuska Maid dairy in"
              + " Palmer overnight, safety director Jon Owen said.",
          "Palmer dairy fire was arson\n\nThe fire that destroyed the Matanuska Maid dairy in"
              + " Palmer was arson, Jon Owen of Palmer public safety said.",
          "Palmer mourns historic dairy\n\nResidents of Palmer gathered at the ruins of the"
              + " Matanuska Maid dairy, which burned overnight, Jon Owen said.");

  private static List<Story> clusterBothFires(Path db, StoryParameters parameters) {
    FakeAnalyzer analyzer = new FakeAnalyzer();
    try (LedgerStore store = LedgerStore.open(db, parameters)) {
      int day = 1;
      for (String text : CHURCH_FIRE) {
        store.put(
            analyzer.apply(
                Document.of(ArticleMeta.of("c" + day).withPublished("2024-05-0" + day++), text)));
      }
      for (String text : DAIRY_FIRE) {
        store.put(
            analyzer.apply(
                Document.of(ArticleMeta.of("d" + day).withPublished("2024-05-0" + day++), text)));
      }
      return store.stories();
    }
  }

  @Test
  void splitsAStoryThatAbsorbedASiblingHappening() {
    StoryParameters lenient = StoryParameters.defaults().withThreshold(0.05);

    List<Story> merged = clusterBothFires(dir.resolve("merged.db"), lenient.withSplitRatio(0));
    List<Story> split = clusterBothFires(dir.resolve("split.db"), lenient);

    assertThat(merged).extracting(Story::size).containsExactly(6);
    assertThat(split).extracting(Story::size).containsExactly(3, 3);
    assertThat(split.get(0).title()).isEqualTo("Fire damages Wasilla church");
    assertThat(split.get(0).lastPublished()).isEqualTo("2024-05-03");
    assertThat(split.get(1).title()).isEqualTo("Fire destroys Palmer dairy");
    assertThat(split.get(1).firstPublished()).isEqualTo("2024-05-04");
    assertThat(split.get(1).lastPublished()).isEqualTo("2024-05-06");
    assertThat(split.get(1).topEntities()).contains("Jon Owen").doesNotContain("Larry Kroon");
  }

  @Test
  void listsWhoSaidWhatInAStory() {
    try (LedgerStore store = LedgerStore.open(dir.resolve("ledger.db"))) {
      store.put(analyzed("s0", STRIKE.get(0), "2024-05-06"));
      store.put(
          analyzed(
              "s1",
              "Rotterdam strike goes on\n\n\"The strike goes on until the offer improves,\" said"
                  + " Anna Berg of the dock union in Rotterdam harbour.",
              "2024-05-07"));
      store.put(analyzed("e0", ERUPTION.get(0), "2024-05-07"));
      Story strike = store.stories().get(0);

      assertThat(store.storyStatements(strike.id()))
          .extracting(AttributedStatement::source, AttributedStatement::content)
          .containsExactly(tuple("Anna Berg", "The strike goes on until the offer improves"));
    }
  }

  @Test
  void hasNoStoryForAnUnknownArticle() {
    try (LedgerStore store = LedgerStore.open(dir.resolve("ledger.db"))) {
      assertThat(store.stories()).isEmpty();
      assertThat(store.storyOf(42)).isEmpty();
      assertThat(store.storyArticles(42)).isEmpty();
    }
  }
}
