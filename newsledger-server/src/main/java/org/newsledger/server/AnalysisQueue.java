package org.newsledger.server;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bounded queue in front of the engine: at most {@code workers} analyses run at once and at most
 * {@code waiting} wait; a request beyond that, or one that waits longer than the timeout, is
 * refused with 503 and Retry-After instead of piling up in memory.
 */
final class AnalysisQueue implements AutoCloseable {

  private static final int RETRY_AFTER_SECONDS = 5;

  private final ThreadPoolExecutor executor;
  private final long timeoutMillis;

  AnalysisQueue(int workers, int waiting, long timeoutMillis) {
    if (workers < 1 || waiting < 0 || timeoutMillis < 1) {
      throw new IllegalArgumentException(
          "bad analysis queue: " + workers + " workers, " + waiting + " waiting");
    }
    AtomicInteger count = new AtomicInteger();
    this.executor =
        new ThreadPoolExecutor(
            workers,
            workers,
            0,
            TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(Math.max(1, waiting)),
            work -> {
              Thread thread = new Thread(work, "newsledger-analysis-" + count.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            },
            new ThreadPoolExecutor.AbortPolicy());
    this.timeoutMillis = timeoutMillis;
  }

  /** Runs the analysis when a worker is free; 503 when the queue is full or the wait too long. */
  <T> T run(Callable<T> analysis) throws Exception {
    Future<T> future;
    try {
      future = executor.submit(analysis);
    } catch (RejectedExecutionException e) {
      throw Problem.busy("the analysis queue is full; try again shortly", RETRY_AFTER_SECONDS);
    }
    try {
      return future.get(timeoutMillis, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw Problem.busy("the analysis took too long in the queue", RETRY_AFTER_SECONDS);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof Exception cause ? cause : e;
    }
  }

  /** Analyses waiting for a worker now. */
  int waiting() {
    return executor.getQueue().size();
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
