package org.newsledger;

import static java.util.Objects.requireNonNull;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.newsledger.core.Diagnostic;
import org.newsledger.core.Document;
import org.newsledger.io.ReadResult;

/**
 * Analyzes many articles on a pool of threads and hands results on in input order. At most a few
 * articles per thread are in flight, so memory stays flat however large the input.
 */
final class BatchAnalyzer {

  private static final int IN_FLIGHT_PER_THREAD = 4;

  private final UnaryOperator<Document> analyzer;
  private final int threads;

  BatchAnalyzer(UnaryOperator<Document> analyzer, int threads) {
    this.analyzer = requireNonNull(analyzer, "analyzer is null");
    this.threads = Math.max(1, threads);
  }

  /** Analyzes every article read, calling {@code sink} for each outcome in input order. */
  BatchSummary run(Iterator<ReadResult> reads, Consumer<Outcome> sink) {
    ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
    Deque<Future<Outcome>> window = new ArrayDeque<>();
    int[] counts = new int[2];
    Consumer<Outcome> counting =
        outcome -> {
          counts[outcome.isOk() ? 0 : 1]++;
          sink.accept(outcome);
        };
    try {
      while (reads.hasNext()) {
        window.addLast(submit(pool, reads.next()));
        while (window.size() >= threads * IN_FLIGHT_PER_THREAD) {
          counting.accept(await(window.removeFirst()));
        }
      }
      while (!window.isEmpty()) {
        counting.accept(await(window.removeFirst()));
      }
    } finally {
      pool.shutdownNow();
    }
    return new BatchSummary(counts[0], counts[1]);
  }

  private Future<Outcome> submit(ExecutorService pool, ReadResult read) {
    if (!read.isOk()) {
      return CompletableFuture.completedFuture(new Outcome(read.label(), null, read.error()));
    }
    return pool.submit(() -> analyze(read));
  }

  private Outcome analyze(ReadResult read) {
    try {
      return new Outcome(read.label(), analyzer.apply(read.document()), null);
    } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
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

  /** The first line of a throwable's message, or its class name when it has none. */
  static String oneLine(Throwable e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return message.lines().findFirst().orElse("").strip();
  }

  private static ThreadFactory daemonThreads() {
    return runnable -> {
      Thread thread = new Thread(runnable, "newsledger-analyze");
      thread.setDaemon(true);
      return thread;
    };
  }
}
