package io.rolelens.cli;

import io.rolelens.analyzer.RoleAnalyzer;
import io.rolelens.scoring.BatchScorer;
import io.rolelens.scoring.ScoreSummary;
import io.rolelens.scoring.ScoredPosting;
import io.rolelens.scoring.csv.InputFiles;
import io.rolelens.scoring.csv.PostingReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code rolelens bench-score}: measures, in one run on the same rows and threads, how fast Commons
 * CSV parses the file doing nothing else, how fast the analyzer alone goes over its parsed postings
 * (nothing written), and how fast {@code score} processes it end to end, and prints all three and
 * their ratios. Each phase gets its own scorer, so no analysis is remembered from the warm-up. Says
 * "skipped" and succeeds when the file is absent, so CI can run it anywhere.
 */
@Command(
    name = "bench-score",
    mixinStandardHelpOptions = true,
    description = {
      "Measures how fast 'score' runs against parsing the CSV alone.",
      "Times parse-only (Commons CSV, nothing else), analysis-only (the analyzer over the parsed"
          + " postings on the same threads, nothing written) and end-to-end 'score' (read, HTML to"
          + " text, analyse on every core, deduplicate, write CSV) on the same rows in one run, and"
          + " prints postings/s for each, their ratios and peak memory. Prints 'skipped' when the"
          + " input is absent."
    })
final class BenchScoreCommand extends BenchCommand {
  static final Path DEFAULT_INPUT =
      Path.of("..", "shared", "data", "linkedin-postings-2022-2026.csv.gz");

  @Option(
      names = "--limit",
      paramLabel = "N",
      converter = Counts.RowsAtLeastOne.class,
      description = "Only the first N rows (default: all).")
  long limit = Long.MAX_VALUE;

  @Option(
      names = "--warmup",
      paramLabel = "N",
      converter = Counts.RowsAtLeastZero.class,
      description =
          "Rows scored first to warm the JIT, not timed (default 20000: fewer leave the compiler"
              + " busy in the timed phases).")
  long warmup = 20_000;

  @Mixin ThreadsOption threadsOption;

  BenchScoreCommand() {
    super(DEFAULT_INPUT);
  }

  @Override
  void measure(RoleAnalyzer analyzer, PrintWriter out) throws IOException, InterruptedException {
    long[] parsed;
    double parseSeconds;
    double analysisSeconds;
    double scoreSeconds;
    List<String[]> postings;
    ScoreSummary summary;
    // On a terminal, a bar over the five phases (warm-up, reading, parse-only, analysis-only, end
    // to
    // end) shows the run is alive; its thread wakes twice a second, nothing a measurement notices.
    try (Progress phases = Progress.steps("bench-score", " phases", quietOption.quiet)) {
      phases.total(5);
      if (warmup > 0) {
        score(new BatchScorer(analyzer, threadsOption.threads), warmup);
        parse(warmup);
      }
      phases.done(1);
      postings = AnalysisOnly.postings(benchInput.file, limit);
      phases.done(1);
      MemoryPeaks.reset();
      long t0 = System.nanoTime();
      parsed = parse(limit);
      parseSeconds = (System.nanoTime() - t0) / 1e9;
      phases.done(1);
      long t2 = System.nanoTime();
      AnalysisOnly.analyse(analyzer, postings, threadsOption.threads);
      analysisSeconds = (System.nanoTime() - t2) / 1e9;
      phases.done(1);
      long t1 = System.nanoTime();
      summary = score(new BatchScorer(analyzer, threadsOption.threads), limit);
      scoreSeconds = (System.nanoTime() - t1) / 1e9;
      phases.done(1);
    }

    double parseRate = parsed[0] / parseSeconds;
    double analysisRate = postings.size() / analysisSeconds;
    double scoreRate = summary.rowsIn() / scoreSeconds;
    out.printf(
        Locale.ROOT,
        "input: %s, %d rows, %.0f MB of text, %d cores, %d scoring threads%n",
        benchInput.file,
        parsed[0],
        parsed[1] / 1e6,
        Runtime.getRuntime().availableProcessors(),
        threadsOption.threads);
    out.printf(
        Locale.ROOT,
        "parse_only: %.1f s, %.0f postings/s, %.0f MB/s%n",
        parseSeconds,
        parseRate,
        parsed[1] / 1e6 / parseSeconds);
    out.printf(
        Locale.ROOT,
        "analysis_only: %.1f s, %.0f postings/s (%d postings, %d threads)%n",
        analysisSeconds,
        analysisRate,
        postings.size(),
        threadsOption.threads);
    out.printf(
        Locale.ROOT,
        "end_to_end: %.1f s, %.0f postings/s (%s)%n",
        scoreSeconds,
        scoreRate,
        summary.line());
    out.printf(
        Locale.ROOT,
        "peak_heap_used=%d MB max_heap=%d MB peak_rss=%s%n",
        MemoryPeaks.heapMegabytes(),
        Runtime.getRuntime().maxMemory() >> 20,
        MemoryPeaks.resident());
    out.printf(
        Locale.ROOT,
        "end_to_end_postings_per_s=%.0f analysis_only_postings_per_s=%.0f"
            + " parse_only_postings_per_s=%.0f end_to_end_vs_analysis=%.2f ratio=1/%.1f%n",
        scoreRate,
        analysisRate,
        parseRate,
        scoreRate / analysisRate,
        parseRate / scoreRate);
  }

  /** Reads every record and touches every field; returns rows and characters. */
  private long[] parse(long max) throws IOException {
    long rows = 0;
    long chars = 0;
    try (Reader text = InputFiles.openText(benchInput.file, null);
        CSVParser csv =
            CSVParser.builder()
                .setReader(text)
                .setFormat(InputFiles.formatFor(benchInput.file))
                .get()) {
      Iterator<CSVRecord> it = csv.iterator();
      if (it.hasNext()) {
        it.next();
      }
      while (it.hasNext() && rows < max) {
        CSVRecord r = it.next();
        for (int i = 0; i < r.size(); i++) {
          chars += r.get(i).length();
        }
        rows++;
      }
    }
    return new long[] {rows, chars};
  }

  private ScoreSummary score(BatchScorer scorer, long max)
      throws IOException, InterruptedException {
    Path tmp = Files.createTempFile("rolelens-bench", ".csv");
    try (PostingReader reader = PostingReader.open(benchInput.file).limit(max);
        Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(w, ScoredPosting.CSV_FORMAT)) {
      csv.printRecord(ScoredPosting.HEADER);
      return scorer.run(
          reader, ScoreSink.scoredOnly(p -> csv.printRecord(p.cells(false))), n -> {});
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
