package io.rolelens.spark;

import io.rolelens.scoring.csv.InputFiles;
import io.rolelens.scoring.csv.PostingReader;
import io.rolelens.scoring.csv.RawPosting;
import io.rolelens.scoring.csv.RowResult;
import io.rolelens.scoring.csv.UnreadableInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.SerializableConfiguration;

/**
 * Reads one export file (or every n-th row of it), row by row, through the scoring library's {@link
 * PostingReader}: the same column detection, gzip and UTF-8 handling and row-level rejects as
 * {@code rolelens score}. Rows stream out as they are read, so a task's memory stays flat whatever
 * the file's size. A file that cannot be read to its end fails its task with the reason and the
 * file's name.
 */
final class ReadExport implements FlatMapFunction<Row, Row> {
  /**
   * The reading tasks: a file's place in the job's list, URI and name, and which of its rows the
   * task keeps (those whose data-row number modulo {@code slices} is {@code slice}).
   */
  static final StructType FILES =
      new StructType()
          .add(ScoredRows.FILE_INDEX, DataTypes.IntegerType, false)
          .add("uri", DataTypes.StringType, false)
          .add(ScoredRows.SOURCE_FILE, DataTypes.StringType, false)
          .add("slice", DataTypes.IntegerType, false)
          .add("slices", DataTypes.IntegerType, false);

  /** A row as read: provenance, the reason it cannot be read or the posting's fields. */
  static final StructType RAW = rawSchema();

  private static final int WARNINGS = RAW.fieldIndex(ScoredRows.READ_WARNINGS);

  private static final long serialVersionUID = 1L;

  private final Broadcast<SerializableConfiguration> hadoop;
  private final HashMap<String, String> columns;

  ReadExport(Broadcast<SerializableConfiguration> hadoop, Map<String, String> columns) {
    this.hadoop = hadoop;
    this.columns = new HashMap<>(columns);
  }

  private static StructType rawSchema() {
    StructType schema =
        new StructType()
            .add(ScoredRows.FILE_INDEX, DataTypes.IntegerType, false)
            .add(ScoredRows.SOURCE_FILE, DataTypes.StringType, false)
            .add(ScoredRows.SOURCE_ROW, DataTypes.LongType, false)
            .add(ScoredRows.SOURCE_LINE, DataTypes.LongType, false);
    for (String field :
        List.of(ScoredRows.REJECT_REASON, "id", "title", "company", "location", "date")) {
      schema = schema.add(field, DataTypes.StringType, true);
    }
    return schema
        .add("description", DataTypes.StringType, true)
        .add(ScoredRows.READ_WARNINGS, DataTypes.IntegerType, false);
  }

  /** Opens a file for reading as {@code score} would; the caller closes it. */
  static PostingReader open(
      String uri, String name, org.apache.hadoop.conf.Configuration conf, Map<String, String> cols)
      throws IOException {
    Path path = new Path(uri);
    FileSystem fs = path.getFileSystem(conf);
    InputStream raw = fs.open(path);
    try {
      return PostingReader.open(
          InputFiles.text(InputFiles.decompressed(raw, name)), InputFiles.formatFor(name), cols);
    } catch (IOException | RuntimeException e) {
      raw.close();
      throw e;
    }
  }

  @Override
  public Iterator<Row> call(Row task) throws IOException {
    int index = task.getInt(0);
    String name = task.getString(2);
    int slice = task.getInt(3);
    int slices = task.getInt(4);
    PostingReader reader;
    try {
      reader = open(task.getString(1), name, hadoop.value().value(), columns);
    } catch (IOException | IllegalArgumentException e) {
      throw new IOException(name + ": " + e.getMessage(), e);
    }
    return new Iterator<>() {
      private Row pending;
      private boolean closed;

      /** Data rows read so far, the header not counted. */
      private long done;

      @Override
      public boolean hasNext() {
        while (pending == null && !closed) {
          if (!more()) {
            close();
          } else if (done++ % slices == slice) {
            long invalid = reader.rowsWithInvalidUtf8();
            long nul = reader.rowsWithNul();
            RowResult read = reader.next();
            int warnings =
                (reader.rowsWithInvalidUtf8() > invalid ? ScoredRows.INVALID_UTF8 : 0)
                    | (reader.rowsWithNul() > nul ? ScoredRows.NUL : 0);
            pending = row(index, name, read, warnings);
          } else {
            reader.skip();
          }
        }
        return pending != null;
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Row next = pending;
        pending = null;
        return next;
      }

      private boolean more() {
        try {
          return reader.hasNext();
        } catch (UnreadableInputException e) {
          close();
          throw new UnreadableInputException(name + ": " + e.getMessage(), e);
        }
      }

      private void close() {
        closed = true;
        try {
          reader.close();
        } catch (IOException e) {
          throw new UncheckedIOException(name + ": " + e.getMessage(), e);
        }
      }
    };
  }

  private static Row row(int index, String name, RowResult result, int warnings) {
    return switch (result) {
      case RowResult.Read read -> posting(index, name, read.posting(), warnings);
      case RowResult.Unreadable u -> rejected(index, name, u, warnings);
    };
  }

  /** What a {@link #RAW} row holds: the posting as read, or the row that could not be read. */
  static RowResult result(Row raw) {
    long row = raw.getLong(2);
    long line = raw.getLong(3);
    if (!raw.isNullAt(4)) {
      return new RowResult.Unreadable(row, line, raw.getString(5), raw.getString(4));
    }
    return new RowResult.Read(
        new RawPosting(
            row,
            line,
            raw.getString(5),
            raw.getString(6),
            raw.getString(7),
            raw.getString(8),
            raw.getString(9),
            raw.getString(10)));
  }

  private static Row rejected(int index, String name, RowResult.Unreadable u, int warnings) {
    return RowFactory.create(
        index, name, u.row(), u.line(), u.reason(), u.id(), null, null, null, null, null, warnings);
  }

  private static Row posting(int index, String name, RawPosting p, int warnings) {
    return RowFactory.create(
        index,
        name,
        p.row(),
        p.line(),
        null,
        p.id(),
        p.title(),
        p.company(),
        p.location(),
        p.date(),
        p.description(),
        warnings);
  }

  /** The {@link ScoredRows#READ_WARNINGS} of a {@link #RAW} row. */
  static int warnings(Row raw) {
    return raw.getInt(WARNINGS);
  }
}
