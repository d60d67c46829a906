package io.rolelens.scoring.csv;

import io.rolelens.analyzer.Require;

/**
 * One row of a posting export, fields as read (empty when the file lacks the column).
 *
 * @param row the 1-based record number in the file, the header being row 1
 * @param line the 1-based line the record starts on
 * @param id the posting id, or {@code row-N} when the file has no id column or the cell is empty
 * @param title the title
 * @param company the company
 * @param location the location
 * @param date the date as written
 * @param description the description, possibly HTML
 */
public record RawPosting(
    long row,
    long line,
    String id,
    String title,
    String company,
    String location,
    String date,
    String description) {
  public RawPosting {
    Require.nonNull(
        "id title company location date description",
        id,
        title,
        company,
        location,
        date,
        description);
  }
}
