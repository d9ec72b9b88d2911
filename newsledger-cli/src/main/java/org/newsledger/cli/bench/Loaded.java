package org.newsledger.cli.bench;

import static java.util.Objects.requireNonNull;

import java.util.function.Supplier;

/**
 * A system after loading, with what loading cost.
 *
 * @param analyzer the loaded system
 * @param loadSeconds wall-clock load time, seconds
 * @param modelHeapMegabytes heap retained after load, measured after a full GC, MB
 */
public record Loaded(Analyzer analyzer, double loadSeconds, long modelHeapMegabytes) {

  /** Validates the fields. */
  public Loaded {
    requireNonNull(analyzer, "analyzer is null");
  }

  /** Loads a system, timing it and measuring the heap its models keep. */
  public static Loaded of(Supplier<? extends Analyzer> loader) {
    long heapBefore = Memory.usedHeapAfterGc();
    long start = System.nanoTime();
    Analyzer analyzer = loader.get();
    double seconds = (System.nanoTime() - start) / 1e9;
    long retained = Math.max(0, Memory.usedHeapAfterGc() - heapBefore);
    return new Loaded(analyzer, seconds, retained / (1024 * 1024));
  }
}
