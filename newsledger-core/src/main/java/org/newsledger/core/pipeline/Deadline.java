package org.newsledger.core.pipeline;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The running analysis's time limit, for stages to check in their long loops: {@link #check()}
 * throws {@link Exceeded} once the limit of the {@link Pipeline} run on this thread has passed.
 * Costs one read of the clock per call. Work that cannot call it (a third-party library that checks
 * {@link Thread#interrupted()} instead) runs inside {@link #interruptAtLimit()}.
 */
public final class Deadline {

  private static final ThreadLocal<long[]> END = new ThreadLocal<>();

  private static final ScheduledExecutorService TIMER =
      Executors.newSingleThreadScheduledExecutor(
          task -> {
            Thread thread = new Thread(task, "newsledger-deadline");
            thread.setDaemon(true);
            return thread;
          });

  private Deadline() {}

  /** Thrown by {@link #check()} when the time is up; the pipeline turns it into a diagnostic. */
  public static final class Exceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Exceeded() {
      super("time limit exceeded", null, false, false);
    }
  }

  /** Throws {@link Exceeded} when this thread's analysis has run past its limit. */
  public static void check() {
    long[] end = END.get();
    if (end != null && System.nanoTime() - end[0] > 0) {
      throw new Exceeded();
    }
  }

  /**
   * Until closed, interrupts this thread when its time limit passes (nothing when it has none), for
   * a library call that stops on {@link Thread#interrupted()}; closing clears an interrupt it made.
   * After the call stopped that way, {@link #check()} throws {@link Exceeded}.
   */
  public static Interruption interruptAtLimit() {
    long[] end = END.get();
    return new Interruption(Thread.currentThread(), end == null ? null : end[0]);
  }

  /** The scope of {@link #interruptAtLimit()}. */
  public static final class Interruption implements AutoCloseable {
    private final Thread thread;
    private final ScheduledFuture<?> timer;
    private boolean active = true;
    private boolean fired;

    private Interruption(Thread thread, Long endNanos) {
      this.thread = thread;
      this.timer =
          endNanos == null
              ? null
              : TIMER.schedule(
                  this::fire, Math.max(0, endNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
    }

    private synchronized void fire() {
      if (active) {
        fired = true;
        thread.interrupt();
      }
    }

    /** Stops the timer and clears the interrupt it made, if any. */
    @Override
    public void close() {
      if (timer == null) {
        return;
      }
      timer.cancel(false);
      boolean interrupted;
      synchronized (this) {
        active = false;
        interrupted = fired;
      }
      if (interrupted) {
        Thread.interrupted();
      }
    }
  }

  /** Starts a limit on this thread ending {@code nanos} from now; returns the previous one. */
  static long[] start(long nanos) {
    long[] previous = END.get();
    END.set(new long[] {System.nanoTime() + nanos});
    return previous;
  }

  /** Restores the limit {@link #start} replaced (null: none). */
  static void restore(long[] previous) {
    if (previous == null) {
      END.remove();
    } else {
      END.set(previous);
    }
  }
}
