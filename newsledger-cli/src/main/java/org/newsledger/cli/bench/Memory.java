package org.newsledger.cli.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Heap and resident-set figures of this process. */
final class Memory {

  private static final Path STATUS = Path.of("/proc/self/status");
  private static final long MEGABYTE = 1024 * 1024;

  private Memory() {}

  /** Peak heap use since the last {@link #resetPeaks()}: sum of the heap pools' peaks, MB. */
  static long peakHeapMegabytes() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak / MEGABYTE;
  }

  /** Starts a new peak-heap window. */
  static void resetPeaks() {
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  /** Heap in use after a full collection, bytes. */
  static long usedHeapAfterGc() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /** Peak resident set size of the process (VmHWM), MB; -1 where /proc is unavailable. */
  static long peakRssMegabytes() {
    try {
      long kilobytes = vmHwmKilobytes(Files.readString(STATUS, StandardCharsets.UTF_8));
      return kilobytes < 0 ? -1 : kilobytes / 1024;
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  /** The VmHWM value of a /proc/PID/status text, kB; -1 when absent. */
  static long vmHwmKilobytes(String status) {
    for (String line : status.split("\n")) {
      if (line.startsWith("VmHWM:")) {
        return Long.parseLong(line.substring("VmHWM:".length()).replace("kB", "").strip());
      }
    }
    return -1;
  }
}
