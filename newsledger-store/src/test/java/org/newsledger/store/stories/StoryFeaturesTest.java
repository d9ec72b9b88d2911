package org.newsledger.store.stories;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsledger.core.ArticleMeta;
import org.newsledger.core.Document;

class StoryFeaturesTest {

  @Test
  void countsStemmedContentWordsWithoutStopWords() {
    var counts = StoryFeatures.of(Document.of(ArticleMeta.of("a"), "the arrests and arrested"));

    assertThat(counts).containsEntry("arrest", 2).doesNotContainKey("the").doesNotContainKey("and");
  }

  @Test
  void approximatesEntitiesByCapitalisedRunsAndYears() {
    var counts =
        StoryFeatures.of(
            Document.of(
                ArticleMeta.of("a"),
                "The actress Lindsay Lohan left Betty Ford in 2013, said iPhone users."));

    assertThat(counts)
        .containsKeys("@Lindsay Lohan", "@Betty Ford", "#2013")
        .doesNotContainKey("@The")
        .doesNotContainKey("@Phone");
  }
}
