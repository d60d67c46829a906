package io.rolelens.batch.mine;

import io.rolelens.scoring.csv.SpreadsheetSafe;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Writes mined phrases for a person ({@link #text}: a header, each phrase with its score, counts
 * and examples, and a last line of figures) or for a spreadsheet or script ({@link #tsv}: one row
 * per phrase under a header row, tabs and line breaks in cells turned into spaces, text cells that
 * could run as a formula quoted as {@link SpreadsheetSafe} does). Stateless and thread-safe.
 */
public final class PhraseListing {
  private PhraseListing() {}

  /**
   * The listing for a person; the last line is {@code listed=N candidates=N skipped_known=N
   * skipped_role_names=N foreground=N background=N}.
   */
  public static void text(MinedPhrases m, String lexiconVersion, PrintWriter out) {
    MinedPhrases.Side fg = m.foreground();
    MinedPhrases.Side bg = m.background();
    out.printf(
        Locale.ROOT,
        "Phrases of %d-%d words more frequent in %s postings (%,d) than in %s (%,d),"
            + " in %d or more %s postings, not matched by lexicon %s.%n",
        m.minWords(),
        m.maxWords(),
        fg.label(),
        fg.postings(),
        bg.label(),
        bg.postings(),
        m.minPostings(),
        fg.label(),
        lexiconVersion);
    out.printf(
        Locale.ROOT,
        "Score: Dunning's log-likelihood G² over posting counts, %.2f or more (3.84 is p = 0.05 and"
            + " 10.83 p = 0.001 for one phrase alone). Counts: postings holding the phrase, each"
            + " once.%n",
        m.minScore());
    out.printf(Locale.ROOT, "Foreground: %s.%nBackground: %s.%n", fg.describe(), bg.describe());
    int width = Math.max(fg.label().length(), bg.label().length()) + 16;
    out.printf(
        Locale.ROOT,
        "%n%4s  %8s  %-" + width + "s  %-" + width + "s  %s%n",
        "rank",
        "G²",
        fg.label(),
        bg.label(),
        "phrase  [as the lexicon normalises it]");
    int rank = 0;
    for (MinedPhrase p : m.phrases()) {
      out.printf(
          Locale.ROOT,
          "%4d  %8.1f  %-" + width + "s  %-" + width + "s  %s  [%s]%n",
          ++rank,
          p.score(),
          share(p.foreground(), fg.postings()),
          share(p.background(), bg.postings()),
          p.phrase(),
          p.normalized());
      for (Example e : p.examples()) {
        out.printf(Locale.ROOT, "        - %s  (%s)%n", e.text(), e.postingId());
      }
    }
    out.printf(
        Locale.ROOT,
        "%nlisted=%d candidates=%d skipped_known=%d skipped_role_names=%d foreground=%d"
            + " background=%d%n",
        m.phrases().size(),
        m.candidates(),
        m.skippedKnown(),
        m.skippedRoleNames(),
        fg.postings(),
        bg.postings());
  }

  /** One header row, then one row per phrase. */
  public static void tsv(MinedPhrases m, PrintWriter out) {
    List<String> header =
        new ArrayList<>(
            List.of(
                "rank",
                "phrase",
                "normalized",
                "g2",
                "foreground_postings",
                "foreground_total",
                "background_postings",
                "background_total"));
    for (int k = 1; k <= Shortlist.EXAMPLES; k++) {
      header.add("example_" + k);
    }
    header.add("example_ids");
    out.println(String.join("\t", header));
    int rank = 0;
    for (MinedPhrase p : m.phrases()) {
      List<String> row =
          new ArrayList<>(
              List.of(
                  Integer.toString(++rank),
                  p.phrase(),
                  p.normalized(),
                  String.format(Locale.ROOT, "%.2f", p.score()),
                  Integer.toString(p.foreground()),
                  Integer.toString(m.foreground().postings()),
                  Integer.toString(p.background()),
                  Integer.toString(m.background().postings())));
      for (int k = 0; k < Shortlist.EXAMPLES; k++) {
        row.add(k < p.examples().size() ? p.examples().get(k).text() : "");
      }
      row.add(p.examples().stream().map(Example::postingId).collect(Collectors.joining(",")));
      out.println(row.stream().map(PhraseListing::cell).collect(Collectors.joining("\t")));
    }
  }

  private static String share(int postings, int total) {
    return String.format(
        Locale.ROOT, "%,d/%,d (%.1f%%)", postings, total, 100.0 * postings / total);
  }

  private static String cell(String s) {
    return SpreadsheetSafe.protect(s.replaceAll("[\\t\\r\\n]+", " "));
  }
}
