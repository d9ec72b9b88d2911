package org.newsledger.cli;

import static java.util.Objects.requireNonNull;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.newsledger.core.Diagnostic;
import org.newsledger.core.Document;
import org.newsledger.core.pipeline.Pipeline;
import org.newsledger.io.ArticleSource;
import org.newsledger.io.ReadOptions;
import org.newsledger.io.ReadResult;

/**
 * Analyzes many inputs on a pool of threads and hands results on in input order. At most a few
 * articles per thread are in flight, so memory stays flat however large the input.
 */
final class BatchAnalyzer {

  private static final int IN_FLIGHT_PER_THREAD = 4;

  /** An analyzed article or the one-line reason it could not be read. */
  record Outcome(String label, Document document, String error) {}

  /** How many articles were analyzed and how many inputs failed. */
  record Summary(int analyzed, int failed) {}

  private final Pipeline pipeline;
  private final int threads;

  BatchAnalyzer(Pipeline pipeline, int threads) {
    this.pipeline = requireNonNull(pipeline, "pipeline is null");
    this.threads = Math.max(1, threads);
  }

  /** Reads and analyzes every input, calling {@code sink} for each outcome in input order. */
  Summary run(List<String> inputs, ReadOptions options, Consumer<Outcome> sink) {
    ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
    Deque<Future<Outcome>> window = new ArrayDeque<>();
    int[] counts = new int[2];
    Consumer<Outcome> counting =
        outcome -> {
          counts[outcome.error() == null ? 0 : 1]++;
          sink.accept(outcome);
        };
    try {
      for (String input : inputs) {
        try (ArticleSource source = ArticleSource.open(input, options)) {
          while (source.hasNext()) {
            window.addLast(submit(pool, source.next()));
            while (window.size() >= threads * IN_FLIGHT_PER_THREAD) {
              counting.accept(await(window.removeFirst()));
            }
          }
        } catch (Exception e) {
          window.addLast(
              CompletableFuture.completedFuture(
                  new Outcome(input, null, input + ": " + oneLine(e))));
        }
      }
      while (!window.isEmpty()) {
        counting.accept(await(window.removeFirst()));
      }
    } finally {
      pool.shutdownNow();
    }
    return new Summary(counts[0], counts[1]);
  }

  private Future<Outcome> submit(ExecutorService pool, ReadResult read) {
    if (read.error() != null) {
      return CompletableFuture.completedFuture(new Outcome(read.label(), null, read.error()));
    }
    return pool.submit(() -> analyze(read));
  }

  private Outcome analyze(ReadResult read) {
    try {
      return new Outcome(read.label(), pipeline.apply(read.document()), null);
    } catch (RuntimeException e) {
      Document failed =
          read.document()
              .withDiagnostic(new Diagnostic("analysis_failed", oneLine(e), "pipeline", null));
      return new Outcome(read.label(), failed, null);
    }
  }

  private static Outcome await(Future<Outcome> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("analysis task failed", e.getCause());
    }
  }

  static String oneLine(Throwable e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return message.lines().findFirst().orElse("").strip();
  }

  private static java.util.concurrent.ThreadFactory daemonThreads() {
    return runnable -> {
      Thread thread = new Thread(runnable, "newsledger-analyze");
      thread.setDaemon(true);
      return thread;
    };
  }
}
