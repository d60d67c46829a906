package io.rolelens.cli;

import io.rolelens.analyzer.otherjob.OtherJobRule;
import io.rolelens.analyzer.score.Judgement;
import io.rolelens.analyzer.score.RoleProfile;
import io.rolelens.batch.evaluate.OtherJobFit;
import io.rolelens.batch.evaluate.SharpnessFit;
import io.rolelens.batch.evaluate.VerdictFit;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The fits {@code fit-weights --body-labels} makes against the readers' labels, each printed beside
 * the value in use and cross-validated over {@code folds} folds (none below 2): the other-job rule,
 * the share sharpness and the verdict thresholds.
 *
 * @param folds how many folds to cross-validate over
 * @param out where the fits are printed
 */
record ReaderFits(int folds, PrintWriter out) {
  /**
   * Fits and cross-validates the other-job rule against the readers' none bodies, beside the rule
   * in use.
   */
  void otherJob(List<OtherJobFit.Sample> samples) {
    heading(
        "other-job rule against the readers' none (%d labelled train rows):",
        samples, each -> describe(OtherJobFit.CROSS_VALIDATION.run(samples, folds, each)));
    OtherJobFit.Fitted best = OtherJobFit.fit(samples);
    setting(
        "in use",
        OtherJobFit.describe(OtherJobRule.FITTED),
        describe(OtherJobFit.score(samples, OtherJobRule.FITTED)));
    setting("fitted", OtherJobFit.describe(best.rule()), describe(best.score()));
  }

  /**
   * Fits and cross-validates the share sharpness against the readers' shares, beside the one in
   * use.
   */
  void sharpness(List<SharpnessFit.Sample> samples) {
    heading(
        "share sharpness against the readers' shares (%d labelled train rows):",
        samples, each -> SharpnessFit.CROSS_VALIDATION.run(samples, folds, each).describe());
    setting("plain proportions", SharpnessFit.describe(1.0), mae(SharpnessFit.score(samples, 1.0)));
    setting(
        "in use",
        SharpnessFit.describe(RoleProfile.SHARPNESS),
        mae(SharpnessFit.score(samples, RoleProfile.SHARPNESS)));
    SharpnessFit.Fitted best = SharpnessFit.fit(samples);
    setting("fitted", SharpnessFit.describe(best.sharpness()), mae(best.score()));
  }

  /**
   * Fits and cross-validates the verdict thresholds against the readers' labels, beside those in
   * use.
   */
  void verdicts(List<VerdictFit.Sample> samples) {
    heading(
        "verdict thresholds against the readers (%d labelled train rows, with their titles):",
        samples, each -> VerdictFit.CROSS_VALIDATION.run(samples, folds, each).describe());
    setting(
        "in use",
        VerdictFit.describe(Judgement.Thresholds.FITTED),
        VerdictFit.score(samples, Judgement.Thresholds.FITTED).describe());
    VerdictFit.Fitted best = VerdictFit.fit(samples);
    setting("fitted", VerdictFit.describe(best.thresholds()), best.score().describe());
  }

  /**
   * Prints a fit's heading after a blank line, {@code title} given the number of samples, and with
   * 2 or more folds the cross-validated held-out score {@code heldOut} describes, which prints each
   * fold's line to the consumer it is given as it goes.
   */
  private void heading(String title, List<?> samples, Function<Consumer<String>, String> heldOut) {
    out.printf(Locale.ROOT, "%n" + title + "%n", samples.size());
    if (folds >= 2) {
      out.printf(Locale.ROOT, "cross-validated held-out: %s%n", heldOut.apply(out::println));
    }
  }

  /** Prints one setting (in use, fitted) beside its score: "WHICH: SETTING: SCORE". */
  private void setting(String which, String setting, String score) {
    out.printf(Locale.ROOT, "%s: %s: %s%n", which, setting, score);
  }

  private static String mae(SharpnessFit.Score score) {
    return String.format(Locale.ROOT, "share MAE %.4f", score.mae());
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
}
