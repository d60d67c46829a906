package io.rolelens.batch.evaluate;

import io.rolelens.analyzer.Analysis;
import io.rolelens.analyzer.Role;
import io.rolelens.analyzer.score.BodyStatus;
import io.rolelens.analyzer.score.Judgement;
import io.rolelens.analyzer.score.Judgement.Thresholds;
import io.rolelens.analyzer.score.Verdict;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * Fits the numbers a verdict turns on ({@link Thresholds}: the title's share from which a body is
 * consistent, the share below which it is a mismatch, and the evidence below which it is too thin)
 * against readers' labels: of every point on a grid, the one whose verdicts agree with the readers
 * most often, as {@code evaluate} counts agreement; ties go to the better confusion-flag F1, then
 * to the point nearest the thresholds in use. Stateless and thread-safe.
 */
public final class VerdictFit {
  static final double[] CONSISTENT = {0.5, 0.55, 0.6, 0.65, 0.7};
  static final double[] MISMATCH = {0.2, 0.25, 0.3, 0.35, 0.4};
  static final double[] MIN_EVIDENCE = {1.0, 1.25, 1.5, 1.75, 2.0, 2.5};

  private VerdictFit() {}

  /**
   * One analysed posting: what its title leads a reader to expect, RoleLens's analysis and the
   * readers' label (not contested).
   */
  public record Sample(List<Role> titleRoles, Analysis analysis, BodyLabel label) {
    public Sample {
      titleRoles = List.copyOf(titleRoles);
    }

    /**
     * The verdict under {@code thresholds}: a body of another job is a mismatch under a role title,
     * one in another language unclear; the rest are judged again, thin ones included, since the
     * evidence threshold is fitted too. (The analysis may have been made without the title.)
     */
    Verdict verdict(Thresholds thresholds) {
      BodyStatus status = analysis.bodyStatus();
      if (status == BodyStatus.OTHER_JOB) {
        return Judgement.otherJob(titleRoles).verdict();
      }
      if (status == BodyStatus.NOT_ENGLISH) {
        return Verdict.UNCLEAR;
      }
      return Judgement.of(analysis.profile(), titleRoles, thresholds).verdict();
    }
  }

  /** How verdicts under some thresholds agree with the readers. */
  public record Score(int n, int agreeing, int flagged, int readersFlagged, int bothFlagged) {
    public double agreement() {
      return Ratios.share(agreeing, n);
    }

    public double flagPrecision() {
      return Ratios.share(bothFlagged, flagged);
    }

    public double flagRecall() {
      return Ratios.share(bothFlagged, readersFlagged);
    }

    double flagF1() {
      return Ratios.f1(flagPrecision(), flagRecall());
    }

    /** As a line: agreement, flag precision and recall with their counts. */
    public String describe() {
      return String.format(
          Locale.ROOT,
          "verdict agreement %.3f, flag precision %.3f recall %.3f (%d flagged, %d by the readers,"
              + " %d both; n=%d)",
          agreement(),
          flagPrecision(),
          flagRecall(),
          flagged,
          readersFlagged,
          bothFlagged,
          n);
    }
  }

  /** The best thresholds on the grid for these samples, and their score. */
  public record Fitted(Thresholds thresholds, Score score) {}

  /**
   * Scores the verdicts under {@code thresholds}, counted exactly as {@code evaluate} counts them.
   */
  public static Score score(List<Sample> samples, Thresholds thresholds) {
    return score(samples, i -> thresholds);
  }

  /**
   * Scores the verdicts of {@code samples}, sample {@code i} judged under {@code thresholds(i)}.
   */
  static Score score(List<Sample> samples, IntFunction<Thresholds> thresholds) {
    ReaderAgreement counts = new ReaderAgreement();
    for (int i = 0; i < samples.size(); i++) {
      Sample s = samples.get(i);
      counts.add(s.label(), s.titleRoles(), s.analysis(), s.verdict(thresholds.apply(i)));
    }
    return counts.verdicts();
  }

  /** The grid point that agrees best with the readers on {@code samples}. */
  public static Fitted fit(List<Sample> samples) {
    Fitted best = null;
    for (double consistent : CONSISTENT) {
      for (double mismatch : MISMATCH) {
        for (double minEvidence : MIN_EVIDENCE) {
          Thresholds t = new Thresholds(consistent, mismatch, minEvidence);
          Score s = score(samples, t);
          if (best == null || better(s, t, best)) {
            best = new Fitted(t, s);
          }
        }
      }
    }
    return best;
  }

  private static boolean better(Score s, Thresholds t, Fitted best) {
    if (s.agreeing() != best.score().agreeing()) {
      return s.agreeing() > best.score().agreeing();
    }
    if (Math.abs(s.flagF1() - best.score().flagF1()) > 1e-12) {
      return s.flagF1() > best.score().flagF1();
    }
    return distance(t) < distance(best.thresholds());
  }

  private static double distance(Thresholds t) {
    Thresholds now = Thresholds.FITTED;
    return Math.abs(t.consistentShare() - now.consistentShare())
        + Math.abs(t.mismatchShare() - now.mismatchShare())
        + Math.abs(t.minEvidence() - now.minEvidence()) / 5;
  }

  /** The thresholds cross-validated: fitted on all but one fold, scored on the held-out one. */
  public static final CrossValidation<Sample, Thresholds, Score> CROSS_VALIDATION =
      new CrossValidation<>(
          rows -> fit(rows).thresholds(), VerdictFit::score, VerdictFit::describe, Score::describe);

  /** The thresholds as a reader sees them. */
  public static String describe(Thresholds t) {
    return String.format(
        Locale.ROOT,
        "consistent from %.2f, mismatch below %.2f, evidence from %.2f",
        t.consistentShare(),
        t.mismatchShare(),
        t.minEvidence());
  }
}
