package io.rolelens.batch.evaluate;

import io.rolelens.analyzer.Analysis;
import io.rolelens.analyzer.otherjob.OtherJobRule;
import io.rolelens.analyzer.score.BodyStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * Fits the rule that makes a body another job ({@link OtherJobRule}) against readers' labels: of
 * every rule on a grid, the one whose other_job calls agree best (F1) with the readers' {@code
 * none} bodies, counting recall over the none bodies the rule leaves neither thin nor non-English,
 * as {@code evaluate} does. Ties go to the rule that calls fewer bodies readers gave a role, then
 * to the stricter rule. Stateless and thread-safe.
 */
public final class OtherJobFit {
  /** The fewest and most cues a candidate rule may ask for. */
  static final int MIN_CUES_FROM = 1;

  static final int MIN_CUES_TO = 8;

  /** The candidate role weights per cue: 0.25 to 4.0 in steps of 0.25. */
  static final double WEIGHT_STEP = 0.25;

  static final double WEIGHT_TO = 4.0;

  /**
   * One analysed posting with its readers' label.
   *
   * @param analysis RoleLens's analysis of the body
   * @param readersNone whether readers said the body describes none of the three roles
   * @param readersRole whether readers gave the body a role or a mix of two
   */
  public record Sample(Analysis analysis, boolean readersNone, boolean readersRole) {
    /** The sample of a non-contested label. */
    public static Sample of(Analysis analysis, BodyLabel label) {
      return new Sample(analysis, label.kind() == BodyLabel.Kind.NONE, label.hasShares());
    }

    BodyStatus status(OtherJobRule rule) {
      return BodyStatus.of(analysis.language(), analysis.profile(), analysis.otherJob(), rule);
    }
  }

  /**
   * How a rule's other_job calls agree with the readers' none.
   *
   * @param called bodies called other_job
   * @param calledNone of those, the ones readers call none
   * @param noneNotThin the readers' none bodies the rule leaves neither thin nor non-English
   * @param calledOnRoles other_job calls on bodies readers gave a role or a mix
   */
  public record Score(int called, int calledNone, int noneNotThin, int calledOnRoles) {
    /** Of the other_job calls, the share readers call none. */
    public double precision() {
      return Ratios.share(calledNone, called);
    }

    /** Of the none bodies neither thin nor non-English, the share called other_job. */
    public double recall() {
      return Ratios.share(calledNone, noneNotThin);
    }

    /** The harmonic mean of precision and recall. */
    public double f1() {
      return Ratios.f1(precision(), recall());
    }
  }

  /** A rule with its score on the samples it was fitted on. */
  public record Fitted(OtherJobRule rule, Score score) {}

  private OtherJobFit() {}

  /** How {@code rule} does on {@code samples}. */
  public static Score score(List<Sample> samples, OtherJobRule rule) {
    return score(samples, i -> rule);
  }

  /** How {@code samples} do, sample {@code i} under {@code rule(i)}. */
  static Score score(List<Sample> samples, IntFunction<OtherJobRule> rule) {
    int called = 0;
    int calledNone = 0;
    int noneNotThin = 0;
    int calledOnRoles = 0;
    for (int i = 0; i < samples.size(); i++) {
      Sample s = samples.get(i);
      BodyStatus status = s.status(rule.apply(i));
      boolean other = status == BodyStatus.OTHER_JOB;
      called += other ? 1 : 0;
      calledNone += other && s.readersNone() ? 1 : 0;
      calledOnRoles += other && s.readersRole() ? 1 : 0;
      noneNotThin += s.readersNone() && (other || status == BodyStatus.OK) ? 1 : 0;
    }
    return new Score(called, calledNone, noneNotThin, calledOnRoles);
  }

  /** The best rule on the grid for {@code samples}. */
  public static Fitted fit(List<Sample> samples) {
    Comparator<Fitted> better =
        Comparator.comparingDouble((Fitted f) -> f.score().f1())
            .thenComparing(f -> -f.score().calledOnRoles())
            .thenComparingInt(f -> f.rule().minCues())
            .thenComparingDouble(f -> -f.rule().roleWeightPerCue());
    return candidates().stream()
        .map(r -> new Fitted(r, score(samples, r)))
        .max(better)
        .orElseThrow();
  }

  /** The rule cross-validated: fitted on all but one fold, scored on the held-out one. */
  public static final CrossValidation<Sample, OtherJobRule, Score> CROSS_VALIDATION =
      new CrossValidation<>(
          rows -> fit(rows).rule(),
          OtherJobFit::score,
          OtherJobFit::describe,
          s ->
              String.format(
                  Locale.ROOT,
                  "%d called other_job, %d of them none; %d none bodies not thin",
                  s.called(),
                  s.calledNone(),
                  s.noneNotThin()));

  /** A rule as a reader sees it: "min cues 3, role weight per cue 2.50". */
  public static String describe(OtherJobRule rule) {
    return String.format(
        Locale.ROOT,
        "min cues %d, role weight per cue %.2f",
        rule.minCues(),
        rule.roleWeightPerCue());
  }

  static List<OtherJobRule> candidates() {
    List<OtherJobRule> rules = new ArrayList<>();
    for (int cues = MIN_CUES_FROM; cues <= MIN_CUES_TO; cues++) {
      for (double w = WEIGHT_STEP; w <= WEIGHT_TO + 1e-9; w += WEIGHT_STEP) {
        rules.add(new OtherJobRule(cues, Math.round(w * 100) / 100.0));
      }
    }
    return rules;
  }
}
