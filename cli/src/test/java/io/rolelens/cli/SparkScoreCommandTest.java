package io.rolelens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolelens.analyzer.lexicon.Lexicon;
import io.rolelens.batch.report.ReportBuilder;
import io.rolelens.scoring.Steps;
import io.rolelens.scoring.tally.TallyFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code spark-score --csv} writes the very file {@code score} writes, on Spark in-process. */
class SparkScoreCommandTest {
  /**
   * HTML, entities, quotes and line breaks inside fields, a spreadsheet formula, a description with
   * no text, a repeated description, an unreadable date, an empty id, a short row, NUL, emoji and
   * an id given again (an index keeps the last); the test adds a byte that is not UTF-8.
   */
  static final String TORTURE =
      """
      job_id,title,company,location,date_posted,description
      t-1,Senior Product Manager,Acme,"Berlin, DE",2025-02-03,"<p>Own the product vision &amp; strategy.</p><ul><li>Define the roadmap and measure outcomes.</li><li>Talk to customers every week.</li></ul>"
      =cmd|' /C calc'!A0,Project Manager,"=HYPERLINK(""x"")",Remote,2025-05-20,"Plan the schedule, track milestones
      and manage the budget and resources.
      She said ""ship it"" and we did. PMP certification required."
      t-3,Product Owner,Beta,Paris,2025-06-01,"<br><br>&nbsp;"
      t-4,Product Manager,Acme,Berlin,2025-08-09,"<p>Own the product vision &amp; strategy.</p><ul><li>Define the roadmap and measure outcomes.</li><li>Talk to customers every week.</li></ul>"
      t-5,Product Owner,Gamma,Oslo,someday,"Own and order the product backlog, write user stories with acceptance criteria and run sprint planning with the Scrum team."
      ,Product Manager,Delta,Rome,2025-11-30,"Set the strategy 🚀 and the vision for the payments product; own pricing decisions."
      t-7,Product Manager,Short
      t-8,Product Owner\u0000,Eta,Lima,2024-12-31,"Be the voice of the customer to the development team and refine the backlog every sprint."
      t-5,Project Manager,Zeta,Oslo,2025-04-04,"Run the project plan and manage scope, timelines, risks and the budget with every stakeholder. PMP preferred."
      """;

  @TempDir Path dir;

  @Test
  void writesTheSameScoredCsvAsScoreForTheBundledExamplesAndATortureFile() throws Exception {
    Path torture = dir.resolve("torture.csv");
    Files.writeString(torture, TORTURE, StandardCharsets.UTF_8);
    // A row with a byte that is not UTF-8.
    Files.write(
        torture,
        "t-9,Product Manager,Theta,Rome,2025-03-03,\"Own the roadmap \u00ff and the vision.\"\n"
            .getBytes(StandardCharsets.ISO_8859_1),
        java.nio.file.StandardOpenOption.APPEND);
    for (Path input : new Path[] {Examples.POSTINGS, torture}) {
      String name = input.getFileName().toString();
      Path scored = dir.resolve(name + ".scored.csv");
      Path rejects = dir.resolve(name + ".rejects.csv");
      CliRun score =
          CliRun.of(
              "score",
              "--input",
              input.toString(),
              "--output",
              scored.toString(),
              "--rejects",
              rejects.toString(),
              "--quiet");
      assertThat(score.exitCode()).as(score.err()).isZero();

      Path out = dir.resolve(name + ".spark");
      CliRun spark = sparkScoreCsv(input, out);

      assertThat(spark.exitCode()).as(spark.err()).isZero();
      // The same warnings about repaired text (only score says which ids repeat, so far).
      assertThat(spark.err().lines().filter(l -> l.startsWith("warning: ")))
          .containsExactlyElementsOf(
              score
                  .err()
                  .lines()
                  .filter(l -> l.startsWith("warning: ") && !l.contains("repeat the id"))
                  .toList());
      assertThat(Files.readString(out.resolve("scored.csv"), StandardCharsets.UTF_8))
          .isEqualTo(Files.readString(scored, StandardCharsets.UTF_8));
      // The rejects are score's with the file in front.
      String expectedRejects =
          Files.readString(rejects, StandardCharsets.UTF_8)
              .replace("row,line,id,reason\n", "file,row,line,id,reason\n")
              .replaceAll(
                  "(?m)^(?!file,)(.+)$",
                  java.util.regex.Matcher.quoteReplacement(
                          input.toAbsolutePath().normalize().toString())
                      + ",$1");
      assertThat(Files.readString(out.resolve("rejects.csv"), StandardCharsets.UTF_8))
          .isEqualTo(expectedRejects);
      String[] scoreCounts = score.lastLine().split(" ");
      assertThat(spark.lastLine())
          .startsWith(
              String.join(" ", scoreCounts[0], scoreCounts[1], scoreCounts[2], scoreCounts[3]))
          .matches(".* postings_per_s=\\d+");

      if (input == torture) {
        // One thread per task: the file is read by two tasks, each scoring every other row.
        Path sliced = dir.resolve(name + ".sliced");
        CliRun slices = sparkScoreCsv(input, sliced, "--task-threads", "1");
        assertThat(slices.exitCode()).as(slices.err()).isZero();
        assertThat(Files.readString(sliced.resolve("scored.csv"), StandardCharsets.UTF_8))
            .isEqualTo(Files.readString(scored, StandardCharsets.UTF_8));
      }

      // The report from the aggregates is the report from an index of score's rows.
      Path index = dir.resolve(name + ".index");
      CliRun indexed =
          CliRun.of("index", "--input", scored.toString(), "--index", index.toString());
      assertThat(indexed.exitCode()).as(indexed.err()).isZero();
      // Every aggregates file, the tables no report uses yet included, is the index's tallies.
      Path tallied = dir.resolve(name + ".tallied");
      TallyFiles.write(
          ReportBuilder.tally(index, 10, Steps.NONE), Lexicon.bundled().version(), tallied);
      for (String file : TallyFiles.fileNames()) {
        assertThat(
                Files.readString(out.resolve("aggregates").resolve(file), StandardCharsets.UTF_8))
            .as(file)
            .isEqualTo(Files.readString(tallied.resolve(file), StandardCharsets.UTF_8));
      }
      assertSameReport(name, List.of("--index", index.toString()), out);
      assertSameReport(name, List.of("--index", index.toString(), "--quarter", "2025Q2"), out);
    }
  }

