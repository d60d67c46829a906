package io.rolelens.cli.load;

import java.util.Arrays;

/**
 * Latency samples in nanoseconds, appended by one thread, then merged and summarised. Not
 * thread-safe.
 */
public final class Latencies {
  private long[] samples = new long[4096];
  private int size;

  public void add(long nanos) {
    if (size == samples.length) {
      samples = Arrays.copyOf(samples, size * 2);
    }
    samples[size++] = nanos;
  }

  /**
   * A recorder holding {@code samples} as they are, to merge finished runs with {@link #merged}.
   */
  static Latencies of(long[] samples) {
    Latencies l = new Latencies();
    l.samples = samples;
    l.size = samples.length;
    return l;
  }

  public int size() {
    return size;
  }

  /** The samples in the order added. */
  public long[] toArray() {
    return Arrays.copyOf(samples, size);
  }

  /** All samples of the given recorders, sorted. */
  public static long[] merged(Iterable<Latencies> all) {
    int total = 0;
    for (Latencies l : all) {
      total += l.size;
    }
    long[] merged = new long[total];
    int at = 0;
    for (Latencies l : all) {
      System.arraycopy(l.samples, 0, merged, at, l.size);
      at += l.size;
    }
    Arrays.sort(merged);
    return merged;
  }

  /** The q-quantile (0..1) of sorted samples, in milliseconds, nearest-rank. */
  public static double percentileMillis(long[] sorted, double q) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(q * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
  }
}
