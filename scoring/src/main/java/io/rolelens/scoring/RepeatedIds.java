package io.rolelens.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Finds the rows of one input that give an id an earlier row already gave, so a command can say so
 * instead of letting one posting silently stand for two. Holds a 64-bit fingerprint and the first
 * row number of each distinct id (in a {@link DuplicateIndex}), and the first few repeats to name.
 * Not thread-safe: feed it from the one thread that reads the rows in order.
 */
public final class RepeatedIds {
  /** How many repeats a warning names. */
  static final int NAMED = 3;

  /**
   * One row that repeats an earlier row's id.
   *
   * @param id the id
   * @param firstRow the row that gave the id first
   * @param row the row that gave it again
   */
  public record Repeat(String id, long firstRow, long row) {}

  /**
   * What was found.
   *
   * @param rows how many rows repeat an id an earlier row gave
   * @param first the first {@value #NAMED} of them, in input order
   */
  public record Found(long rows, List<Repeat> first) {
    /** Nothing repeated. */
    public static final Found NONE = new Found(0, List.of());

    public Found {
      first = List.copyOf(first);
    }

    /**
     * The warning for a person, such as "warning: 2 row(s) repeat the id of an earlier row: a7
     * (rows 3 and 9), b2 (rows 4 and 12); CONSEQUENCE"; empty when nothing repeated.
     */
    public Optional<String> warning(String consequence) {
      if (rows == 0) {
        return Optional.empty();
      }
      String named =
          first.stream()
              .map(r -> String.format(Locale.ROOT, "%s (rows %d and %d)", r.id, r.firstRow, r.row))
              .collect(Collectors.joining(", "));
      return Optional.of(
          String.format(
              Locale.ROOT,
              "warning: %d row(s) repeat the id of an earlier row: %s%s; %s",
              rows,
              named,
              rows > first.size() ? ", …" : "",
              consequence));
    }
  }

  private final DuplicateIndex firstRows = new DuplicateIndex();
  private final List<Repeat> first = new ArrayList<>();
  private long rows;

  /**
   * Notes that row {@code row} gives {@code id}.
   *
   * @return whether an earlier row gave the same id
   */
  public boolean repeats(String id, long row) {
    String earlier = firstRows.firstOrRecord(DescriptionHash.exact(id, ""), Long.toString(row));
    if (earlier == null) {
      return false;
    }
    rows++;
    if (first.size() < NAMED) {
      first.add(new Repeat(id, Long.parseLong(earlier), row));
    }
    return true;
  }

  /** What was found so far. */
  public Found found() {
    return new Found(rows, first);
  }
}
