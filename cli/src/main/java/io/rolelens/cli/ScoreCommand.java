package io.rolelens.cli;

import io.rolelens.scoring.AtomicOutput;
import io.rolelens.scoring.BatchScorer;
import io.rolelens.scoring.ScoreSummary;
import io.rolelens.scoring.ScoredPosting;
import io.rolelens.scoring.csv.Column;
import io.rolelens.scoring.csv.PostingReader;
import io.rolelens.scoring.csv.RejectRow;
import io.rolelens.scoring.csv.UnreadableInputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code rolelens score}: scores every posting of a CSV or TSV export into a scored CSV. */
@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    description = {
      "Scores every posting of a CSV/TSV export (optionally .gz).",
      "Writes one row per posting with the title role, body role, shares, confusion score, verdict,"
          + " evidence and duplicate_of. Rows that cannot be scored go to the rejects file with"
          + " their row number and reason; the last line printed is 'rows_in=N scored=N rejected=N"
          + " duplicates=N undated=N'.",
      "A row with a field over 2,000,000 characters is rejected without the field being read whole."
          + " If the file cannot be read to its end (a truncated .gz, a quote left open), nothing"
          + " is written and the exit code is 1. The outputs may not be the input or each other.",
      "Text cells a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a"
          + " carriage return) are written with a ' in front, as is a text cell that starts with ';"
          + " 'rolelens index' takes one ' off again."
    })
final class ScoreCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--input",
      required = true,
      paramLabel = "FILE",
      description = "A .csv, .tsv, .csv.gz or .tsv.gz export with a header row.")
  Path input;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description = "The scored CSV (default: beside the input, NAME.scored.csv).")
  Path output;

  @Option(
      names = "--rejects",
      paramLabel = "FILE",
      description = "Rows that could not be scored (default: NAME.rejects.csv beside the output).")
  Path rejects;

  @Option(
      names = "--columns",
      split = ",",
      paramLabel = "KEY=HEADER",
      description =
          "Which header names hold id, title, description, company, location, date, e.g. --columns"
              + " title=Job Title,description=Body.")
  Map<String, String> columns = new LinkedHashMap<>();

  @Option(
      names = "--include-description",
      description = "Append the description as plain text, so 'index' can search it.")
  boolean includeDescription;

  @Mixin ThreadsOption threadsOption;

  @Mixin LexiconOption lexicon;

  @Mixin QuietOption quietOption;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ScoreFiles files;
    try {
      columns.keySet().forEach(Column::ofKey);
      files = ScoreFiles.choose(input, output, rejects);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    BatchScorer scorer = new BatchScorer(lexicon.analyzer(), threadsOption.threads);
    ScoreSummary summary;
    try (Progress progress = Progress.over(input, "scoring", quietOption.quiet);
        PostingReader reader = PostingReader.open(input, progress::done, columns);
        AtomicOutput scored = AtomicOutput.create(files.scored());
        AtomicOutput rejected = AtomicOutput.create(files.rejects())) {
      err.println("columns: " + reader.columns().describe());
      reader.columns().warnings().forEach(w -> err.println("warning: " + w));
      CSVPrinter scoredCsv = new CSVPrinter(scored.writer(), ScoredPosting.CSV_FORMAT);
      CSVPrinter rejectsCsv = new CSVPrinter(rejected.writer(), ScoredPosting.CSV_FORMAT);
      List<String> header = new java.util.ArrayList<>(ScoredPosting.HEADER);
      if (includeDescription) {
        header.add(ScoredPosting.DESCRIPTION);
      }
      scoredCsv.printRecord(header);
      rejectsCsv.printRecord(RejectRow.HEADER);
      summary =
          scorer.run(
              reader,
              new ScoreSink(
                  p -> scoredCsv.printRecord(p.cells(includeDescription)),
                  r -> rejectsCsv.printRecord(RejectRow.cells(r))),
              progress::rows);
      scoredCsv.flush();
      rejectsCsv.flush();
      scored.commit();
      rejected.commit();
    } catch (UnreadableInputException e) {
      // The outputs were closed uncommitted above: their temporary files are gone, the final names
      // untouched.
      throw new IOException(e.getMessage() + "; nothing was written", e);
    }
    summary.notes(files.rejects().toString()).forEach(err::println);
    err.println("wrote " + files.scored());
    out.println(summary.line());
    return 0;
  }
}
