package io.rolelens.cli;

import io.rolelens.batch.PostingArchive;
import io.rolelens.batch.index.PostingIndexer;
import io.rolelens.scoring.csv.InputFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rolelens index}: adds a scored CSV to a Lucene index, replacing postings already there.
 */
@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    description = {
      "Adds the postings of a scored CSV (from 'rolelens score') to a Lucene index.",
      "The index has facets for quarter, title role, body role, body status, verdict, company,"
          + " location and seniority. Postings are keyed by id, so indexing the same file again"
          + " replaces them rather than adding copies."
    })
final class IndexCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--input",
      required = true,
      paramLabel = "SCORED.csv",
      description = "A scored CSV.")
  Path input;

  @Option(
      names = "--index",
      required = true,
      paramLabel = "DIR",
      description = "The index directory (created if needed).")
  Path index;

  @Mixin QuietOption quietOption;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    OutputDirectory.refuseFile(spec.commandLine(), "--index", index, "the index");
    PostingIndexer.Result r;
    try (Progress progress = Progress.over(input, "indexing", quietOption.quiet);
        Reader text = InputFiles.openText(input, progress::done)) {
      r = PostingArchive.at(index).add(text, AnalyzerHolder.get(null)::readTitle);
    }
    if (!r.hasBodies()) {
      err.println(
          "note: the scored CSV has no description column, so body: searches only the evidence"
              + " phrases; score with --include-description to search the full text");
    }
    r.repeatedIds().warning(PostingIndexer.Result.REPEATED_IDS).ifPresent(err::println);
    if (r.skipped() > 0) {
      err.printf(
          Locale.ROOT,
          "warning: skipped %d row(s) that cannot be indexed: %s%s%n",
          r.skipped(),
          String.join("; ", r.skippedRows()),
          r.skipped() > r.skippedRows().size() ? "; …" : "");
    }
    out.printf(
        Locale.ROOT,
        "added=%d replaced=%d skipped=%d index_total=%d%n",
        r.added(),
        r.replaced(),
        r.skipped(),
        r.total());
    return 0;
  }
}
