package org.newsledger.cli;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;

/** Throughput and memory figures of a run, measured, for benchmarks and notes. */
final class RunStats {

  private RunStats() {}

  /** Prints load time, articles/s and peak heap (sum of heap pools' peaks) as one line. */
  static void print(
      PrintStream err, double loadSeconds, int articles, double seconds, int threads) {
    err.printf(
        Locale.ROOT,
        "stats: model load %.1f s; %d articles in %.1f s = %.2f articles/s on %d threads; peak heap %d MB%n",
        loadSeconds,
        articles,
        seconds,
        articles / Math.max(seconds, 1e-9),
        threads,
        peakHeapMegabytes());
  }

  /** Peak heap use so far, in MB. */
  static long peakHeapMegabytes() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak / (1024 * 1024);
  }
}
