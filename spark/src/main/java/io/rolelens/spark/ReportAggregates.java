package io.rolelens.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.struct;

import io.rolelens.scoring.ScoredPosting;
import io.rolelens.scoring.tally.ReportTallies;
import io.rolelens.scoring.tally.TalliedPosting;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The report's aggregates of the scored rows, tallied as {@code rolelens report} tallies an index
 * of the same postings: one posting per id (an id given again replaces the earlier row, as {@code
 * rolelens index} does; an empty id is left out, as it is not indexed), duplicates counted apart.
 * Each task tallies its rows into one {@link ReportTallies}; they are added up in a tree (as bytes
 * Java serialization wrote, whatever serializer the cluster sets), so the driver receives one,
 * whose size grows with the number of distinct companies, locations and phrases, never with the
 * number of postings.
 */
final class ReportAggregates {
  private static final String LAST_ID = "last_of_id";
  private static final String LAST = "last_of_id_row";

  private ReportAggregates() {}

  /**
   * The tallies of {@code marked} (the {@code scored} rows with duplicates marked), keeping {@code
   * examples} example postings per quarter and mismatch kind.
   */
  static ReportTallies tally(Dataset<Row> marked, Dataset<Row> scored, int examples) {
    // The last row of each id given more than once (a small table, unless ids repeat a lot),
    // found on three columns of the scored rows.
    Dataset<Row> repeated =
        scored
            .groupBy(col("id").as(LAST_ID))
            .agg(
                max(struct(col(ScoredRows.FILE_INDEX), col(ScoredRows.SOURCE_ROW))).as(LAST),
                count(lit(1)).as("n"))
            .filter(col("n").gt(1))
            .drop("n");
    Column isLast =
        col(LAST)
            .isNull()
            .or(
                col(LAST + "." + ScoredRows.FILE_INDEX)
                    .equalTo(col(ScoredRows.FILE_INDEX))
                    .and(
                        col(LAST + "." + ScoredRows.SOURCE_ROW)
                            .equalTo(col(ScoredRows.SOURCE_ROW))));
    Dataset<Row> onePerId =
        marked.join(repeated, col("id").equalTo(col(LAST_ID)), "left_outer").filter(isLast);
    byte[] none = bytes(new ReportTallies(examples));
    return tallies(
        onePerId
            .toJavaRDD()
            .mapPartitions(new TallyRows(examples))
            .treeAggregate(none, ReportAggregates::sum, ReportAggregates::sum));
  }

  // Tallies travel as bytes Java serialization wrote, whatever spark.serializer a cluster sets:
  // Kryo rebuilds a list by adding to it, which Java's immutable lists refuse.

  private static byte[] sum(byte[] a, byte[] b) {
    ReportTallies sum = tallies(a);
    sum.addAll(tallies(b));
    return bytes(sum);
  }

  static byte[] bytes(ReportTallies tallies) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ObjectOutputStream objects = new ObjectOutputStream(out)) {
      objects.writeObject(tallies);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static ReportTallies tallies(byte[] bytes) {
    try (ObjectInputStream objects = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
      return (ReportTallies) objects.readObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Tallies one partition's rows. */
  private record TallyRows(int examples) implements FlatMapFunction<Iterator<Row>, byte[]> {
    @Override
    public Iterator<byte[]> call(Iterator<Row> rows) {
      ReportTallies tallies = new ReportTallies(examples);
      while (rows.hasNext()) {
        ScoredPosting p = ScoredRows.posting(rows.next());
        if (!p.id().isBlank()) {
          tallies.add(TalliedPosting.of(p));
        }
      }
      return List.of(bytes(tallies)).iterator();
    }
  }
}
