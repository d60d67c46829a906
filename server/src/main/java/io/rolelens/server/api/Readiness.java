package io.rolelens.server.api;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Whether the server can answer an analysis now, and if not, why: it is stopping, its analysis
 * queue is full, it ran out of memory in the last {@link #OUT_OF_MEMORY_HOLD_NANOS}, or the heap is
 * still over {@link #FULL_HEAP} after the last collection. A load balancer or supervisor that reads
 * {@code /ready} then stops sending work (or restarts the server) instead of collecting errors.
 * Thread-safe.
 */
public final class Readiness {
  /** The share of the heap in use after a collection above which the heap counts as full. */
  static final double FULL_HEAP = 0.92;

  /** How long the server says it is not ready after running out of memory. */
  static final long OUT_OF_MEMORY_HOLD_NANOS = TimeUnit.SECONDS.toNanos(30);

  private final AnalysisQueue queue;
  private final List<MemoryPoolMXBean> heapPools;
  private volatile long outOfMemoryAt;
  private volatile boolean outOfMemorySeen;

  public Readiness(AnalysisQueue queue) {
    this.queue = queue;
    this.heapPools =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP && p.isCollectionUsageThresholdSupported())
            .toList();
  }

  /** Notes that an analysis ran out of memory. */
  public void outOfMemory() {
    outOfMemoryAt = System.nanoTime();
    outOfMemorySeen = true;
  }

  /** Why the server cannot answer now; empty when it can. */
  public List<String> problems() {
    List<String> problems = new ArrayList<>();
    if (queue.stopping()) {
      problems.add("stopping");
    }
    if (queue.full()) {
      problems.add("overloaded: the analysis queue is full");
    }
    if (outOfMemorySeen && System.nanoTime() - outOfMemoryAt < OUT_OF_MEMORY_HOLD_NANOS) {
      problems.add("out of memory in the last 30 s");
    }
    double heap = heapAfterCollection();
    if (heap > FULL_HEAP) {
      problems.add(
          String.format(
              java.util.Locale.ROOT,
              "low memory: the heap is %.0f%% full after collection",
              heap * 100));
    }
    return problems;
  }

  /** The share of the heap in use right after the last collection of each pool. */
  private double heapAfterCollection() {
    long used = 0;
    for (MemoryPoolMXBean pool : heapPools) {
      MemoryUsage after = pool.getCollectionUsage();
      if (after != null) {
        used += after.getUsed();
      }
    }
    long max = Runtime.getRuntime().maxMemory();
    return max <= 0 || max == Long.MAX_VALUE ? 0 : (double) used / max;
  }
}
