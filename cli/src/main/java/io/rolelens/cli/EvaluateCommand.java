package io.rolelens.cli;

import io.rolelens.analyzer.Analysis;
import io.rolelens.analyzer.PostingException;
import io.rolelens.analyzer.Role;
import io.rolelens.analyzer.RoleAnalyzer;
import io.rolelens.batch.evaluate.BodyLabel;
import io.rolelens.batch.evaluate.BodyLabels;
import io.rolelens.batch.evaluate.Evaluation;
import io.rolelens.batch.evaluate.LabelledCsv;
import io.rolelens.batch.evaluate.ReaderAgreement;
import io.rolelens.batch.evaluate.Split;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
      "Predicts each posting's role from its description alone (the title is not shown, and role"
          + " names used as labels in the body do not count) and prints accuracy, per-class"
          + " precision/recall/F1, the confusion matrix and, last, 'macro_f1=0.xxx accuracy=0.xxx"
          + " n=N'.",
      "With --body-labels, also holds each posting's verdict (with its title), body role and shares"
          + " against what readers blind to the title said its body describes, measures the"
          + " 'different job' body status against the readers' 'none' (a none row agrees with"
          + " unclear, or with a mismatch for another job), and ends with 'verdict_agreement=0.xxx"
          + " flag_precision=0.xxx flag_recall=0.xxx body_macro_f1=0.xxx n=N'.",
      "The CSV needs the columns id, title, description, role_label (others are ignored)."
    })
final class EvaluateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin LexiconOption lexicon;

  @Mixin LabelledInputOption labelled;

  @Option(
      names = "--split",
      paramLabel = "all|train|test",
      description =
          "Which rows to score: all (default), or the fixed train or test split (30%% of ids by"
              + " CRC-32).")
  String split = "all";

  @Option(
      names = "--errors",
      description =
          "Also list each misclassified row with its top evidence (with --body-labels: each verdict"
              + " the readers' label disagrees with).")
  boolean errors;

  @Option(
      names = "--body-labels",
      paramLabel = "FILE.csv",
      description =
          "What readers blind to the title said each body describes (id, body_role, mix, the three"
              + " shares, readings); contested rows are left out.")
  Path bodyLabels;

  @Mixin QuietOption quietOption;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Split which = parseSplit();
    RoleAnalyzer analyzer = lexicon.analyzer();
    Evaluation evaluation = new Evaluation();
    int[] rejectedLabels = {0};
    BodyLabels readers =
        bodyLabels == null
            ? null
            : BodyLabels.read(
                bodyLabels,
                reason -> {
                  err.println("rejected " + reason);
                  rejectedLabels[0]++;
                });
    ReaderAgreement agreement = new ReaderAgreement();
    int unlabelled = 0;
    int ambiguous = 0;
    int rejected = rejectedLabels[0];
    try (Progress progress = Progress.over(labelled.file, "evaluating", quietOption.quiet);
        CSVParser csv = LabelledCsv.open(labelled.file, progress::done)) {
      for (CSVRecord row : csv) {
        String id = row.isMapped("id") && row.isSet("id") ? row.get("id") : "";
        String where =
            "row " + (row.getRecordNumber() + 1) + (id.isEmpty() ? "" : " (id " + id + ")");
        if (!row.isConsistent()) {
          err.println(
              "rejected "
                  + where
                  + ": has "
                  + row.size()
                  + " fields, the header has "
                  + csv.getHeaderMap().size());
          rejected++;
          continue;
        }
        if (!which.contains(id)) {
          continue;
        }
        Role label = Role.fromId(row.get("role_label")).orElse(null);
        if (label == null) {
          err.println(
              "rejected "
                  + where
                  + ": role_label '"
                  + row.get("role_label")
                  + "' is not product_manager, project_manager or product_owner");
          rejected++;
          continue;
        }
        try {
          // The body's profile never depends on the title, so one analysis with the title serves
          // both the title labels (body alone) and the readers' labels (verdicts need the title).
          Analysis a =
              analyzer.analyze(readers == null ? "" : row.get("title"), row.get("description"));
          Role predicted = a.profile().bestGuess();
          evaluation.add(label, predicted, !a.profile().sufficient());
          if (errors && readers == null && predicted != label) {
            out.printf(
                Locale.ROOT,
                "miss %s: label %s, predicted %s [%s] %s%n",
                id,
                label.id(),
                predicted.id(),
                row.get("title"),
                evidence(a));
          }
          if (readers != null) {
            BodyLabel read = readers.find(id).orElse(null);
            if (readers.ambiguous(id)) {
              ambiguous++;
            } else if (read == null) {
              unlabelled++;
            } else if (read.kind() != BodyLabel.Kind.CONTESTED) {
              agreement.add(read, a.title().expectedRoles(), a);
              var expected = read.expectedVerdict(a.title().expectedRoles());
              if (errors && !ReaderAgreement.agrees(read, a.title().expectedRoles(), a)) {
                out.printf(
                    Locale.ROOT,
                    "disagree %s [%s]: readers %s (%s), RoleLens %s, body %s %s %s%n",
                    id,
                    row.get("title"),
                    expected.id(),
                    read.text(),
                    a.verdict().id(),
                    a.bodyRole() == null ? a.bodyStatus().id() : a.bodyRole().id(),
                    shares(a),
                    evidence(a));
              }
            }
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
    if (ambiguous > 0) {
      err.println(
          ambiguous
              + " row(s) share their id with another posting and were left out of the readers'"
              + " figures");
    }
    if (unlabelled > 0) {
      err.println(
          unlabelled + " row(s) have no body label and were left out of the readers' figures");
    }
    if (evaluation.n() == 0) {
      // A CI gate must not read 'macro_f1=0.000 n=0' as a measurement.
      throw new IOException(
          "no labelled rows in "
              + labelled.file
              + (which == Split.ALL ? "" : " (" + which.id() + " split)")
              + (rejected > 0 ? " (" + rejected + " rejected, listed above)" : "")
              + "; nothing to measure");
    }
    out.printf(Locale.ROOT, "split: %s%n", which.id());
    if (readers != null) {
      out.println("against the title labels (body alone):");
    }
    out.print(evaluation.report());
    if (readers != null) {
      out.println();
      out.print(agreement.report());
    }
    return 0;
  }

  private static String evidence(Analysis a) {
    return a.profile().evidence().stream()
        .limit(4)
        .map(e -> e.phraseId() + "=" + e.contribution())
        .toList()
        .toString();
  }

  private static String shares(Analysis a) {
    StringBuilder sb = new StringBuilder();
    for (Role r : Role.values()) {
      sb.append(sb.isEmpty() ? "" : "/").append(Math.round(a.profile().share(r) * 100));
    }
    return sb.toString();
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
