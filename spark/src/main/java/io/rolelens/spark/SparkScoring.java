package io.rolelens.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.when;

import io.rolelens.analyzer.lexicon.Lexicon;
import io.rolelens.scoring.ScoredPosting;
import io.rolelens.scoring.csv.PostingReader;
import io.rolelens.scoring.tally.ReportTallies;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.SerializableConfiguration;

/**
 * Scores posting exports on Spark, as {@code rolelens score} does on one machine: each file is read
 * by the scoring library in the tasks that score its rows (one task on a few threads, or a few
 * tasks each keeping every n-th row; or, with {@link #partitions}, one reading task and a shuffle),
 * scored by each executor's one analyzer, and exact-duplicate descriptions marked across the whole
 * input (the first by file and row order is the original). Writes {@code scored/} (Parquet
 * partitioned by quarter), {@code rejects.csv}, {@code aggregates/} (the report's additive tallies,
 * from which {@code rolelens report --aggregates} writes the report an index of the same postings
 * gives) and, when asked, {@code scored.csv}, the very file {@code score} writes. Rows stream
 * through executors and back to the driver's CSV writers one partition at a time; nothing is
 * collected whole.
 *
 * <p>The front door of the Spark module. Immutable; {@link #run} may be called from any thread, one
 * run per output folder at a time.
 *
 * @param inputs export files, folders or globs, in the order that decides originals
 * @param output the output folder
 * @param csv whether to write {@code scored.csv} too
 * @param overwrite whether earlier outputs in the folder may be replaced
 * @param columns which headers hold id, title, description, company, location and date, as {@code
 *     score --columns} takes them
 * @param lexiconText a custom lexicon's text, sent with the job; empty for the bundled one
 * @param partitions 0 to score each file's rows in the tasks that read it (a file is read by up to
 *     {@link #MAX_SLICES} tasks, each scoring every n-th row, as many as there are cores per file);
 *     N to read each file in one task and spread its rows over N parts with a shuffle (for a few
 *     large files on many executors)
 * @param examples example postings kept in the aggregates per quarter and mismatch kind, the most a
 *     report from them can show
 * @param taskThreads threads that score each task's rows; 0 for as many as there are cores per file
 *     (at most {@link #MAX_TASK_THREADS}) when Spark runs in this process, else 1 (a cluster that
 *     gives tasks more cores says so with {@code spark.task.cpus} and this setting)
 */
