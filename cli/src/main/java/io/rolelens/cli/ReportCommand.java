package io.rolelens.cli;

import io.rolelens.analyzer.lexicon.Lexicon;
import io.rolelens.batch.PostingArchive;
import io.rolelens.batch.report.ReportBuilder;
import io.rolelens.batch.report.ReportWriter;
import io.rolelens.scoring.tally.TallyFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code rolelens report}: writes a quarterly role-confusion report from an index. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Writes a quarterly role-confusion report from an index, or from the aggregates"
          + " 'rolelens spark-score' wrote.",
      "Writes report.html (self-contained, inline SVG charts), report.md, report.json and"
          + " tables/*.csv. Without --quarter it covers every quarter in the index."
    })
final class ReportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Source source;

  /** Where the postings are read from: an index, or one or more aggregates folders. */
  static final class Source {
    @Option(names = "--index", paramLabel = "DIR", description = "The index directory.")
    Path index;

    @Option(
        names = "--aggregates",
        paramLabel = "DIR",
        description = {
          "A spark-score output folder (or the aggregates folder in it) instead of an index;"
              + " repeat to add up several runs (a posting in two runs then counts twice)."
        })
    List<Path> aggregates;
  }

  @Option(
      names = "--quarter",
      paramLabel = "YYYYQn",
      description = "One quarter, such as 2025Q3 (default: all).")
  String quarter;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "Where to write the report.")
  Path out;

  @Option(
      names = "--top",
      paramLabel = "N",
      converter = Counts.AtLeastOne.class,
      description = "Rows per breakdown and phrases per mismatch kind (default 10).")
  int top = 10;

  @Option(
      names = "--min-count",
      paramLabel = "N",
      converter = Counts.AtLeastOne.class,
      description = "Smallest group shown in a breakdown (default 5).")
  int minCount = 5;

  @Option(
      names = "--examples",
      paramLabel = "N",
      converter = Counts.AtLeastOne.class,
      description =
          "Example postings per mismatch kind (default 3, or as many as the aggregates kept if"
              + " fewer).")
  Integer examples;

  @Option(
      names = "--generated-at",
      paramLabel = "TIMESTAMP",
      description =
          "The time written in the report: an ISO-8601 date or date-time such as 2026-01-01 or"
              + " 2026-01-01T09:30:00Z (default: now, in that form).")
  String generatedAt;

  @Mixin QuietOption quietOption;

  @Override
  public Integer call() throws IOException {
    PrintWriter o = spec.commandLine().getOut();
    OutputDirectory.refuseFile(spec.commandLine(), "--out", out, "the report");
    for (Path in : source.index != null ? List.of(source.index) : source.aggregates) {
      if (SameFile.same(out, in)) {
        throw new ParameterException(
            spec.commandLine(),
            "--out "
                + out
                + (source.index != null ? " is the index directory" : " is an aggregates directory")
                + "; give another directory for the report");
      }
    }
    ReportBuilder builder;
    try {
      builder =
          new ReportBuilder()
              .quarter(quarter)
              .top(top)
              .minCount(minCount)
              .examples(examples == null ? ReportBuilder.DEFAULT_EXAMPLES : examples);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    if (generatedAt != null) {
      builder.generatedAt(isoDateOrTime(generatedAt));
    }
    if (source.index != null) {
      builder.lexiconVersion(Lexicon.bundled().version());
      try (Progress progress =
          Progress.steps("reading the index", " postings", quietOption.quiet)) {
        PostingArchive.at(source.index).writeReport(builder, out, progress);
      }
    } else {
      TallyFiles.Saved saved = TallyFiles.read(source.aggregates);
      builder.lexiconVersion(saved.lexiconVersion());
      if (examples == null) {
        builder.examples(Math.min(ReportBuilder.DEFAULT_EXAMPLES, saved.tallies().examplesKept()));
      }
      ReportWriter.write(builder.build(saved.tallies()), out);
    }
    o.println("wrote " + out.resolve("report.html") + ", report.md, report.json and tables/");
    return 0;
  }

  /** {@code text} when it is an ISO-8601 date or date-time; otherwise a usage error. */
  private String isoDateOrTime(String text) {
    for (DateTimeFormatter iso :
        List.of(DateTimeFormatter.ISO_DATE_TIME, DateTimeFormatter.ISO_DATE)) {
      try {
        iso.parse(text);
        return text;
      } catch (DateTimeParseException e) {
        // try the next form
      }
    }
    throw new ParameterException(
        spec.commandLine(),
        "--generated-at '"
            + text
            + "' is not an ISO-8601 date or date-time; give one such as 2026-01-01 or"
            + " 2026-01-01T09:30:00Z");
  }
}
