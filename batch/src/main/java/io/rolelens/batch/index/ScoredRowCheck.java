package io.rolelens.batch.index;

import io.rolelens.analyzer.LowerCaseId;
import io.rolelens.analyzer.Role;
import io.rolelens.analyzer.score.BodyStatus;
import io.rolelens.analyzer.score.Verdict;
import io.rolelens.scoring.ScoredColumn;
import io.rolelens.scoring.csv.SpreadsheetSafe;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVRecord;

/**
 * Why a row of a scored CSV cannot be indexed, if it cannot: no id, the wrong number of fields, or
 * a cell that holds what {@code rolelens score} never writes there (a verdict, role or body status
 * it does not know, a share outside 0–1, a confusion score outside 0–100). Such a row would give
 * the index facets and reports values nobody can search for. Stateless and thread-safe.
 */
final class ScoredRowCheck {
  private static final List<ScoredColumn> SHARES =
      List.of(
          ScoredColumn.PRODUCT_MANAGER_SHARE,
          ScoredColumn.PROJECT_MANAGER_SHARE,
          ScoredColumn.PRODUCT_OWNER_SHARE);

  private ScoredRowCheck() {}

  /** The problem with {@code row}, or empty when it can be indexed. */
  static Optional<String> problem(CSVRecord row, int columns) {
    if (!row.isConsistent()) {
      return Optional.of("it has " + row.size() + " field(s) where the header has " + columns);
    }
    if (cell(row, ScoredColumn.ID).isBlank()) {
      return Optional.of("its id is empty");
    }
    return known(row, ScoredColumn.VERDICT, Verdict.class)
        .or(() -> known(row, ScoredColumn.BODY_ROLE, Role.class))
        .or(() -> known(row, ScoredColumn.BODY_STATUS, BodyStatus.class))
        .or(() -> SHARES.stream().map(c -> number(row, c, 1)).flatMap(Optional::stream).findFirst())
        .or(() -> number(row, ScoredColumn.CONFUSION_SCORE, 100));
  }

  /** A problem when the column's cell is neither empty nor the id of one of {@code type}'s. */
  private static <E extends Enum<E> & LowerCaseId> Optional<String> known(
      CSVRecord row, ScoredColumn column, Class<E> type) {
    String value = cell(row, column);
    if (value.isEmpty() || LowerCaseId.find(type, value).isPresent()) {
      return Optional.empty();
    }
    return Optional.of(
        column.header()
            + " '"
            + value
            + "' is not one of "
            + String.join(", ", LowerCaseId.ids(type)));
  }

  /** A problem when the column's cell is neither empty nor a number from 0 to {@code max}. */
  private static Optional<String> number(CSVRecord row, ScoredColumn column, int max) {
    String value = cell(row, column);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    try {
      double d = Double.parseDouble(value);
      if (d >= 0 && d <= max) {
        return Optional.empty();
      }
    } catch (NumberFormatException e) {
      // said below
    }
    return Optional.of(column.header() + " '" + value + "' is not a number from 0 to " + max);
  }

  private static String cell(CSVRecord row, ScoredColumn column) {
    return row.isMapped(column.header())
        ? SpreadsheetSafe.restore(row.get(column.header())).strip()
        : "";
  }
}
