package org.newsledger.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsledger.core.ArticleMeta;
import org.newsledger.core.Document;
import org.newsledger.core.facts.ClaimStatus;
import org.newsledger.store.resolve.LedgerEntity;
import org.newsledger.store.stories.Story;

/**
 * The ledger built in memory equals the store's: a news stream of {@link TestArticles} (stories
 * that grow, merge and split, people who recur, claims denied and hedged), plus exact copies and
 * undated articles, put into a store and into a {@link MemoryLedger} in the same order.
 */
class MemoryLedgerTest {

  private static final int ARTICLES = 6 * TestArticles.ARTICLES_PER_DAY;

  @TempDir static Path dir;

  private static LedgerStore store;
  private static MemoryLedger memory;

  @BeforeAll
  static void buildBoth() {
    FakeAnalyzer analyzer = new FakeAnalyzer();
    store = LedgerStore.open(dir.resolve("ledger.db"));
    memory = MemoryLedger.withDefaults();
    Set<String> hashes = new HashSet<>();
    for (int n = 0; n < ARTICLES; n++) {
      // Every tenth article is undated; every 25th is sent twice (the copy is not stored).
      String published = n % 10 == 3 ? null : TestArticles.storyPublished(n);
      Document doc =
          analyzer.apply(
              Document.of(
                  ArticleMeta.of("a" + n).withPublished(published), TestArticles.storyArticle(n)));
      for (int copy = 0; copy < (n % 25 == 0 ? 2 : 1); copy++) {
        String label = "day/" + n + ".txt";
        IngestResult stored = store.put(doc, label);
        if (hashes.add(ContentHash.of(doc.text()))) {
          assertThat(memory.add(doc, label)).isEqualTo(stored.articleId());
        } else {
          assertThat(stored.status()).isEqualTo(IngestResult.Status.DUPLICATE);
        }
      }
    }
  }

  @Test
  void storiesAreTheStoresWithTheirArticles() {
    assertThat(memory.stories()).isEqualTo(store.stories());
    Map<Long, List<Long>> articles = storyArticles();
    for (Story story : store.stories()) {
      assertThat(articles.get(story.id())).isEqualTo(store.storyArticles(story.id()));
    }
    assertThat(memory.articles())
        .extracting(MemoryLedger.ArticleRow::rule)
        .contains("new-story", "centroid-cosine", StoryMembers.SPLIT_RULE);
  }

  @Test
  void ledgerEntitiesAreTheStores() {
    assertThat(memory.entities()).hasSizeGreaterThan(20);
    for (LedgerEntity entity : memory.entities()) {
      assertThat(store.ledgerEntities(entity.name())).contains(entity);
    }
    assertThat(memory.entities()).anyMatch(entity -> entity.articles() > 10);
  }

  @Test
  void claimsOfEveryStoryHaveTheStoresStatusAndHistory() {
    Set<ClaimStatus> statuses = new HashSet<>();
    for (Story story : store.stories()) {
      List<LedgerClaim> expected = store.storyClaims(story.id());
      assertThat(storyClaims(story.id())).as("story %d", story.id()).isEqualTo(expected);
      expected.forEach(claim -> statuses.add(claim.status()));
    }
    assertThat(statuses).hasSizeGreaterThan(1);
    assertThat(memory.claims())
        .anyMatch(
            claim ->
                claim.history().stream().map(LedgerClaim.Change::articleId).distinct().count() > 1);
    assertThat(memory.claimLinks())
        .extracting(MemoryLedger.ClaimLink::rule)
        .contains("new", "same-event");
    assertThat(memory.eventLinks())
        .extracting(MemoryLedger.EventLink::rule)
        .contains("new", "same-type-arguments-time");
  }

  @Test
  void refusesADateThatIsNoCalendarDateBeforeChangingTheLedger() {
    MemoryLedger ledger = MemoryLedger.withDefaults();
    Document doc =
        new FakeAnalyzer()
            .apply(
                Document.of(
                    ArticleMeta.of("bad").withPublished("2019-02-30"),
                    TestArticles.storyArticle(1)));

    assertThatThrownBy(() -> ledger.add(doc, "bad.txt"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bad: not a calendar date: 2019-02-30");
    assertThat(ledger.articles()).isEmpty();
    assertThat(ledger.entities()).isEmpty();
  }

  /** The story's article ids, oldest first (as {@link LedgerStore#storyArticles}). */
  private static Map<Long, List<Long>> storyArticles() {
    Map<Long, List<Long>> byStory = new TreeMap<>();
    memory.articles().stream()
        .sorted(
            Comparator.comparing(
                    MemoryLedger.ArticleRow::published,
                    Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparingLong(MemoryLedger.ArticleRow::id))
        .forEach(a -> byStory.computeIfAbsent(a.storyId(), id -> new ArrayList<>()).add(a.id()));
    return byStory;
  }

  /** The ledger claims made in the story's articles, ordered as {@link LedgerStore#storyClaims}. */
  private static List<LedgerClaim> storyClaims(long storyId) {
    Set<Long> articles =
        memory.articles().stream()
            .filter(a -> a.storyId() == storyId)
            .map(MemoryLedger.ArticleRow::id)
            .collect(Collectors.toSet());
    Set<Long> ids =
        memory.claimLinks().stream()
            .filter(link -> articles.contains(link.articleId()))
            .map(MemoryLedger.ClaimLink::ledgerClaimId)
            .collect(Collectors.toSet());
    return memory.claims().stream()
        .filter(claim -> ids.contains(claim.id()))
        .sorted(
            Comparator.comparing((LedgerClaim c) -> c.status() != ClaimStatus.DISPUTED)
                .thenComparing(c -> c.firstPublished() == null ? "" : c.firstPublished())
                .thenComparingLong(LedgerClaim::id))
        .toList();
  }
}
