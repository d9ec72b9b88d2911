package org.newsledger.store;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.newsledger.io.ReadOptions;
import org.newsledger.store.stories.Story;

/**
 * Run by hand, not a test: ingests N generated articles ({@link TestArticles#storyArticle}, one
 * folder per publication day, ingested with that date) with the fake analyzer and times the
 * queries: search, statements, who said, stories, the timeline of a frequent entity and the
 * timeline, claims and statements of the largest story. Arguments: a working folder (emptied first
 * is up to you) and N (default 10000).
 */
public final class LedgerBenchmark {

  private static final int RUNS = 25;

  private LedgerBenchmark() {}

  /** Prints ingest throughput and median/max query times. */
  public static void main(String[] args) throws Exception {
    Path work = Files.createDirectories(Path.of(args[0]));
    int count = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
    List<Path> days = TestArticles.writeStoryFolders(work.resolve("articles"), 0, count);
    try (LedgerStore store = LedgerStore.open(work.resolve("ledger.db"))) {
      long start = System.nanoTime();
      long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
      IngestSummary summary = ingest(store, days);
      double seconds = (System.nanoTime() - start) / 1e9;
      double cpu = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart) / 1e9;
      System.out.printf(
          Locale.ROOT,
          "ingest: %s%n  %.1f s wall, %.0f articles/s; %.1f s CPU,"
              + " %.0f articles per CPU second%n",
          summary,
          seconds,
          summary.read() / seconds,
          cpu,
          summary.read() / cpu);
      long again = System.nanoTime();
      ingest(store, days);
      System.out.printf(
          Locale.ROOT, "re-ingest (all duplicates): %.1f s%n", (System.nanoTime() - again) / 1e9);
      System.out.println("counts: " + store.counts());
      time("search 'harbour ferry' limit 20", () -> store.search("harbour ferry", 20).size());
      time("search 'report 7531' limit 20", () -> store.search("report 7531", 20).size());
      time(
          "searchStatements 'grain convoy' limit 20",
          () -> store.searchStatements("grain convoy", 20).size());
      time("whoSaid 'Anna Berg'", () -> store.whoSaid("Anna Berg").size());
      time("whoSaid 'Haddad' (alias)", () -> store.whoSaid("Haddad").size());
      time("whoSaid 'Nobody'", () -> store.whoSaid("Nobody").size());
      List<Story> stories = store.stories();
      System.out.println(
          "stories: "
              + stories.size()
              + "; sizes "
              + stories.stream().mapToInt(Story::size).summaryStatistics()
              + "; largest "
              + stories.stream().limit(5).map(LedgerBenchmark::describe).toList());
      time("stories", () -> store.stories().size());
      time("timeline 'Anna Berg'", () -> store.timeline("Anna Berg").size());
      time("timeline 'Nobody'", () -> store.timeline("Nobody").size());
      long largest = stories.get(0).id();
      time("storyTimeline largest story", () -> store.storyTimeline(largest).size());
      time("storyClaims largest story", () -> store.storyClaims(largest).size());
      time("storyStatements largest story", () -> store.storyStatements(largest).size());
      long median = stories.get(stories.size() / 2).id();
      time("storyTimeline median story", () -> store.storyTimeline(median).size());
      time("storyClaims median story", () -> store.storyClaims(median).size());
    }
  }

  /** Ingests the day folders in order, each with its date as publication date. */
  private static IngestSummary ingest(LedgerStore store, List<Path> days) {
    int read = 0;
    int added = 0;
    int duplicates = 0;
    int nearDuplicates = 0;
    List<IngestSummary.Failure> failures = new ArrayList<>();
    for (Path day : days) {
      IngestSummary summary =
          Ingester.of(store, new FakeAnalyzer())
              .withOptions(new ReadOptions(day.getFileName().toString()))
              .ingest(List.of(day.toString()));
      read += summary.read();
      added += summary.added();
      duplicates += summary.duplicates();
      nearDuplicates += summary.nearDuplicates();
      failures.addAll(summary.failures());
    }
    return new IngestSummary(read, added, duplicates, nearDuplicates, failures);
  }

  private static String describe(Story story) {
    return story.size()
        + " "
        + story.firstPublished()
        + ".."
        + story.lastPublished()
        + " "
        + story.topEntities();
  }

  private static void time(String name, Supplier<Integer> query) {
    int rows = query.get();
    double[] millis = new double[RUNS];
    for (int i = 0; i < RUNS; i++) {
      long start = System.nanoTime();
      if (query.get() != rows) {
        throw new IllegalStateException(name + ": the same query gave another row count");
      }
      millis[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(millis);
    System.out.printf(
        Locale.ROOT,
        "%-45s rows %5d  median %7.2f ms  max %7.2f ms%n",
        name,
        rows,
        millis[RUNS / 2],
        millis[RUNS - 1]);
  }
}
