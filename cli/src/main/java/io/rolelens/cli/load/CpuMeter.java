package io.rolelens.cli.load;

import java.time.Duration;

/**
 * CPU time a process spends (all its threads, JIT and GC included) between {@link #start()} and
 * {@link #stop()}, summed over any number of such intervals. Not thread-safe.
 */
public final class CpuMeter {
  private final ProcessHandle process;
  private long total;
  private long started = -1;
  private boolean readable = true;

  /** A meter of {@code process}, stopped. */
  public CpuMeter(ProcessHandle process) {
    this.process = process;
  }

  public void start() {
    started = nanos();
  }

  public void stop() {
    long now = nanos();
    if (now < 0 || started < 0) {
      readable = false;
    } else {
      total += now - started;
    }
  }

  /**
   * Milliseconds of CPU per request over the measured intervals, or NaN when the OS cannot tell.
   */
  public double millisPer(long requests) {
    return !readable || requests == 0 ? Double.NaN : total / 1e6 / requests;
  }

  private long nanos() {
    return process.info().totalCpuDuration().map(Duration::toNanos).orElse(-1L);
  }
}
