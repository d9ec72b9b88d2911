package org.newsledger.cli.bench;

import static java.util.Objects.requireNonNull;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.newsledger.core.Document;

/**
 * Loads systems once, warms them up and measures them on the same articles. With two systems it
 * alternates them chunk by chunk, so a busy machine slows both alike.
 */
public final class Benchmark implements AutoCloseable {

  /**
   * How to run.
   *
   * @param threads analysis threads, at least 1
   * @param seconds measuring time over all systems, seconds; at least one chunk is measured
   * @param warmupArticles articles each system analyzes, unmeasured, before measuring
   */
  public record Settings(int threads, double seconds, int warmupArticles) {

    /** Validates the fields. */
    public Settings {
      if (threads < 1 || seconds < 0 || warmupArticles < 0) {
        throw new IllegalArgumentException("threads must be >= 1, times and counts >= 0");
      }
    }

    /** Articles per alternation chunk: a few per thread, so threads stay busy. */
    int chunkSize() {
      return threads * 8;
    }
  }

  private final List<Document> corpus;
  private final Settings settings;
  private final PrintStream log;
  private final ExecutorService pool;

  /** A benchmark over a non-empty corpus; {@code log} gets one line per phase. */
  public Benchmark(List<Document> corpus, Settings settings, PrintStream log) {
    this.corpus = List.copyOf(corpus);
    this.settings = requireNonNull(settings, "settings is null");
    this.log = requireNonNull(log, "log is null");
    if (this.corpus.isEmpty()) {
      throw new IllegalArgumentException("corpus is empty");
    }
    this.pool =
        Executors.newFixedThreadPool(
            settings.threads(),
            runnable -> {
              Thread thread = new Thread(runnable, "newsledger-bench");
              thread.setDaemon(true);
              return thread;
            });
  }

  /** Measures systems side by side (one or more), returning their figures in order. */
  public List<BenchFigures> run(List<Supplier<? extends Analyzer>> loaders) {
    List<Loaded> systems = new ArrayList<>();
    List<long[]> memory = new ArrayList<>();
    for (Supplier<? extends Analyzer> loader : loaders) {
      Loaded loaded = Loaded.of(loader);
      log("loaded %s in %.1f s", loaded.analyzer().name(), loaded.loadSeconds());
      Memory.resetPeaks();
      measure(loaded.analyzer(), warmupArticles(), new Tally());
      log("warmed up %s on %d articles", loaded.analyzer().name(), warmupArticles().size());
      memory.add(new long[] {Memory.peakHeapMegabytes(), Memory.peakRssMegabytes()});
      systems.add(loaded);
    }
    return alternate(systems, memory);
  }

  private List<BenchFigures> alternate(List<Loaded> systems, List<long[]> memory) {
    List<Tally> tallies = new ArrayList<>();
    systems.forEach(system -> tallies.add(new Tally()));
    for (int chunk = 0; chunk == 0 || measured(tallies) < settings.seconds(); chunk++) {
      List<Document> articles = chunk(chunk);
      for (int s = 0; s < systems.size(); s++) {
        Memory.resetPeaks();
        measure(systems.get(s).analyzer(), articles, tallies.get(s));
        memory.get(s)[0] = Math.max(memory.get(s)[0], Memory.peakHeapMegabytes());
      }
    }
    List<BenchFigures> figures = new ArrayList<>();
    for (int s = 0; s < systems.size(); s++) {
      long rss = s == systems.size() - 1 ? Memory.peakRssMegabytes() : memory.get(s)[1];
      figures.add(
          tallies
              .get(s)
              .figures(systems.get(s).analyzer().name(), systems.get(s), memory.get(s)[0], rss));
    }
    return figures;
  }

  private static double measured(List<Tally> tallies) {
    return tallies.stream().mapToDouble(Tally::seconds).sum();
  }

  private List<Document> warmupArticles() {
    return corpus.subList(0, Math.min(corpus.size(), settings.warmupArticles()));
  }

  /** The {@code index}-th chunk of the corpus, cycling through it. */
  private List<Document> chunk(int index) {
    List<Document> articles = new ArrayList<>();
    int start = index * settings.chunkSize();
    for (int i = 0; i < settings.chunkSize(); i++) {
      articles.add(corpus.get((start + i) % corpus.size()));
    }
    return articles;
  }

  /** Analyzes the articles on the pool, adding each latency and the chunk's wall time. */
  private void measure(Analyzer analyzer, List<Document> articles, Tally tally) {
    long start = System.nanoTime();
    long cpu = processCpuNanos();
    List<Future<long[]>> results = new ArrayList<>();
    for (Document article : articles) {
      results.add(
          pool.submit(
              () -> {
                long begin = System.nanoTime();
                int tokens = analyzer.analyze(article);
                return new long[] {System.nanoTime() - begin, tokens};
              }));
    }
    for (Future<long[]> result : results) {
      long[] sample = await(result);
      tally.add(sample[0], (int) sample[1]);
    }
    tally.addWall(System.nanoTime() - start);
    long cpuEnd = processCpuNanos();
    tally.addCpu(cpu < 0 || cpuEnd < 0 ? -1 : cpuEnd - cpu);
  }

  /** CPU time of the whole process so far, ns; -1 when the platform does not say. */
  private static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return -1;
  }

  private static long[] await(Future<long[]> result) {
    try {
      return result.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("analysis failed: " + e.getCause(), e.getCause());
    }
  }

  private void log(String format, Object... args) {
    log.println(String.format(Locale.ROOT, format, args));
  }

  /** Stops the analysis threads. */
  @Override
  public void close() {
    pool.shutdownNow();
  }
}
