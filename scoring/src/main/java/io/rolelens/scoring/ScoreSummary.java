package io.rolelens.scoring;

import java.util.ArrayList;
import java.util.List;
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
 * @param repeatedIds scored rows whose id an earlier scored row has
 */
public record ScoreSummary(
    long scored,
    long rejected,
    long duplicates,
    long undated,
    long invalidUtf8,
    long withNul,
    RepeatedIds.Found repeatedIds) {
  /** What a scored CSV whose ids repeat leads to. */
  static final String REPEATED_IDS =
      "the scored CSV keeps all of these rows, but 'rolelens index' keeps one posting per id (the"
          + " last)";

  /** Data rows read: {@code scored + rejected}. */
  public long rowsIn() {
    return scored + rejected;
  }

  /**
   * What a person should know of the rows, before the summary line: ids given to more than one row,
   * rows whose text was repaired, and where the rejected rows are listed ({@code rejectsFile}).
   */
  public List<String> notes(String rejectsFile) {
    List<String> notes = new ArrayList<>();
    repeatedIds.warning(REPEATED_IDS).ifPresent(notes::add);
    notes.addAll(notes(rejected, invalidUtf8, withNul, rejectsFile));
    return notes;
  }

  /** The notes of a run with these counts, as {@link #notes(String)} words them. */
  public static List<String> notes(
      long rejected, long invalidUtf8, long withNul, String rejectsFile) {
    List<String> notes = new ArrayList<>();
    if (invalidUtf8 > 0) {
      notes.add(
          String.format(
              Locale.ROOT,
              "warning: %d row(s) had bytes that are not UTF-8 (or U+FFFD already in the file);"
                  + " they read as U+FFFD",
              invalidUtf8));
    }
    if (withNul > 0) {
      notes.add(
          String.format(
              Locale.ROOT, "warning: %d row(s) held NUL characters; they were removed", withNul));
    }
    if (rejected > 0) {
      notes.add(
          String.format(
              Locale.ROOT,
              "%d row(s) rejected, listed with their reasons in %s",
              rejected,
              rejectsFile));
    }
    return notes;
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
