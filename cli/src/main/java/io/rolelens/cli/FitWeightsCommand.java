package io.rolelens.cli;

import io.rolelens.analyzer.Analysis;
import io.rolelens.analyzer.PostingException;
import io.rolelens.analyzer.Role;
import io.rolelens.analyzer.RoleAnalyzer;
import io.rolelens.analyzer.lexicon.Category;
import io.rolelens.analyzer.lexicon.Lexicon;
import io.rolelens.analyzer.otherjob.OtherJobRule;
import io.rolelens.analyzer.score.Evidence;
import io.rolelens.analyzer.score.Judgement;
import io.rolelens.analyzer.score.RoleProfile;
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
        CSVParser csv = LabelledCsv.open(labelled.file, progress::bytes)) {
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
      fitOtherJob(samples, out);
      fitSharpness(shareSamples, out);
      fitVerdicts(verdictSamples, out);
    }
    return 0;
  }

  /**
   * Fits and cross-validates the other-job rule against the readers' none bodies, beside the rule
   * in use.
   */
  private void fitOtherJob(List<OtherJobFit.Sample> samples, PrintWriter out) {
    out.printf(
        Locale.ROOT,
        "%nother-job rule against the readers' none (%d labelled train rows):%n",
        samples.size());
    if (folds >= 2) {
      OtherJobFit.Score held = OtherJobFit.crossValidate(samples, folds, out::println);
      out.printf(Locale.ROOT, "cross-validated held-out: %s%n", describe(held));
    }
    OtherJobFit.Fitted best = OtherJobFit.fit(samples);
    out.printf(
        Locale.ROOT,
        "in use: min cues %d, role weight per cue %.2f: %s%n",
        OtherJobRule.MIN_CUES,
        OtherJobRule.ROLE_WEIGHT_PER_CUE,
        describe(OtherJobFit.score(samples, OtherJobRule.FITTED)));
    out.printf(
        Locale.ROOT,
        "fitted: min cues %d, role weight per cue %.2f: %s%n",
        best.rule().minCues(),
        best.rule().roleWeightPerCue(),
        describe(best.score()));
  }

  /**
   * Fits and cross-validates the share sharpness against the readers' shares, beside the one in
   * use.
   */
  private void fitSharpness(List<SharpnessFit.Sample> samples, PrintWriter out) {
    out.printf(
        Locale.ROOT,
        "%nshare sharpness against the readers' shares (%d labelled train rows):%n",
        samples.size());
    if (folds >= 2) {
      SharpnessFit.Score held = SharpnessFit.crossValidate(samples, folds, out::println);
      out.printf(
          Locale.ROOT,
          "cross-validated held-out: share MAE %.4f (%d bodies)%n",
          held.mae(),
          held.bodies());
    }
    SharpnessFit.Score plain = SharpnessFit.score(samples, 1.0);
    out.printf(Locale.ROOT, "plain proportions: sharpness 1.00: share MAE %.4f%n", plain.mae());
    out.printf(
        Locale.ROOT,
        "in use: sharpness %.2f: share MAE %.4f%n",
        RoleProfile.SHARPNESS,
        SharpnessFit.score(samples, RoleProfile.SHARPNESS).mae());
    SharpnessFit.Fitted best = SharpnessFit.fit(samples);
    out.printf(
        Locale.ROOT,
        "fitted: sharpness %.2f: share MAE %.4f%n",
        best.sharpness(),
        best.score().mae());
  }

  /**
   * Fits and cross-validates the verdict thresholds against the readers' labels, beside those in
   * use.
   */
  private void fitVerdicts(List<VerdictFit.Sample> samples, PrintWriter out) {
    out.printf(
        Locale.ROOT,
        "%nverdict thresholds against the readers (%d labelled train rows, with their titles):%n",
        samples.size());
    if (folds >= 2) {
      VerdictFit.Score held = VerdictFit.crossValidate(samples, folds, out::println);
      out.printf(Locale.ROOT, "cross-validated held-out: %s%n", held.describe());
    }
    out.printf(
        Locale.ROOT,
        "in use: %s: %s%n",
        VerdictFit.describe(Judgement.Thresholds.FITTED),
        VerdictFit.score(samples, Judgement.Thresholds.FITTED).describe());
    VerdictFit.Fitted best = VerdictFit.fit(samples);
    out.printf(
        Locale.ROOT,
        "fitted: %s: %s%n",
        VerdictFit.describe(best.thresholds()),
        best.score().describe());
  }

  private static String describe(OtherJobFit.Score s) {
    return String.format(
        Locale.ROOT,
        "precision %.3f recall %.3f (%d called other_job, %d of them none, %d on bodies readers"
            + " gave a role; %d none bodies not thin or non-English)",
        s.precision(),
        s.recall(),
        s.called(),
        s.calledNone(),
        s.calledOnRoles(),
        s.noneNotThin());
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
