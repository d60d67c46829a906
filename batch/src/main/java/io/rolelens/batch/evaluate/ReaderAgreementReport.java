package io.rolelens.batch.evaluate;

import io.rolelens.analyzer.Role;
import java.util.Locale;

/**
 * What {@code evaluate --body-labels} prints of a {@link ReaderAgreement}: each figure against the
 * readers with the counts behind it, the verdict matrix, and a last line a script can read.
 */
final class ReaderAgreementReport {
  private ReaderAgreementReport() {}

  /** The report of {@code a}. */
  static String of(ReaderAgreement a) {
    VerdictFit.Score verdicts = a.verdicts();
    OtherJobFit.Score otherJob = a.otherJob();
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "against the readers' body labels (%d postings, contested left out; titles used):%n",
            a.n()));
    out.append(
        String.format(Locale.ROOT, "  verdict agreement             %.3f%n", verdicts.agreement()));
    out.append(
        String.format(
            Locale.ROOT,
            "  confusion flags: precision    %.3f (%d flagged, %d by the readers, %d both)%n",
            verdicts.flagPrecision(),
            verdicts.flagged(),
            verdicts.readersFlagged(),
            verdicts.bothFlagged()));
    out.append(
        String.format(
            Locale.ROOT, "  confusion flags: recall       %.3f%n", verdicts.flagRecall()));
    out.append(
        String.format(Locale.ROOT, "  body-role macro-F1            %.3f (", a.bodyMacroF1()));
    for (Role r : Role.values()) {
      out.append(
          String.format(
              Locale.ROOT, "%s%s %.3f", r.ordinal() == 0 ? "" : ", ", r.id(), a.bodyF1(r)));
    }
    out.append(String.format(Locale.ROOT, "; on the bodies readers gave one role)%n"));
    out.append(
        String.format(
            Locale.ROOT,
            "  share mean absolute error     %.3f (%d bodies readers gave a role or a mix)%n",
            a.shareMae(),
            a.shareRows));
    out.append(
        String.format(
            Locale.ROOT, "  clear postings called unclear %.3f%n", a.clearCalledUnclear()));
    out.append(
        String.format(
            Locale.ROOT,
            "  no body role vs readers' none precision %.3f, recall %.3f (%d called, %d none, %d"
                + " both)%n",
            Ratios.share(a.bothNoRole, a.calledNoRole),
            Ratios.share(a.bothNoRole, a.readersNone),
            a.calledNoRole,
            a.readersNone,
            a.bothNoRole));
    out.append(
        String.format(
            Locale.ROOT,
            "  different job vs readers' none precision %.3f (%d called other_job, %d of them"
                + " none)%n",
            otherJob.precision(),
            otherJob.called(),
            otherJob.calledNone()));
    out.append(
        String.format(
            Locale.ROOT,
            "  different job vs readers' none recall    %.3f of the %d none bodies RoleLens finds"
                + " neither thin nor non-English; %.3f of all %d none%n",
            otherJob.recall(),
            otherJob.noneNotThin(),
            a.otherJobRecallOfAllNone(),
            a.readersNone));
    out.append(
        String.format(
            Locale.ROOT,
            "  note: the readers' none is a thin body (calls for unclear) or a different job"
                + " (mismatch under a role title);%n        %d none row(s) RoleLens calls mismatch"
                + " for another job count as agreeing and are left out of the flag counts%n",
            a.otherJobMismatchesOnNone));
    out.append(
        a.verdictMatrix.text(
            "verdicts (rows: the readers' label calls for, columns: RoleLens)", 12, 11));
    out.append(
        String.format(
            Locale.ROOT,
            "%nverdict_agreement=%.3f flag_precision=%.3f flag_recall=%.3f body_macro_f1=%.3f"
                + " n=%d%n",
            verdicts.agreement(),
            verdicts.flagPrecision(),
            verdicts.flagRecall(),
            a.bodyMacroF1(),
            verdicts.n()));
    return out.toString();
  }
}
