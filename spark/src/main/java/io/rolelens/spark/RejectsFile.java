package io.rolelens.spark;

import static org.apache.spark.sql.functions.col;

import io.rolelens.scoring.csv.RejectRow;
import io.rolelens.scoring.csv.SpreadsheetSafe;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The job's {@code rejects.csv}: every row that could not be scored, in input order, with its file,
 * row, line, id and reason, as {@code score} writes them with the file in front. Stateless and
 * thread-safe.
 */
final class RejectsFile {
  private static final List<String> HEADER =
      Stream.concat(Stream.of("file"), RejectRow.HEADER.stream()).toList();

  private RejectsFile() {}

  /** The rows in input order: by file, then by row. */
  static Dataset<Row> inInputOrder(Dataset<Row> rows) {
    return rows.orderBy(ScoredRows.FILE_INDEX, ScoredRows.SOURCE_ROW);
  }

  /** Writes the rows that could not be scored, in input order; returns how many. */
  static long write(Dataset<Row> outcomes, JobOutput out) throws IOException {
    Dataset<Row> rejects =
        inInputOrder(outcomes.filter(col(ScoredRows.REJECT_REASON).isNotNull()))
            .select(
                ScoredRows.SOURCE_FILE,
                ScoredRows.SOURCE_ROW,
                ScoredRows.SOURCE_LINE,
                "id",
                ScoredRows.REJECT_REASON);
    return out.writeCsv(
        JobOutput.REJECTS,
        HEADER,
        rejects.toLocalIterator(),
        (printer, r) -> {
          List<Object> cells = new ArrayList<>();
          cells.add(SpreadsheetSafe.protect(r.getString(0)));
          cells.addAll(RejectRow.cells(r.getLong(1), r.getLong(2), r.getString(3), r.getString(4)));
          printer.printRecord(cells);
        });
  }
}
