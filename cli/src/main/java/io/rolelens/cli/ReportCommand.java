package io.rolelens.cli;

import io.rolelens.analyzer.lexicon.Lexicon;
import io.rolelens.batch.PostingArchive;
import io.rolelens.batch.report.ReportBuilder;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
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
      "Writes a quarterly role-confusion report from an index.",
      "Writes report.html (self-contained, inline SVG charts), report.md, report.json and"
          + " tables/*.csv. Without --quarter it covers every quarter in the index."
    })
final class ReportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin IndexOption indexOption;

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
      description = "Example postings per mismatch kind (default 3).")
  int examples = 3;

  @Option(
      names = "--generated-at",
      paramLabel = "TIMESTAMP",
      description = "The time written in the report (default: now).")
  String generatedAt;

  @Mixin QuietOption quietOption;

  @Override
  public Integer call() throws IOException {
    PrintWriter o = spec.commandLine().getOut();
    OutputDirectory.refuseFile(spec.commandLine(), "--out", out, "the report");
    if (SameFile.same(out, indexOption.dir)) {
      throw new ParameterException(
          spec.commandLine(),
          "--out " + out + " is the index directory; give another directory for the report");
    }
    ReportBuilder builder;
    try {
      builder = new ReportBuilder().quarter(quarter).top(top).minCount(minCount).examples(examples);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    builder.lexiconVersion(Lexicon.bundled().version());
    if (generatedAt != null) {
      builder.generatedAt(generatedAt);
    }
    try (Progress progress = Progress.steps("reading the index", " postings", quietOption.quiet)) {
      PostingArchive.at(indexOption.dir).writeReport(builder, out, progress);
    }
    o.println("wrote " + out.resolve("report.html") + ", report.md, report.json and tables/");
    return 0;
  }
}
