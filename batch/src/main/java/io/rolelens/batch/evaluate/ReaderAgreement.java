package io.rolelens.batch.evaluate;

import io.rolelens.analyzer.Analysis;
import io.rolelens.analyzer.Role;
import io.rolelens.analyzer.score.BodyStatus;
import io.rolelens.analyzer.score.Verdict;
import java.util.List;

/**
 * How RoleLens's verdicts, body roles and shares agree with readers who read each body blind to its
 * title ({@link BodyLabel}): verdict agreement, confusion-flag (mixed or mismatch) precision and
 * recall, body-role F1 per role on the bodies readers gave one role, the mean absolute error of the
 * shares, the share of clear postings called unclear, how well "no body role" matches the readers'
 * "none", and how well the "different job" status ({@link BodyStatus#OTHER_JOB}) does against it.
 *
 * <p>The readers' {@code none} covers both a body too thin to call and a different job altogether;
 * the first calls for {@code unclear}, the second for {@code mismatch} under a role title. So a
 * {@code none} row agrees with RoleLens's verdict when RoleLens says {@code unclear}, or {@code
 * mismatch} because it found another job; such a mismatch is left out of the confusion-flag counts
 * (neither a flag of RoleLens's nor one of the readers'), where the readers' label cannot say which
 * of the two it meant, and is judged by the different-job precision instead. Contested rows are
 * never added. Not thread-safe.
 */
public final class ReaderAgreement {
  /** Index of "no role" in the body-role matrix, after the three roles. */
  private static final int NO_ROLE = Role.values().length;

  final CountMatrix<Verdict> verdictMatrix = new CountMatrix<>(Verdict.class);
  private final int[][] bodies = new int[Role.values().length][Role.values().length + 1];
  private int flagged;
  private int readersFlagged;
  private int bothFlagged;
  private double shareErrors;
  int shareRows;
  int readersNone;
  int calledNoRole;
  int bothNoRole;
  private int calledOtherJob;
  private int bothOtherJob;
  private int otherJobOnRoles;
  private int readersNoneNotThin;
  int otherJobMismatchesOnNone;
  private int agreeing;

  /** Adds one posting: the readers' label, the roles its title names and RoleLens's analysis. */
  public void add(BodyLabel label, List<Role> titleRoles, Analysis a) {
    add(label, titleRoles, a, a.verdict());
  }

  /**
   * Adds one posting judged with {@code actual} instead of the analysis's own verdict, as when
   * fitting the verdict thresholds ({@link VerdictFit}).
   */
  void add(BodyLabel label, List<Role> titleRoles, Analysis a, Verdict actual) {
    Verdict expected = label.expectedVerdict(titleRoles);
    verdictMatrix.add(expected, actual);
    boolean agrees = agrees(label, titleRoles, actual, a.bodyStatus());
    agreeing += agrees ? 1 : 0;
    boolean none = label.kind() == BodyLabel.Kind.NONE;
    boolean otherJob = a.bodyStatus() == BodyStatus.OTHER_JOB;
    if (none && actual != expected && agrees) {
      otherJobMismatchesOnNone++;
    } else {
      boolean flag = isFlag(actual);
      boolean readersFlag = isFlag(expected);
      flagged += flag ? 1 : 0;
      readersFlagged += readersFlag ? 1 : 0;
      bothFlagged += flag && readersFlag ? 1 : 0;
    }
    Role body = a.bodyRole();
    if (label.kind() == BodyLabel.Kind.ROLE) {
      bodies[label.role().ordinal()][body == null ? NO_ROLE : body.ordinal()]++;
    }
    if (label.hasShares()) {
      shareErrors += label.shareError(a.profile()::share);
      shareRows++;
    }
    readersNone += none ? 1 : 0;
    calledNoRole += body == null ? 1 : 0;
    bothNoRole += none && body == null ? 1 : 0;
    calledOtherJob += otherJob ? 1 : 0;
    bothOtherJob += none && otherJob ? 1 : 0;
    otherJobOnRoles += otherJob && label.hasShares() ? 1 : 0;
    boolean thinOrForeign =
        a.bodyStatus() == BodyStatus.THIN || a.bodyStatus() == BodyStatus.NOT_ENGLISH;
    readersNoneNotThin += none && !thinOrForeign ? 1 : 0;
  }

