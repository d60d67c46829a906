package io.rolelens.spark;

import io.rolelens.scoring.ScoredPosting;
import io.rolelens.scoring.tally.ReportTallies;
import io.rolelens.scoring.tally.TallyFiles;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;

/**
 * The job's output folder on any Hadoop file system: where each output goes, the check that a run
 * does not silently mix with an earlier one, and the driver-side CSV files, written under a
 * temporary name and renamed when whole.
 */
final class JobOutput {
  /** The scored rows, as Parquet partitioned by quarter. */
  static final String SCORED = "scored";

  /** Rows that could not be scored, with file, row, line, id and reason. */
  static final String REJECTS = "rejects.csv";

  /** With {@code --csv}: the file {@code rolelens score} writes for the same input. */
  static final String SCORED_CSV = "scored.csv";

  /** The report's additive tallies, as {@link TallyFiles} writes them. */
  static final String AGGREGATES = "aggregates";

  private static final List<String> OUTPUTS = List.of(SCORED, REJECTS, SCORED_CSV, AGGREGATES);

  private final FileSystem fs;
  private final Path dir;

  JobOutput(String dir, Configuration conf) throws IOException {
    this.dir = new Path(dir);
    this.fs = this.dir.getFileSystem(conf);
    // No .crc files beside the CSV files on a local disk: they only puzzle the people who read
    // them.
    this.fs.setWriteChecksum(false);
  }

  /** Where {@code name} goes, as a string Spark's writers take. */
  String path(String name) {
    return new Path(dir, name).toString();
  }

  /**
   * Makes room for this run's outputs: earlier outputs are removed when {@code overwrite}, else
   * their presence is an error naming them.
   */
  void prepare(boolean overwrite) throws IOException {
    if (fs.exists(dir) && !fs.getFileStatus(dir).isDirectory()) {
      throw new IOException("--output " + dir + " is a file, not a folder");
    }
    for (String name : OUTPUTS) {
      Path p = new Path(dir, name);
      if (fs.exists(p)) {
        if (!overwrite) {
          throw new IOException(
              p + " exists from an earlier run: choose another --output or add --overwrite");
        }
        fs.delete(p, true);
      }
    }
  }

  /** A row of a CSV file written on the driver. */
  interface Rows {
    void print(CSVPrinter csv, Row row) throws IOException;
  }

  /**
   * Writes {@code rows} as CSV to {@code name}, under a temporary name until the last row; returns
   * how many rows it wrote.
   */
  long writeCsv(String name, List<String> header, Iterator<Row> rows, Rows printer)
      throws IOException {
    long written = 0;
    Path target = new Path(dir, name);
    Path partial = new Path(dir, "." + name + ".partial");
    try (Writer w = new OutputStreamWriter(fs.create(partial, true), StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(w, ScoredPosting.CSV_FORMAT)) {
      csv.printRecord(header);
      while (rows.hasNext()) {
        printer.print(csv, rows.next());
        written++;
      }
    } catch (IOException | RuntimeException e) {
      fs.delete(partial, false);
      throw e;
    }
    commit(partial, target);
    return written;
  }

  /**
   * Writes {@code tallies} to the folder {@link #AGGREGATES}, under a temporary name until whole.
   */
  void writeAggregates(ReportTallies tallies, String lexiconVersion) throws IOException {
    Path target = new Path(dir, AGGREGATES);
    Path partial = new Path(dir, "." + AGGREGATES + ".partial");
    fs.delete(partial, true);
    try {
      TallyFiles.write(tallies, lexiconVersion, name -> fs.create(new Path(partial, name), true));
    } catch (IOException | RuntimeException e) {
      fs.delete(partial, true);
      throw e;
    }
    commit(partial, target);
  }

  /** Puts the whole {@code partial} file or folder in {@code target}'s place. */
  private void commit(Path partial, Path target) throws IOException {
    fs.delete(target, true);
    if (!fs.rename(partial, target)) {
      throw new IOException("cannot rename " + partial + " to " + target);
    }
  }
}
