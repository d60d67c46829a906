package io.rolelens.spark;

import io.rolelens.analyzer.lexicon.Lexicon;
import io.rolelens.scoring.Terminal;
import io.rolelens.scoring.csv.Column;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rolelens spark-score}, and the job jar's main class for {@code spark-submit}: the same
 * options either way. It lives beside the job rather than with the other commands because a cluster
 * runs the job jar alone.
 */
@Command(
    name = "spark-score",
    mixinStandardHelpOptions = true,
    description = {
      "Scores CSV/TSV exports (optionally .gz; files, folders, globs, any Hadoop path) on Apache"
          + " Spark, as 'score' does on one machine.",
      "Writes OUTPUT/scored/ (Parquet, partitioned by quarter), OUTPUT/rejects.csv (file, row,"
          + " line, id, reason), OUTPUT/aggregates/ (the report's additive tallies: 'rolelens"
          + " report --aggregates OUTPUT' writes the report) and with --csv OUTPUT/scored.csv, the"
          + " file 'score' writes for the same input. Exact-duplicate descriptions are marked"
          + " across every input, the first by file and row order being the original. The last line"
          + " printed is 'rows_in=N scored=N rejected=N duplicates=N postings_per_s=N'.",
      "Without --master it runs Spark inside this process on every core (local[*]), or on the"
          + " cluster spark-submit names."
    })
public final class SparkScoreCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--input",
      required = true,
      split = ",",
      paramLabel = "PATH",
      description =
          "Export files, folders or globs (repeat the option or separate with commas), read in"
              + " this order.")
  List<String> inputs;

  @Option(
      names = "--output",
      required = true,
      paramLabel = "DIR",
      description = "The output folder (any Hadoop path).")
  String output;

  @Option(
      names = "--master",
      paramLabel = "URL",
      description =
          "Spark master, such as local[2] (default: the one spark-submit gives, else local[*]).")
  String master;

  @Option(names = "--csv", description = "Also write OUTPUT/scored.csv as 'score' writes it.")
  boolean csv;

  @Option(names = "--overwrite", description = "Replace an earlier run's outputs in OUTPUT.")
  boolean overwrite;

  @Option(
      names = "--columns",
      split = ",",
      paramLabel = "KEY=HEADER",
      description =
          "Which header names hold id, title, description, company, location, date, as for"
              + " 'score'.")
  Map<String, String> columns = new LinkedHashMap<>();

  @Option(
      names = "--lexicon",
      paramLabel = "FILE",
      description =
          "Use this lexicon file (read here, sent with the job) instead of the bundled one.")
  Path lexicon;

  @Option(
      names = "--partitions",
      paramLabel = "N",
      description =
          "Read each file in one task and spread its rows over N parts with a shuffle, for a few"
              + " large files on many executors (default 0: each file is read by up to 8 tasks,"
              + " each scoring every n-th row where it reads).")
  int partitions;

  @Option(
      names = "--examples",
      paramLabel = "N",
      description =
          "Example postings kept in OUTPUT/aggregates per quarter and mismatch kind, the most"
              + " 'report --aggregates --examples' can show (default 10).")
  int examples = 10;

  @Option(
      names = "--task-threads",
      paramLabel = "N",
      description =
          "Threads that score each task's rows (default: in this process, cores per file up to 4;"
              + " on a cluster 1: give spark.task.cpus=N there too).")
  int taskThreads;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (partitions < 0) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--partitions must not be negative, was " + partitions);
    }
    if (taskThreads < 0) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--task-threads must not be negative, was " + taskThreads);
    }
    if (examples < 1) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--examples must be at least 1, was " + examples);
    }
    try {
      columns.keySet().forEach(Column::ofKey);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    SparkScoring job =
        new SparkScoring(
            inputs,
            output,
            csv,
            overwrite,
            columns,
            lexiconText(),
            partitions,
            examples,
            taskThreads);
    SparkSession spark = session(master);
    try {
      SparkSummary summary = job.run(spark, err::println);
      summary
          .notes(new org.apache.hadoop.fs.Path(output, JobOutput.REJECTS).toString())
          .forEach(err::println);
      err.println("wrote " + output);
      out.println(summary.line());
      return 0;
    } finally {
      spark.stop();
    }
  }

  /** The custom lexicon's text, checked here so a bad file stops the job before it starts. */
  private Optional<String> lexiconText() {
    if (lexicon == null) {
      return Optional.empty();
    }
    String text = Lexicon.readText(lexicon);
    Lexicon.parse(text, lexicon.toString());
    return Optional.of(text);
  }

  private static final String SHUFFLE_PARTITIONS = "spark.sql.shuffle.partitions";

  /**
   * The Spark session: the cluster's under spark-submit, else Spark inside this process, bound to
   * the loopback address so that nothing listens on the machine's network.
   */
  static SparkSession session(String master) {
    SparkConf conf = new SparkConf().setAppName("rolelens spark-score");
    if (master != null) {
      conf.setMaster(master);
    } else if (!conf.contains("spark.master")) {
      conf.setMaster("local[*]");
    }
    // The outcome rows have more columns than Spark prints of a plan without a warning.
    conf.setIfMissing("spark.sql.debug.maxToStringFields", "100");
    if (conf.get("spark.master").startsWith("local")) {
      conf.setIfMissing("spark.driver.host", "127.0.0.1")
          .setIfMissing("spark.driver.bindAddress", "127.0.0.1")
          .setIfMissing("spark.ui.enabled", "false")
          // Spark's own progress bar on a terminal; none in a pipe or a CI log.
          .setIfMissing("spark.ui.showConsoleProgress", String.valueOf(Terminal.isInteractive()));
    }
    SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
    if (spark.sparkContext().isLocal() && !spark.conf().contains(SHUFFLE_PARTITIONS)) {
      // Spark's default of 200 suits a cluster; in one process it only adds tasks to the
      // duplicate and aggregate steps.
      spark.conf().set(SHUFFLE_PARTITIONS, 2L * spark.sparkContext().defaultParallelism());
    }
    return spark;
  }

  /**
   * The job jar's entry point: {@code spark-submit --class io.rolelens.spark.SparkScoreCommand}.
   */
  public static void main(String[] args) {
    CommandLine cli = new CommandLine(new SparkScoreCommand());
    cli.setExecutionExceptionHandler(
        (e, line, parsed) -> {
          line.getErr().println("rolelens spark-score: " + e.getMessage());
          return 1;
        });
    System.exit(cli.execute(args));
  }
}
