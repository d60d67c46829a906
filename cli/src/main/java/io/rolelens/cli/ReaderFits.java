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
  void sharpness(List<SharpnessFit.Sample> samples) {
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
  void verdicts(List<VerdictFit.Sample> samples) {
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
}
