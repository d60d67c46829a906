package io.rolelens.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.Arrays;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Marks exact-duplicate descriptions across the whole input, as {@code score} does on one machine:
 * the first posting of a text by file and row order is the original, and every later one gets its
 * id in {@code duplicate_of}. Stateless and thread-safe.
 */
final class DuplicateMarks {
  private static final String FIRST = "first_of_text";
  private static final String FIRST_HASH = "first_of_text_hash";
  private static final String POSTINGS = "postings_with_text";

  private DuplicateMarks() {}

  /**
   * The first posting of each text, found on the fingerprints alone: one small row per distinct
   * text (its fingerprint, the smallest file index, row and id, and how many postings have it), so
   * the scored rows are never shuffled to find duplicates.
   */
  static Dataset<Row> firstOfEachText(Dataset<Row> scored) {
    return scored
        .groupBy(col(ScoredRows.DESCRIPTION_HASH).as(FIRST_HASH))
        .agg(
            min(struct(col(ScoredRows.FILE_INDEX), col(ScoredRows.SOURCE_ROW), col("id")))
                .as(FIRST),
            count(lit(1)).as(POSTINGS));
  }

  /**
   * The scored rows with {@code duplicate_of} set to the first posting with the same text ({@code
   * firsts} joined back, broadcast while it is small).
   */
  static Dataset<Row> mark(Dataset<Row> scored, Dataset<Row> firsts) {
    Column isFirst =
        col(FIRST + "." + ScoredRows.FILE_INDEX)
            .equalTo(col(ScoredRows.FILE_INDEX))
            .and(col(FIRST + "." + ScoredRows.SOURCE_ROW).equalTo(col(ScoredRows.SOURCE_ROW)));
    Column[] columns =
        Arrays.stream(scored.columns())
            .map(
                c ->
                    c.equals("duplicate_of")
                        ? when(not(isFirst), col(FIRST + ".id")).as(c)
                        : col(c))
            .toArray(Column[]::new);
    return scored
        .join(firsts, col(ScoredRows.DESCRIPTION_HASH).equalTo(col(FIRST_HASH)))
        .select(columns);
  }

  /**
   * How many distinct texts {@code firsts} holds (column 0) and how many postings they cover
   * (column 1, null when there are none).
   */
  static Row counts(Dataset<Row> firsts) {
    return firsts.agg(count(lit(1)), sum(col(POSTINGS))).first();
  }
}
