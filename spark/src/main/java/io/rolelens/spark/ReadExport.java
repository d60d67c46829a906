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
 * Reads one export file, row by row, through the scoring library's {@link PostingReader}: the same
 * column detection, gzip and UTF-8 handling and row-level rejects as {@code rolelens score}. Rows
 * stream out as they are read, so a task's memory stays flat whatever the file's size. A file that
 * cannot be read to its end fails its task with the reason and the file's name.
 */
final class ReadExport implements FlatMapFunction<Row, Row> {
  /** The files to read: their place in the job's list, URI and name. */
  static final StructType FILES =
      new StructType()
          .add(ScoredRows.FILE_INDEX, DataTypes.IntegerType, false)
          .add("uri", DataTypes.StringType, false)
          .add(ScoredRows.SOURCE_FILE, DataTypes.StringType, false);

  /** A row as read: provenance, the reason it cannot be read or the posting's fields. */
  static final StructType RAW = rawSchema();

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
    return schema.add("description", DataTypes.StringType, true);
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
  public Iterator<Row> call(Row file) throws IOException {
    int index = file.getInt(0);
    String name = file.getString(2);
    PostingReader reader;
    try {
      reader = open(file.getString(1), name, hadoop.value().value(), columns);
    } catch (IOException | IllegalArgumentException e) {
      throw new IOException(name + ": " + e.getMessage(), e);
    }
    return new Iterator<>() {
      private boolean closed;

      @Override
      public boolean hasNext() {
        if (closed) {
          return false;
        }
        boolean more;
        try {
          more = reader.hasNext();
        } catch (UnreadableInputException e) {
          closeQuietly();
          throw new UnreadableInputException(name + ": " + e.getMessage(), e);
        }
        if (!more) {
          closeQuietly();
        }
        return more;
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return switch (reader.next()) {
          case RowResult.Read read -> posting(index, name, read.posting());
          case RowResult.Unreadable u -> rejected(index, name, u);
        };
      }

      private void closeQuietly() {
        closed = true;
        try {
          reader.close();
        } catch (IOException e) {
          throw new UncheckedIOException(name + ": " + e.getMessage(), e);
        }
      }
    };
  }

  private static Row rejected(int index, String name, RowResult.Unreadable u) {
    return RowFactory.create(
        index, name, u.row(), u.line(), u.reason(), u.id(), null, null, null, null, null);
  }

  private static Row posting(int index, String name, RawPosting p) {
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
        p.description());
  }
}
