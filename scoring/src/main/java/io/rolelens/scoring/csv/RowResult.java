package io.rolelens.scoring.csv;

/** What reading one record gave: a posting, or a row that cannot be read and why. */
public sealed interface RowResult {
  /** The 1-based record number, the header being row 1. */
  long row();

  /** A row read into a posting. */
  record Read(RawPosting posting) implements RowResult {
    @Override
    public long row() {
      return posting.row();
    }
  }

  /**
   * A row that cannot be scored.
   *
   * @param row the record number
   * @param line the line it starts on
   * @param id its id if one could be read, else empty
   * @param reason why, for a person
   */
  record Unreadable(long row, long line, String id, String reason) implements RowResult {}
}
