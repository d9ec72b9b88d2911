package org.newsledger.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Progress on standard error, shown only when a person is watching (a terminal) and not silenced.
 * Not thread-safe: call from the thread that writes results.
 */
final class Progress {

  private static final int BAR_WIDTH = 30;

  private final PrintStream err;
  private final boolean enabled;
  private final long started = System.nanoTime();
  private long lastDraw;

  Progress(PrintStream err, boolean enabled) {
    this.err = err;
    this.enabled = enabled;
  }

  /** True when standard error is an interactive terminal. */
  static boolean terminalAttached() {
    return System.console() != null;
  }

  /** Prints a one-line status message. */
  void message(String text) {
    if (enabled) {
      err.println(text);
    }
  }

  /** Redraws the bar: {@code done} of {@code total} articles (total 0 when unknown). */
  void update(int done, int total) {
    long now = System.nanoTime();
    if (!enabled || (now - lastDraw < 100_000_000L && done != total)) {
      return;
    }
    lastDraw = now;
    double seconds = Math.max(1e-9, (now - started) / 1e9);
    String rate = String.format(Locale.ROOT, "%.1f articles/s", done / seconds);
    if (total > 0) {
      int filled = (int) ((long) BAR_WIDTH * done / total);
      String bar = "#".repeat(filled) + "-".repeat(BAR_WIDTH - filled);
      err.printf(Locale.ROOT, "\r[%s] %d/%d  %s ", bar, done, total, rate);
    } else {
      err.printf(Locale.ROOT, "\r%d articles  %s ", done, rate);
    }
  }

  /** Ends the bar line. */
  void finish() {
    if (enabled && lastDraw != 0) {
      err.println();
    }
  }
}
