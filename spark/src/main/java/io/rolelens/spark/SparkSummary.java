package io.rolelens.spark;

import io.rolelens.scoring.ScoreSummary;
import java.util.List;
import java.util.Locale;

/**
 * What a Spark scoring job did; every data row read from every file (headers not counted) was
 * scored or rejected.
 *
 * @param scored rows written to the scored output
 * @param rejected rows written to the rejects file, each with its reason
 * @param duplicates scored rows whose description repeats an earlier row's (by file and row order)
 * @param invalidUtf8 rows in which bytes that are not UTF-8 were read as U+FFFD
 * @param withNul rows from which NUL characters were removed
 * @param seconds the job's wall time, from listing the inputs to the last file written
 */
public record SparkSummary(
    long scored, long rejected, long duplicates, long invalidUtf8, long withNul, double seconds) {
  /** Data rows read: {@code scored + rejected}. */
  public long rowsIn() {
    return scored + rejected;
  }

  /** Rows read per second of wall time. */
  public long postingsPerSecond() {
    return seconds <= 0 ? rowsIn() : Math.round(rowsIn() / seconds);
  }

  /**
   * The notes {@code score} would print for these rows: repaired text, and where the rejected rows
   * are listed.
   */
  public List<String> notes(String rejectsFile) {
    return ScoreSummary.notes(rejected, invalidUtf8, withNul, rejectsFile);
  }

  /** The one-line summary {@code spark-score} prints last. */
  public String line() {
    return String.format(
        Locale.ROOT,
        "rows_in=%d scored=%d rejected=%d duplicates=%d postings_per_s=%d",
        rowsIn(),
        scored,
        rejected,
        duplicates,
        postingsPerSecond());
  }
}