  /** {@code spark-score --csv} on {@code local[2]}, with {@code more} options. */
  private static CliRun sparkScoreCsv(Path input, Path out, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "spark-score",
                "--input",
                input.toString(),
                "--output",
                out.toString(),
                "--master",
                "local[2]",
                "--csv"));
    args.addAll(List.of(more));
    return CliRun.of(args.toArray(String[]::new));
  }

  /**
   * Writes the report from the index ({@code fromIndex}) and from the aggregates in {@code
   * sparkOut} with the same settings, and finds every file the same.
   */
  private void assertSameReport(String name, List<String> fromIndex, Path sparkOut)
      throws Exception {
    List<String> settings = new ArrayList<>(fromIndex.subList(2, fromIndex.size()));
    settings.addAll(List.of("--generated-at", "2026-01-01T00:00:00Z", "--min-count", "1"));
    Path lucene = dir.resolve(name + ".report." + settings.size() + ".index");
    Path spark = dir.resolve(name + ".report." + settings.size() + ".spark");
    List<String> one = new ArrayList<>(List.of("report", "--out", lucene.toString()));
    one.addAll(fromIndex.subList(0, 2));
    one.addAll(settings);
    List<String> two =
        new ArrayList<>(
            List.of("report", "--out", spark.toString(), "--aggregates", sparkOut.toString()));
    two.addAll(settings);
    for (List<String> args : List.of(one, two)) {
      CliRun run = CliRun.of(args.toArray(String[]::new));
      assertThat(run.exitCode()).as(args + ": " + run.err()).isZero();
    }
    String json = Files.readString(lucene.resolve("report.json"), StandardCharsets.UTF_8);
    assertThat(json).contains("\"examples\"");
    assertThat(Files.readString(spark.resolve("report.json"), StandardCharsets.UTF_8))
        .isEqualTo(json);
    List<String> files = new ArrayList<>(List.of("report.md", "report.html"));
    try (var tables = Files.list(lucene.resolve("tables"))) {
      tables.forEach(t -> files.add("tables/" + t.getFileName()));
    }
    assertThat(files).hasSizeGreaterThan(10);
    for (String file : files) {
      assertThat(Files.readString(spark.resolve(file), StandardCharsets.UTF_8))
          .as(file)
          .isEqualTo(Files.readString(lucene.resolve(file), StandardCharsets.UTF_8));
    }
  }

  @Test
  void refusesToMixWithAnEarlierRunUnlessToldToOverwrite() throws Exception {
    Path out = dir.resolve("out");
    Files.createDirectories(out.resolve("scored"));

    CliRun run =
        CliRun.of(
            "spark-score", "--input", Examples.POSTINGS.toString(), "--output", out.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("exists from an earlier run").contains("--overwrite");
  }

  @Test
  void namesAMissingInputBeforeAnythingRuns() {
    CliRun run =
        CliRun.of(
            "spark-score",
            "--input",
            dir.resolve("nowhere.csv").toString(),
            "--output",
            dir.resolve("out").toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("no such file: ").contains("nowhere.csv");
    assertThat(dir.resolve("out")).doesNotExist();
  }
}
