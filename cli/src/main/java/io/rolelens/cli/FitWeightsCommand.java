package io.rolelens.cli;

import io.rolelens.analyzer.Analysis;
import io.rolelens.analyzer.PostingException;
import io.rolelens.analyzer.Role;
import io.rolelens.analyzer.RoleAnalyzer;
import io.rolelens.analyzer.lexicon.Category;
import io.rolelens.analyzer.lexicon.Lexicon;
import io.rolelens.analyzer.score.Evidence;
import io.rolelens.batch.evaluate.BodyLabel;
import io.rolelens.batch.evaluate.BodyLabels;
import io.rolelens.batch.evaluate.Fold;
import io.rolelens.batch.evaluate.LabelledCsv;
import io.rolelens.batch.evaluate.OtherJobFit;
import io.rolelens.batch.evaluate.SharpnessFit;
import io.rolelens.batch.evaluate.Split;
import io.rolelens.batch.evaluate.VerdictFit;
import io.rolelens.batch.evaluate.WeightFit;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code rolelens fit-weights}: fits the lexicon's role-weight and category-weight lines on the
 * TRAIN split of a labelled set and prints them, ready to paste into the lexicon.
 */
@Command(
    name = "fit-weights",
    mixinStandardHelpOptions = true,
    description = {
      "Fits the lexicon's role and category weights on the train split.",
      "Fits the lexicon's role-weight and category-weight calibration on the train split of a"
          + " labelled CSV (id, title, description, role_label) by coordinate ascent on macro-F1,"
          + " and prints the lines.",
      "With --body-labels, also fits the rule that makes a body another job (the fewest cues of"
          + " other jobs, and the role evidence each may outweigh) against the readers' 'none'"
          + " bodies of the train split, cross-validated, beside the rule in use."
    })
