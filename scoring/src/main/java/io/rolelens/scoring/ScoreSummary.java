package io.rolelens.scoring;

import java.util.Locale;

/**
 * What a scoring run did; every data row read (the header not counted) was scored or rejected.
 *
 * @param scored rows written to the scored output
 * @param rejected rows written to the rejects file
 * @param duplicates scored rows whose description repeats an earlier row's
 * @param undated scored rows whose date could not be read (their quarter is empty)
 * @param invalidUtf8 rows in which invalid UTF-8 was replaced
 * @param withNul rows from which NUL characters were removed
 */
public record ScoreSummary(
    long scored, long rejected, long duplicates, long undated, long invalidUtf8, long withNul) {
  /** Data rows read: {@code scored + rejected}. */
  public long rowsIn() {
    return scored + rejected;
  }

  /** The one-line summary the CLI prints last. */
  public String line() {
    return String.format(
        Locale.ROOT,
        "rows_in=%d scored=%d rejected=%d duplicates=%d undated=%d",
        rowsIn(),
        scored,
        rejected,
        duplicates,
        undated);
  }
}
