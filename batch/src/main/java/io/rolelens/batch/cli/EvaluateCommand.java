package io.rolelens.batch.cli;

import io.rolelens.analyzer.Analysis;
import io.rolelens.analyzer.PostingException;
import io.rolelens.analyzer.Role;
import io.rolelens.analyzer.RoleAnalyzer;
import io.rolelens.batch.evaluate.Evaluation;
import io.rolelens.batch.evaluate.LabelledCsv;
import io.rolelens.batch.evaluate.Split;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rolelens evaluate}: predicts each labelled posting's role from its description alone and
 * reports how often the prediction matches the label.
 */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = {
      "Measures how well the body alone predicts each labelled posting's role.",
      "Predicts each posting's role from its description alone (the title is not shown, and role names used as labels in the body do not count) and prints accuracy, per-class precision/recall/F1, the confusion matrix and, last, 'macro_f1=0.xxx accuracy=0.xxx n=N'.",
      "The CSV needs the columns id, title, description, role_label (others are ignored)."
    })
final class EvaluateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--lexicon", paramLabel = "FILE", description = "Use this lexicon file instead of the bundled one.")
  Path lexicon;

  @Option(names = "--input", required = true, paramLabel = "FILE.csv", description = "Labelled postings.")
  Path input;

  @Option(
      names = "--split",
      paramLabel = "all|train|test",
      description = "Which rows to score: all (default), or the fixed train or test split (30%% of ids by CRC-32).")
  String split = "all";

  @Option(names = "--errors", description = "Also list each misclassified row with its top evidence.")
  boolean errors;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Split which = parseSplit();
    RoleAnalyzer analyzer = AnalyzerHolder.get(lexicon);
    Evaluation evaluation = new Evaluation();
    int rejected = 0;
    try (CSVParser csv = LabelledCsv.open(input)) {
      for (CSVRecord row : csv) {
        String id = row.isMapped("id") && row.isSet("id") ? row.get("id") : "";
        String where = "row " + (row.getRecordNumber() + 1) + (id.isEmpty() ? "" : " (id " + id + ")");
        if (!row.isConsistent()) {
          err.println("rejected " + where + ": has " + row.size() + " fields, the header has " + csv.getHeaderMap().size());
          rejected++;
          continue;
        }
        if (!which.contains(id)) {
          continue;
        }
        Role label = Role.fromId(row.get("role_label")).orElse(null);
        if (label == null) {
          err.println("rejected " + where + ": role_label '" + row.get("role_label") + "' is not product_manager, project_manager or product_owner");
          rejected++;
          continue;
        }
        try {
          Analysis a = analyzer.analyze("", row.get("description"));
          Role predicted = a.profile().bestGuess();
          evaluation.add(label, predicted, !a.profile().sufficient());
          if (errors && predicted != label) {
            out.printf(Locale.ROOT, "miss %s: label %s, predicted %s [%s] %s%n", id, label.id(), predicted.id(),
                row.get("title"), a.profile().evidence().stream().limit(4).map(e -> e.phraseId() + "=" + e.contribution()).toList());
          }
        } catch (PostingException e) {
          err.println("rejected " + where + ": " + e.getMessage());
          rejected++;
        }
      }
    }
    if (rejected > 0) {
      err.println(rejected + " row(s) rejected, listed above");
    }
    out.printf(Locale.ROOT, "split: %s%n", which.id());
    out.print(evaluation.report());
    return 0;
  }

  private Split parseSplit() {
    try {
      return Split.valueOf(split.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--split must be all, train or test, was '" + split + "'");
    }
  }
}
