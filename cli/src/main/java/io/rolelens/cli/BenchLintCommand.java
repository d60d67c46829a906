package io.rolelens.cli;

import io.rolelens.analyzer.RoleAnalyzer;
import io.rolelens.batch.lint.ColumnUnit;
import io.rolelens.batch.lint.DevSetFolder;
import io.rolelens.batch.lint.Gate;
import io.rolelens.batch.lint.LintConfig;
import io.rolelens.batch.lint.LintResult;
import io.rolelens.batch.lint.LintRun;
import io.rolelens.batch.lint.LintSession;
import io.rolelens.batch.lint.Linter;
import io.rolelens.scoring.BatchScorer;
import io.rolelens.scoring.csv.PostingReader;
import io.rolelens.scoring.csv.RowResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code rolelens bench-lint}: writes a labelled export's postings as files (title in front matter,
 * HTML or text as {@code score} reads them), scores the export as {@code score} does, lints the
 * folder on one thread several times, and prints lint's throughput and how many verdicts agree with
 * {@code score}'s. Says "skipped" and succeeds when the export is absent.
 */
@Command(
    name = "bench-lint",
    mixinStandardHelpOptions = true,
    description = {
      "Measures 'lint' on one thread and checks it gives the same verdicts as 'score'.",
      "Writes each posting of the export as a .txt or .html file with its title in front matter,"
          + " scores the export as 'score' does, lints the folder --warmup times untimed, then"
          + " --rounds times and prints the median postings/s (by the clock, and by the linting"
          + " thread's CPU time) and the verdicts that differ. Prints 'skipped' when the input is"
          + " absent. For one core, run it under 'taskset -c 0'."
    })
final class BenchLintCommand extends BenchCommand {
  static final Path DEFAULT_INPUT = Path.of("..", "shared", "data", "role-postings-dev.csv");

  /**
   * Times the linting thread's own CPU, which a machine shared with other work does not inflate.
   */
  private static final java.lang.management.ThreadMXBean THREADS =
      java.lang.management.ManagementFactory.getThreadMXBean();

  @Option(
      names = "--rounds",
      paramLabel = "N",
      converter = Counts.AtLeastOne.class,
      description = "Timed rounds over the folder (default 5).")
  int rounds = 5;

  @Option(
      names = "--warmup",
      paramLabel = "N",
      converter = Counts.AtLeastZero.class,
      description = "Untimed rounds first, to warm the JIT (default 5).")
  int warmup = 5;

  BenchLintCommand() {
    super(DEFAULT_INPUT);
  }

  @Override
  void measure(RoleAnalyzer analyzer, PrintWriter out) throws IOException, InterruptedException {
    Path dir = Files.createTempDirectory("rolelens-bench-lint");
    // On a terminal, a bar over the steps (scoring, the first lint, warm-up and timed rounds) shows
    // the run is alive; its thread wakes twice a second, nothing the linting thread's CPU notices.
    try (Progress bar = Progress.steps("bench-lint", " steps", quietOption.quiet)) {
      bar.total(2L + warmup + rounds);
      DevSetFolder folder = new DevSetFolder(dir);
      Map<String, String> scored = score(analyzer, folder);
      bar.done(1);
      LintSession session =
          new LintSession(
              new Linter(analyzer, Gate.DEFAULT, ColumnUnit.UTF16),
              LintConfig.NONE,
              null,
              new ByteArrayInputStream(new byte[0]),
              p -> out.println("unreadable: " + p.line()));
      LintRun first = session.run(List.of(dir.toString()), analyzer.lexicon().version());
      bar.done(1);
      for (int i = 0; i < warmup; i++) {
        session.run(List.of(dir.toString()), analyzer.lexicon().version());
        bar.done(1);
      }
      double[] rates = new double[rounds];
      double[] analyzeRates = new double[rounds];
      double[] cpuRates = new double[rounds];
      for (int i = 0; i < rounds; i++) {
        // Turns with the analyzer alone on the same titles and bodies, so a busy machine slows both
        // alike.
        long t0 = System.nanoTime();
        long cpu0 = THREADS.getCurrentThreadCpuTime();
        int n = session.run(List.of(dir.toString()), analyzer.lexicon().version()).results().size();
        rates[i] = n / ((System.nanoTime() - t0) / 1e9);
        cpuRates[i] = n / ((THREADS.getCurrentThreadCpuTime() - cpu0) / 1e9);
        long t1 = System.nanoTime();
        first
            .results()
            .forEach(r -> analyzer.analyze(r.document().title(), r.document().body().text()));
        analyzeRates[i] = first.results().size() / ((System.nanoTime() - t1) / 1e9);
        bar.done(1);
      }
      Arrays.sort(rates);
      Arrays.sort(analyzeRates);
      Arrays.sort(cpuRates);
      int disagreements = compare(first, folder.rowByFile(), scored, out);
      int n = first.results().size();
      out.printf(
          Locale.ROOT,
          "input: %s, %d postings scored, %d linted, %d unreadable; rounds: %s postings/s%n",
          benchInput.file,
          scored.size(),
          n,
          first.problems().size(),
          Arrays.toString(Arrays.stream(rates).mapToLong(Math::round).toArray()));
      out.printf(
          Locale.ROOT,
          "analyze_only rounds: %s postings/s%n",
          Arrays.toString(Arrays.stream(analyzeRates).mapToLong(Math::round).toArray()));
      out.printf(
          Locale.ROOT,
          "postings=%d lint_postings_per_s=%.0f lint_postings_per_cpu_s=%.0f"
              + " analyze_only_postings_per_s=%.0f verdict_agreement=%.3f disagreements=%d%n",
          n,
          rates[rounds / 2],
          cpuRates[rounds / 2],
          analyzeRates[rounds / 2],
          n == 0 ? 0.0 : (n - disagreements) / (double) n,
          disagreements);
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  /**
   * Scores the export as {@code score} does (on one thread) and writes each posting to the folder;
   * verdicts by id.
   */
  private Map<String, String> score(RoleAnalyzer analyzer, DevSetFolder folder)
      throws IOException, InterruptedException {
    try (PostingReader reader = PostingReader.open(benchInput.file)) {
      while (reader.hasNext()) {
        if (reader.next() instanceof RowResult.Read read) {
          folder.write(read.posting());
        }
      }
    }
    Map<String, String> verdicts = new HashMap<>(); // by row: ids may repeat in an export
    try (PostingReader reader = PostingReader.open(benchInput.file)) {
      new BatchScorer(analyzer, 1)
          .run(
              reader,
              // a row score rejects has no verdict to compare
              ScoreSink.scoredOnly(p -> verdicts.put(Long.toString(p.row()), p.verdict())),
              n -> {});
    }
    return verdicts;
  }

  private static int compare(
      LintRun run, Map<String, String> rowByFile, Map<String, String> scored, PrintWriter out) {
    int disagreements = 0;
    for (LintResult r : run.results()) {
      String id = rowByFile.get(r.document().path());
      String lint = r.analysis().verdict().id();
      if (!lint.equals(scored.get(id))) {
        disagreements++;
        out.printf(
            Locale.ROOT,
            "differs: row %s (%s) titled \"%s\": score %s, lint %s%n",
            id,
            r.document().path(),
            r.document().title(),
            scored.get(id),
            lint);
      }
    }
    return disagreements;
  }
}