public record SparkScoring(
    List<String> inputs,
    String output,
    boolean csv,
    boolean overwrite,
    Map<String, String> columns,
    Optional<String> lexiconText,
    int partitions,
    int examples,
    int taskThreads) {

  /**
   * At most this many tasks read one file, each scoring every n-th row: reading a file again costs
   * a small part of scoring its rows (about a twentieth), and a shuffle of the descriptions costs
   * more while it holds up every core until the whole file is read.
   */
  static final int MAX_SLICES = 8;

  /**
   * At most this many threads score a task's rows by default: one reading thread keeps about four
   * busy.
   */
  static final int MAX_TASK_THREADS = 4;

  public SparkScoring {
    inputs = List.copyOf(inputs);
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("no input: name at least one export file, folder or glob");
    }
    Objects.requireNonNull(output, "output");
    columns = Map.copyOf(columns);
    Objects.requireNonNull(lexiconText, "lexiconText");
    if (partitions < 0) {
      throw new IllegalArgumentException("partitions must not be negative, was " + partitions);
    }
    if (taskThreads < 0) {
      throw new IllegalArgumentException("task threads must not be negative, was " + taskThreads);
    }
    if (examples < 1) {
      throw new IllegalArgumentException("examples must be at least 1, was " + examples);
    }
  }

  /**
   * Runs the job on {@code spark}, telling {@code notes} which columns each file's rows are read
   * from and any warnings about them.
   *
   * @throws IOException when an input is missing or has no usable header (nothing is written), or
   *     the output folder holds an earlier run's outputs without {@link #overwrite}
   */
  public SparkSummary run(SparkSession spark, Consumer<String> notes) throws IOException {
    long start = System.nanoTime();
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    List<ExportFiles.ExportFile> files = ExportFiles.expand(inputs, conf);
    checkHeaders(files, conf, notes);
    JobOutput out = new JobOutput(output, conf);
    out.prepare(overwrite);

    Dataset<Row> outcomes = score(spark, files, conf).persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> scoredRows = outcomes.filter(col(ScoredRows.REJECT_REASON).isNull());
    // One small row per distinct text, kept for the count and for every output that marks
    // duplicates.
    Dataset<Row> firsts =
        DuplicateMarks.firstOfEachText(scoredRows).persist(StorageLevel.MEMORY_AND_DISK());
    Alongside<ReportTallies> tallies = null;
    try {
      // Scoring runs here, for the first output that needs it.
      Row counts = DuplicateMarks.counts(firsts);
      long distinctTexts = counts.getLong(0);
      long scored = counts.isNullAt(1) ? 0 : counts.getLong(1);

      Dataset<Row> marked = DuplicateMarks.mark(scoredRows, firsts);
      // The aggregates are tallied while the Parquet files are written: each is one pass over the
      // rows, and running them side by side keeps every core busy when there are few files.
      tallies =
          Alongside.start(
              spark,
              "report aggregates",
              () -> ReportAggregates.tally(marked, scoredRows, examples));
      marked
          .drop(ScoredRows.FILE_INDEX, ScoredRows.REJECT_REASON, ScoredRows.READ_WARNINGS)
          .write()
          .partitionBy("quarter")
          .parquet(out.path(JobOutput.SCORED));
      long rejected = RejectsFile.write(outcomes, out);
      out.writeAggregates(tallies.result(), lexiconVersion());
      if (csv) {
        out.writeCsv(
            JobOutput.SCORED_CSV,
            ScoredPosting.HEADER,
            RejectsFile.inInputOrder(marked).toLocalIterator(),
            (printer, row) -> printer.printRecord(ScoredRows.posting(row).cells(false)));
      }
      Row repaired =
          outcomes.agg(rowsWith(ScoredRows.INVALID_UTF8), rowsWith(ScoredRows.NUL)).first();
      double seconds = (System.nanoTime() - start) / 1e9;
      return new SparkSummary(
          scored,
          rejected,
          scored - distinctTexts,
          repaired.getLong(0),
          repaired.getLong(1),
          seconds);
    } finally {
      if (tallies != null) {
        // When another output failed: stop the tally before its rows go.
        tallies.stop();
      }
      firsts.unpersist();
      outcomes.unpersist();
    }
  }

  /** How many rows reading repaired as {@code warning} (one of the read-warning bits) says. */
  private static Column rowsWith(int warning) {
    return count(when(col(ScoredRows.READ_WARNINGS).bitwiseAND(warning).notEqual(0), 1));
  }

  /** The version of the lexicon the postings are scored with. */
  private String lexiconVersion() {
    return lexiconText
        .map(text -> Lexicon.parse(text, "--lexicon").version())
        .orElseGet(() -> Lexicon.bundled().version());
  }

  /** Reads each file's header on the driver, so a bad input stops the job before it starts. */
  private void checkHeaders(
      List<ExportFiles.ExportFile> files, Configuration conf, Consumer<String> notes)
      throws IOException {
    for (ExportFiles.ExportFile f : files) {
      try (PostingReader reader = ReadExport.open(f.uri(), f.name(), conf, columns)) {
        notes.accept(f.name() + ": columns: " + reader.columns().describe());
        reader.columns().warnings().forEach(w -> notes.accept(f.name() + ": warning: " + w));
      } catch (IOException | IllegalArgumentException e) {
        throw new IOException(f.name() + ": " + e.getMessage() + "; nothing was written", e);
      }
    }
  }

  /** Every row of every file, read, spread over the partitions and scored. */
  private Dataset<Row> score(
      SparkSession spark, List<ExportFiles.ExportFile> files, Configuration conf) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Broadcast<SerializableConfiguration> hadoop =
        jsc.broadcast(new SerializableConfiguration(conf));
    int cores = spark.sparkContext().defaultParallelism();
    int threads = taskThreads(spark, cores, files.size());
    int slices =
        partitions > 0
            ? 1
            : Math.clamp(
                (cores + files.size() * threads - 1) / (files.size() * threads), 1, MAX_SLICES);
    List<Row> tasks = new ArrayList<>(files.size() * slices);
    for (int i = 0; i < files.size(); i++) {
      for (int slice = 0; slice < slices; slice++) {
        tasks.add(RowFactory.create(i, files.get(i).uri(), files.get(i).name(), slice, slices));
      }
    }
    Dataset<Row> reads =
        spark.createDataFrame(jsc.parallelize(tasks, tasks.size()), ReadExport.FILES);
    Dataset<Row> rows =
        reads.flatMap(new ReadExport(hadoop, columns), Encoders.row(ReadExport.RAW));
    if (partitions > 0) {
      // Each file is read by one task, and its rows are spread over every executor by a shuffle.
      rows = rows.repartition(partitions);
    }
    // Without a shuffle, reading and scoring run in the same task, and Spark hands the rows from
    // one function to the next as objects (its plan drops the encoding in between): the
    // descriptions never leave the JVM that read them.
    return rows.mapPartitions(
        new ScorePostings(lexiconText, threads), Encoders.row(ScoredRows.OUTCOME));
  }

  /**
   * The threads that score each task's rows: as given, or in this process as many as there are
   * cores per file (a file read once, its rows scored on several threads, costs less than several
   * tasks reading it), on a cluster one.
   */
  private int taskThreads(SparkSession spark, int cores, int files) {
    if (taskThreads > 0) {
      return taskThreads;
    }
    return spark.sparkContext().isLocal() ? Math.clamp(cores / files, 1, MAX_TASK_THREADS) : 1;
  }
}
