package org.newsledger.core.pipeline;

/**
 * The running analysis's time limit, for stages to check in their long loops: {@link #check()}
 * throws {@link Exceeded} once the limit of the {@link Pipeline} run on this thread has passed.
 * Costs one read of the clock per call.
 */
public final class Deadline {

  private static final ThreadLocal<long[]> END = new ThreadLocal<>();

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
