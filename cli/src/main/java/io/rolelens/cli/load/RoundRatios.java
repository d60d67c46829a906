package io.rolelens.cli.load;

import java.util.ArrayList;
import java.util.List;

/**
 * HTTP throughput against the faster in-process setting, round by round. The three slices of a
 * round run within seconds of each other, so a round's ratio is free of the machine's slower drift;
 * their spread shows how far one run's overall ratio can be trusted on a shared machine. Immutable.
 *
 * @param ratios each round's HTTP throughput divided by its faster in-process throughput, in order
 */
public record RoundRatios(List<Double> ratios) {
  public RoundRatios {
    ratios = List.copyOf(ratios);
  }

  /**
   * Pairs the slices of each round: the i-th slice of every list belongs to round i.
   *
   * @throws IllegalArgumentException when the lists differ in length
   */
  public static RoundRatios of(
      List<LoadTest.Result> http, List<LoadTest.Result> perCpu, List<LoadTest.Result> perClient) {
    if (http.size() != perCpu.size() || http.size() != perClient.size()) {
      throw new IllegalArgumentException(
          "every setting needs one slice per round, had "
              + http.size()
              + " HTTP, "
              + perCpu.size()
              + " and "
              + perClient.size()
              + " in-process");
    }
    List<Double> ratios = new ArrayList<>(http.size());
    for (int i = 0; i < http.size(); i++) {
      double best = Math.max(perCpu.get(i).throughput(), perClient.get(i).throughput());
      ratios.add(http.get(i).throughput() / best);
    }
    return new RoundRatios(ratios);
  }

  /** The middle ratio (the mean of the middle two for an even count), or NaN with no rounds. */
  public double median() {
    if (ratios.isEmpty()) {
      return Double.NaN;
    }
    double[] sorted = ratios.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }

  /** The lowest round's ratio, or NaN with no rounds. */
  public double min() {
    return ratios.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
  }

  /** The highest round's ratio, or NaN with no rounds. */
  public double max() {
    return ratios.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
  }

  /** How many rounds reached {@code target}. */
  public long atLeast(double target) {
    return ratios.stream().filter(r -> r >= target).count();
  }
}
