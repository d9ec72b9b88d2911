package org.newsledger.cli.bench;

import java.util.Arrays;

/** Accumulates one system's measured chunks; used by one thread only. */
final class Tally {

  private long[] latencies = new long[64];
  private int articles;
  private long tokens;
  private long wallNanos;
  private long cpuNanos;

  /** Adds one article's latency (ns) and token count. */
  void add(long latencyNanos, int articleTokens) {
    if (articles == latencies.length) {
      latencies = Arrays.copyOf(latencies, articles * 2);
    }
    latencies[articles++] = latencyNanos;
    tokens += articleTokens;
  }

  /** Adds wall-clock time spent on a chunk, ns. */
  void addWall(long nanos) {
    wallNanos += nanos;
  }

  /** Adds process CPU time spent on a chunk, ns; negative when unknown. */
  void addCpu(long nanos) {
    cpuNanos = cpuNanos < 0 || nanos < 0 ? -1 : cpuNanos + nanos;
  }

  /** Wall-clock seconds measured so far. */
  double seconds() {
    return wallNanos / 1e9;
  }

  /** The figures measured, completed with load and memory figures. */
  BenchFigures figures(String name, Loaded loaded, long peakHeapMegabytes, long peakRssMegabytes) {
    long[] measured = Arrays.copyOf(latencies, articles);
    return new BenchFigures(
        name,
        loaded.loadSeconds(),
        loaded.modelHeapMegabytes(),
        articles,
        tokens,
        seconds(),
        Percentiles.of(measured, 50) / 1e6,
        Percentiles.of(measured, 99) / 1e6,
        peakHeapMegabytes,
        peakRssMegabytes,
        cpuNanos < 0 ? -1 : cpuNanos / 1e9);
  }
}