final class FitWeightsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin LabelledInputOption labelled;

  @Option(
      names = "--lexicon",
      paramLabel = "FILE",
      description = "Start from this lexicon instead of the bundled one.")
  Path lexicon;

  @Option(
      names = "--folds",
      paramLabel = "K",
      converter = Counts.AtLeastZero.class,
      description =
          "Also cross-validate the fit: K folds of the train split, fit on K-1, score the rest"
              + " (default 5; 0 skips it).")
  int folds = 5;

  @Option(
      names = "--body-labels",
      paramLabel = "FILE.csv",
      description =
          "What readers blind to the title said each body describes; fits the other-job rule"
              + " against their 'none' bodies.")
  Path bodyLabels;

  @Mixin QuietOption quietOption;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (folds == 1) {
      throw new ParameterException(
          spec.commandLine(), "--folds must be 0 (no cross-validation) or at least 2, was 1");
    }
    RoleAnalyzer analyzer = AnalyzerHolder.get(lexicon);
    Lexicon lex = analyzer.lexicon();
    Map<Role, Double> roles = new EnumMap<>(Role.class);
    for (Role r : Role.values()) {
      roles.put(r, lex.roleWeight(r));
    }
    Map<Category, Double> categories = new EnumMap<>(Category.class);
    for (Category c : Category.values()) {
      categories.put(c, lex.categoryWeight(c));
    }
    WeightFit fit = new WeightFit(roles, categories);
    BodyLabels readers =
        bodyLabels == null
            ? null
            : BodyLabels.read(
                bodyLabels, reason -> spec.commandLine().getErr().println("rejected " + reason));
    List<OtherJobFit.Sample> samples = new ArrayList<>();
    List<VerdictFit.Sample> verdictSamples = new ArrayList<>();
    List<SharpnessFit.Sample> shareSamples = new ArrayList<>();
    int n = 0;
    int unreadable = 0;
    try (Progress progress = Progress.over(labelled.file, "fitting", quietOption.quiet);
        CSVParser csv = LabelledCsv.open(labelled.file, progress::done)) {
      for (CSVRecord row : csv) {
        if (!row.isConsistent()) {
          continue;
        }
        Role label = Role.fromId(row.get("role_label")).orElse(null);
        if (label == null || !Split.TRAIN.contains(row.get("id"))) {
          continue;
        }
        try {
          Analysis a = analyzer.analyze("", row.get("description"));
          fit.add(toRow(label, a, lex));
          n++;
          BodyLabel read = readers == null ? null : readers.find(row.get("id")).orElse(null);
          if (read != null && read.kind() != BodyLabel.Kind.CONTESTED) {
            samples.add(OtherJobFit.Sample.of(a, read));
            verdictSamples.add(
                new VerdictFit.Sample(
                    analyzer.readTitle(row.get("title")).expectedRoles(), a, read));
            shareSamples.add(new SharpnessFit.Sample(a.profile(), read));
          }
        } catch (PostingException e) {
          unreadable++;
        }
      }
    }
    if (unreadable > 0) {
      spec.commandLine()
          .getErr()
          .printf(
              Locale.ROOT,
              "warning: skipped %d train row(s) whose description cannot be analysed%n",
              unreadable);
    }
    if (n == 0) {
      throw new IOException(labelled.file + " has no labelled rows in the train split to fit on");
    }
    if (folds > n) {
      throw new ParameterException(
          spec.commandLine(),
          "--folds "
              + folds
              + " is more than the "
              + n
              + " train rows; use --folds 0 to skip cross-validation");
    }
    crossValidate(fit.rows(), roles, categories, out);
    double before = fit.score();
    double after = fit.fit();
    out.printf(Locale.ROOT, "train rows: %d; macro_f1 before=%.3f after=%.3f%n", n, before, after);
    fit.roleWeights()
        .forEach((r, w) -> out.printf(Locale.ROOT, "role-weight: %s %s%n", r.id(), format(w)));
    fit.categoryWeights()
        .forEach(
            (c, w) -> {
              if (c.isEvidence() && w != 1.0) {
                out.printf(Locale.ROOT, "category-weight: %s %s%n", c.id(), format(w));
              }
            });
    if (readers != null) {
      ReaderFits fits = new ReaderFits(folds, out);
      fits.otherJob(samples);
      fits.sharpness(shareSamples);
      fits.verdicts(verdictSamples);
    }
    return 0;
  }

  /** Fits on K-1 folds and scores the held-out fold, to show whether the fit generalises. */
  private void crossValidate(
      List<WeightFit.Row> rows,
      Map<Role, Double> roles,
      Map<Category, Double> categories,
      PrintWriter out) {
    if (folds < 2) {
      return;
    }
    double sumBefore = 0;
    double sumAfter = 0;
    for (int k = 0; k < folds; k++) {
      Fold<WeightFit.Row> rowsOfFold = Fold.of(rows, folds, k);
      WeightFit fold = new WeightFit(roles, categories);
      rowsOfFold.fitOn().forEach(fold::add);
      double before = fold.score(rowsOfFold.heldOut());
      fold.fit();
      double after = fold.score(rowsOfFold.heldOut());
      sumBefore += before;
      sumAfter += after;
      out.printf(Locale.ROOT, "fold %d: held-out macro_f1 %.3f -> %.3f%n", k + 1, before, after);
    }
    out.printf(
        Locale.ROOT,
        "cross-validated held-out macro_f1: before=%.3f after=%.3f%n",
        sumBefore / folds,
        sumAfter / folds);
  }

  /** The posting's evidence with the lexicon's current calibration divided out. */
  private static WeightFit.Row toRow(Role label, Analysis a, Lexicon lex) {
    if (!a.language().isEnglish()) {
      return new WeightFit.Row(label, List.of(), a.profile().bestGuess());
    }
    List<WeightFit.Item> items = new ArrayList<>();
    for (Evidence e : a.profile().evidence()) {
      double calibration = lex.roleWeight(e.role()) * lex.categoryWeight(e.category());
      items.add(new WeightFit.Item(e.role(), e.category(), e.contribution() / calibration));
    }
    return new WeightFit.Row(label, items, null);
  }

  private static String format(double w) {
    return String.format(Locale.ROOT, "%.2f", w).replaceAll("0$", "");
  }
}