  /**
   * Whether RoleLens's verdict is the one the readers' label calls for, or, for a none row, a
   * mismatch because RoleLens found another job (see the class comment).
   */
  public static boolean agrees(BodyLabel label, List<Role> titleRoles, Analysis a) {
    return agrees(label, titleRoles, a.verdict(), a.bodyStatus());
  }

  /**
   * Whether a verdict on a body of this status agrees with the readers' label, as {@link
   * #agrees(BodyLabel, List, Analysis)}.
   */
  public static boolean agrees(
      BodyLabel label, List<Role> titleRoles, Verdict actual, BodyStatus status) {
    Verdict expected = label.expectedVerdict(titleRoles);
    return actual == expected
        || label.kind() == BodyLabel.Kind.NONE
            && status == BodyStatus.OTHER_JOB
            && actual == Verdict.MISMATCH;
  }

  private static boolean isFlag(Verdict v) {
    return v == Verdict.MIXED || v == Verdict.MISMATCH;
  }

  /**
   * Verdict agreement and the confusion flags (mixed or mismatch) of RoleLens and of the readers,
   * those counted as {@code none} agreeing left out of the flags.
   */
  public VerdictFit.Score verdicts() {
    return new VerdictFit.Score(n(), agreeing, flagged, readersFlagged, bothFlagged);
  }

  /** Postings added. */
  public int n() {
    return verdictMatrix.total();
  }

  /**
   * How the different-job status agrees with the readers' none, counted as {@link OtherJobFit}
   * counts a rule: precision over the bodies RoleLens finds to be another job, recall over the
   * readers' none bodies it finds neither thin nor non-English (so those with a body role or
   * another job).
   */
  public OtherJobFit.Score otherJob() {
    return new OtherJobFit.Score(calledOtherJob, bothOtherJob, readersNoneNotThin, otherJobOnRoles);
  }

  /** Of all the readers' none bodies, the share RoleLens finds to be another job. */
  public double otherJobRecallOfAllNone() {
    return Ratios.share(bothOtherJob, readersNone);
  }

  /** F1 of one body role, on the bodies readers gave one role ("no role" counts as a miss). */
  public double bodyF1(Role r) {
    int truePositive = bodies[r.ordinal()][r.ordinal()];
    int predicted = 0;
    int actual = 0;
    for (Role other : Role.values()) {
      predicted += bodies[other.ordinal()][r.ordinal()];
    }
    for (int c : bodies[r.ordinal()]) {
      actual += c;
    }
    return Ratios.f1(Ratios.share(truePositive, predicted), Ratios.share(truePositive, actual));
  }

  /** Mean of the three body-role F1s. */
  public double bodyMacroF1() {
    double sum = 0;
    for (Role r : Role.values()) {
      sum += bodyF1(r);
    }
    return sum / Role.values().length;
  }

  /** Mean absolute error of the three shares, on bodies readers gave a role or a mix. */
  public double shareMae() {
    return Ratios.share(shareErrors, shareRows);
  }

  /** Of the postings whose readers' label calls for a verdict, the share RoleLens calls unclear. */
  public double clearCalledUnclear() {
    int clear = 0;
    int unclear = 0;
    for (Verdict expected : Verdict.values()) {
      if (expected == Verdict.UNCLEAR) {
        continue;
      }
      clear += verdictMatrix.rowTotal(expected);
      unclear += verdictMatrix.count(expected, Verdict.UNCLEAR);
    }
    return Ratios.share(unclear, clear);
  }

  /**
   * The report, ending with {@code verdict_agreement=… flag_precision=… flag_recall=…
   * body_macro_f1=… n=…} (see {@link ReaderAgreementReport}).
   */
  public String report() {
    return ReaderAgreementReport.of(this);
  }
}
