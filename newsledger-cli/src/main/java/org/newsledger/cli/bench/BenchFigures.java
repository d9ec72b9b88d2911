package org.newsledger.cli.bench;

import static java.util.Objects.requireNonNull;

/**
 * What one system achieved in a benchmark run.
 *
 * @param name the system
 * @param loadSeconds model load time, seconds
 * @param modelHeapMegabytes heap its models keep after a full GC, MB
 * @param articles articles measured (after warm-up)
 * @param tokens tokens in those articles
 * @param seconds wall-clock time spent measuring them
 * @param p50Millis median latency per article, ms
 * @param p99Millis 99th percentile latency per article, ms
 * @param peakHeapMegabytes peak heap use of the process while measuring it, MB
 * @param peakRssMegabytes peak resident set of the process (VmHWM) after its run, MB; -1 unknown
 * @param cpuSeconds CPU time of the whole process while measuring it (all threads, garbage
 *     collection included), seconds; -1 unknown
 */
public record BenchFigures(
    String name,
    double loadSeconds,
    long modelHeapMegabytes,
    int articles,
    long tokens,
    double seconds,
    double p50Millis,
    double p99Millis,
    long peakHeapMegabytes,
    long peakRssMegabytes,
    double cpuSeconds) {

  /** Validates the fields. */
  public BenchFigures {
    requireNonNull(name, "name is null");
    if (articles < 0 || tokens < 0 || seconds < 0) {
      throw new IllegalArgumentException("counts and times must not be negative");
    }
  }

  /** Articles per second of wall-clock time; 0 when nothing was measured. */
  public double articlesPerSecond() {
    return seconds == 0 ? 0 : articles / seconds;
  }

  /**
   * Process CPU seconds per article measured, less swayed than wall-clock rates by other load on
   * the machine; -1 when unknown or nothing was measured.
   */
  public double cpuSecondsPerArticle() {
    return cpuSeconds < 0 || articles == 0 ? -1 : cpuSeconds / articles;
  }

  /** Tokens per second of wall-clock time; 0 when nothing was measured. */
  public double tokensPerSecond() {
    return seconds == 0 ? 0 : tokens / seconds;
  }
}
