package io.rolelens.bench;

import java.io.IOException;
import java.util.Collection;
import java.util.Locale;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the analyzer benchmark and the naive pipeline in the same run and prints both figures and
 * their ratio; with {@code json} first, the analysis JSON benchmark ({@link AnalysisJsonBenchmark})
 * instead. Skips with a message when the shared data is absent.
 *
 * <p>{@code java -jar benchmarks/target/benchmarks.jar [json] [iterations]}
 */
public final class BenchMain {
  private BenchMain() {}

  public static void main(String[] args) throws RunnerException, IOException {
    if (!Postings.available()) {
      System.out.println(
          "skipped: "
              + Postings.DEV
              + " not found (real postings live in ../shared/data, which only the project's"
              + " machines have; pass -Drolelens.data=DIR to point elsewhere)");
      return;
    }
    boolean json = args.length > 0 && args[0].equals("json");
    int first = json ? 1 : 0;
    int iterations = args.length > first ? Integer.parseInt(args[first]) : 5;
    System.out.println(
        "postings: "
            + Postings.fourToFiveKb().size()
            + " real postings of 4-5 KB from "
            + Postings.DEV);
    Options options =
        new OptionsBuilder()
            .include((json ? AnalysisJsonBenchmark.class : AnalyzeBenchmark.class).getName())
            .forks(1)
            .threads(1)
            .warmupIterations(3)
            .warmupTime(TimeValue.seconds(2))
            .measurementIterations(iterations)
            .measurementTime(TimeValue.seconds(3))
            .jvmArgsAppend("-Xmx2g", "-Drolelens.data=" + Postings.DATA.toAbsolutePath())
            .build();
    Collection<RunResult> results = new Runner(options).run();
    if (json) {
      printRatio(
          results,
          "plainGenerator",
          "wrappedGenerator",
          "%njson_plain_generator_per_s=%.0f json_wrapped_generator_per_s=%.0f ratio=%.2f%n");
      return;
    }
    printRatio(
        results,
        "roleLens",
        "naiveOpenNlp",
        "%nrolelens_postings_per_s_per_thread=%.0f naive_opennlp_postings_per_s=%.1f"
            + " ratio=%.0fx%n");
  }

  /**
   * Prints {@code line} filled with the scores of two benchmark methods and the first over the
   * second.
   */
  private static void printRatio(
      Collection<RunResult> results, String method, String against, String line) {
    double score = score(results, method);
    double other = score(results, against);
    System.out.printf(Locale.ROOT, line, score, other, score / other);
  }

  private static double score(Collection<RunResult> results, String method) {
    return results.stream()
        .filter(r -> r.getParams().getBenchmark().endsWith("." + method))
        .mapToDouble(r -> r.getPrimaryResult().getScore())
        .findFirst()
        .orElse(Double.NaN);
  }
}
