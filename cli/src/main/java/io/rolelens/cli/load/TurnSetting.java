package io.rolelens.cli.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One of the settings {@code loadtest} measures in turns: its phase, the CPU meters that run while
 * it is measured, its measured slices, and the failures of its unmeasured runs. Not thread-safe.
 */
public final class TurnSetting {
  private final LoadTest.Phase phase;
  private final Duration settleRound;
  private final Duration leadIn;
  private final CpuMeter[] meters;
  private final List<LoadTest.Result> slices = new ArrayList<>();
  private long unmeasuredFailures;

  /**
   * A setting that runs {@code phase}, settles for {@code settleRound}, runs {@code leadIn}
   * unmeasured before each slice (so a slice does not pay for the setting before it) and keeps
   * {@code meters} running while a slice is measured.
   */
  public TurnSetting(
      LoadTest.Phase phase, Duration settleRound, Duration leadIn, CpuMeter... meters) {
    this.phase = phase;
    this.settleRound = settleRound;
    this.leadIn = leadIn;
    this.meters = meters.clone();
  }

  /** One unmeasured warm-up round. */
  public void settle() throws InterruptedException {
    unmeasuredFailures += phase.run(settleRound).failures();
  }

  /** The lead-in unmeasured, then one slice with the meters running. */
  public void measure(Duration slice) throws InterruptedException {
    unmeasuredFailures += phase.run(leadIn).failures();
    for (CpuMeter meter : meters) {
      meter.start();
    }
    slices.add(phase.run(slice));
    for (CpuMeter meter : meters) {
      meter.stop();
    }
  }

  /** The measured slices, in the order they ran. */
  public List<LoadTest.Result> slices() {
    return List.copyOf(slices);
  }

  /** The measured slices taken as one. */
  public LoadTest.Result total() {
    return LoadTest.Result.combine(slices);
  }

  /** Failed requests in this setting's unmeasured runs: any fails the whole run. */
  public long unmeasuredFailures() {
    return unmeasuredFailures;
  }
}
