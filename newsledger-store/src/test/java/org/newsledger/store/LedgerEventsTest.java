package org.newsledger.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsledger.core.testing.DocumentChecks.assertSound;
import static org.newsledger.store.HandMadeArticles.article;
import static org.newsledger.store.HandMadeArticles.person;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsledger.core.ArticleMeta;
import org.newsledger.core.Document;
import org.newsledger.core.Excerpt;
import org.newsledger.core.Layers;
import org.newsledger.core.facts.Claim;
import org.newsledger.core.facts.ClaimStatus;
import org.newsledger.core.facts.Entity;
import org.newsledger.core.facts.Event;
import org.newsledger.core.facts.EventArgument;
import org.newsledger.core.facts.EventModality;
import org.newsledger.core.facts.StatusChange;

class LedgerEventsTest {

  @TempDir Path dir;

  @Test
  void linksTheSameEventAcrossArticlesAndKeepsEveryReport() {
    try (LedgerStore store = LedgerStore.open(dir.resolve("ledger.db"))) {
      store.put(
          withEvent(
              article(
                  "a",
                  "2025-03-17",
                  "\"Done,\" said Marta Okonkwo, who signed" + " the deal.",
                  person("Marta Okonkwo", "Marta Okonkwo")),
              "signed",
              "2025-03-16"));
      store.put(
          withEvent(
              article(
                  "b",
                  "2025-03-18",
                  "\"Yes,\" said Marta Okonkwo. She signed" + " it.",
                  person("Marta Okonkwo", "Marta Okonkwo")),
              "signed",
              null));

      List<TimelineEvent> timeline = store.timeline("Marta Okonkwo");

      assertThat(timeline).extracting(TimelineEvent::docId).containsExactly("a", "b");
      assertThat(timeline).extracting(TimelineEvent::ledgerEventId).containsOnly(1L);
      assertThat(timeline.get(0).eventTime()).isEqualTo("2025-03-16");
      assertThat(timeline.get(0).published()).isEqualTo("2025-03-17");
      assertThat(timeline.get(1).eventTime()).isNull();
      assertThat(timeline.get(0).evidence()).isEqualTo("signed");
    }
  }

  @Test
  void keepsEventsApartOutsideTheTimeWindow() {
    try (LedgerStore store = LedgerStore.open(dir.resolve("ledger.db"))) {
      store.put(
          withEvent(
              article(
                  "a",
                  "2025-03-17",
                  "\"Done,\" said Marta Okonkwo, who signed" + " it.",
                  person("Marta Okonkwo", "Marta Okonkwo")),
              "signed",
              "2025-03-16"));
      store.put(
          withEvent(
              article(
                  "b",
                  "2025-06-18",
                  "\"Again,\" said Marta Okonkwo, who signed" + " it.",
                  person("Marta Okonkwo", "Marta Okonkwo")),
              "signed",
              "2025-06-17"));

      assertThat(store.timeline("marta okonkwo"))
          .extracting(TimelineEvent::ledgerEventId)
          .containsExactly(1L, 2L);
    }
  }

  @Test
  void aClaimConfirmedByOneSourceAndDeniedByAnotherIsDisputedAndListedFirst() {
    String claim = "the army could operate the cranes";
    try (LedgerStore store = LedgerStore.open(dir.resolve("ledger.db"))) {
      store.put(
          withClaim(
              article(
                  "a",
                  "2025-03-12",
                  "\"Fine,\" said Elena Varga. It is reported"
                      + " that the army could operate the cranes.",
                  person("Elena Varga", "Elena Varga")),
              claim,
              "reported",
              ClaimStatus.REPORTED,
              "the article"));
      store.put(
          withClaim(
              article(
                  "b",
                  "2025-03-13",
                  "\"Yes,\" said Elena Varga. She confirmed"
                      + " that the army could operate the cranes.",
                  person("Elena Varga", "Elena Varga")),
              claim,
              "confirmed",
              ClaimStatus.CONFIRMED,
              "Elena Varga"));
      store.put(
          withClaim(
              article(
                  "c",
                  "2025-03-14",
                  "\"No,\" said Elena Varga. The union"
                      + " denied that the army could operate the cranes.",
                  person("Elena Varga", "Elena Varga")),
              claim,
              "denied",
              ClaimStatus.DENIED,
              "the union"));

      long story = store.storyOf(1).orElseThrow().id();
      List<LedgerClaim> claims = store.storyClaims(story);

      assertThat(claims.get(0).status()).isEqualTo(ClaimStatus.DISPUTED);
      assertThat(claims.get(0).history())
          .extracting(LedgerClaim.Change::status)
          .containsExactly(ClaimStatus.REPORTED, ClaimStatus.CONFIRMED, ClaimStatus.DENIED);
      assertThat(claims.get(0).history())
          .extracting(LedgerClaim.Change::evidence)
          .containsExactly("reported", "confirmed", "denied");
    }
  }

  @Test
  void storesTheEventsAndClaimsOfGeneratedArticles() {
    FakeAnalyzer analyzer = new FakeAnalyzer();
    long events = 0;
    long claims = 0;
    try (LedgerStore store = LedgerStore.open(dir.resolve("ledger.db"))) {
      for (int n = 0; n < 60; n++) {
        ArticleMeta meta = ArticleMeta.of("g" + n).withPublished(TestArticles.storyPublished(n));
        Document doc = assertSound(analyzer.apply(Document.of(meta, TestArticles.storyArticle(n))));
        events += doc.get(Layers.EVENTS).size();
        claims += doc.get(Layers.CLAIMS).size();
        store.put(doc);
      }
      long largest = store.stories().get(0).id();

      assertThat(events).isPositive();
      assertThat(claims).isGreaterThan(events);
      assertThat(store.counts()).containsEntry("events", events).containsEntry("claims", claims);
      List<TimelineEvent> timeline = store.storyTimeline(largest);
      assertThat(timeline).isNotEmpty();
      assertThat(timeline.get(0).eventDay()).isNotNull();
      assertThat(store.timeline(timeline.get(0).actor())).contains(timeline.get(0));
      assertThat(store.storyClaims(largest))
          .isNotEmpty()
          .allSatisfy(c -> assertThat(c.history()).isNotEmpty());
    }
  }

  private static Document withEvent(Document doc, String trigger, String time) {
    Entity actor = doc.getOrEmpty(Layers.ENTITIES).get(0);
    Excerpt words = excerpt(doc, trigger);
    Excerpt named = Excerpt.of(doc.text(), actor.span());
    Event event =
        new Event(
            "v1",
            words,
            words.span(),
            "AGREE",
            null,
            "03",
            new EventArgument(actor.id(), actor.name(), null, named),
            null,
            null,
            null,
            time,
            false,
            EventModality.ASSERTED,
            null,
            "hand");
    return assertSound(doc.with(Layers.EVENTS, List.of(event)));
  }

  private static Document withClaim(
      Document doc, String proposition, String cue, ClaimStatus status, String by) {
    Excerpt words = excerpt(doc, proposition);
    StatusChange change = new StatusChange(status, by, null, excerpt(doc, cue), "hand");
    Claim claim = new Claim("c1", words, null, List.of(), status, List.of(change), "hand");
    return assertSound(doc.with(Layers.CLAIMS, List.of(claim)));
  }

  private static Excerpt excerpt(Document doc, String words) {
    int begin = doc.text().indexOf(words);
    return Excerpt.of(doc.text(), begin, begin + words.length());
  }
}
