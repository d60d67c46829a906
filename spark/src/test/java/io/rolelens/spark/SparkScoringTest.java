package io.rolelens.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rolelens.analyzer.RoleAnalyzer;
import io.rolelens.scoring.BatchScorer;
import io.rolelens.scoring.ScoredPosting;
import io.rolelens.scoring.csv.PostingReader;
import io.rolelens.scoring.csv.RowResult;
import io.rolelens.scoring.tally.ReportTallies;
import io.rolelens.scoring.tally.Tally;
import io.rolelens.scoring.tally.TallyFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SparkScoringTest {
  private static final String HEADER = "job_id,title,company,location,date_posted,description\n";
  private static final String VISION =
      "\"<p>Own the product vision &amp; strategy.</p><p>Define the roadmap and measure"
          + " outcomes.</p>\"";
  private static final String BACKLOG =
      "\"Own and order the product backlog, write user stories with acceptance criteria and run"
          + " sprint planning with the Scrum team.\"";
  private static final String SCHEDULE =
      "\"Plan the schedule, track milestones and manage the budget and resources. PMP"
          + " required.\"";

  private static SparkSession spark;

  @TempDir Path dir;

  /**
   * Spark with Kryo, as many clusters set it: the job must not depend on Java serialization of what
   * it ships.
   */
  @BeforeAll
  static void startSpark() {
    System.setProperty("spark.serializer", "org.apache.spark.serializer.KryoSerializer");
    try {
      spark = SparkScoreCommand.session("local[2]");
    } finally {
      System.clearProperty("spark.serializer");
    }
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  @Test
  void writesParquetRowsEqualToTheBatchScorersFieldByField() throws Exception {
    Path input =
        write(
            "a.csv",
            HEADER
                + "a-1,Product Manager,Acme,Berlin,2025-02-03,"
                + VISION
                + "\na-2,Product Owner,Beta,Oslo,someday,"
                + BACKLOG
                + "\na-3,Product Manager,Gamma,Rome,2025-07-01,\"<br>\"\n"
                + "a-4,Project Manager,Delta,Lima,2024-11-30,"
                + SCHEDULE
                + "\n");

    SparkSummary summary = job(List.of(input.toString())).run(spark, note -> {});

    assertThat(summary.line()).startsWith("rows_in=4 scored=3 rejected=1 duplicates=0 ");
    assertThat(spark.sparkContext().conf().get("spark.serializer")).endsWith("KryoSerializer");
    ReportTallies tallies = TallyFiles.read(dir.resolve("out")).tallies();
    assertThat(tallies.table(Tally.MATRIX).rows().values().stream().mapToLong(c -> c[0]).sum())
        .isEqualTo(3);
    List<List<String>> expected = new ArrayList<>();
    for (ScoredPosting p : batchScored(input)) {
      expected.add(withSeniority(p));
    }
    List<List<String>> actual = new ArrayList<>();
    for (Row row : parquetInRowOrder()) {
      actual.add(withSeniority(ScoredRows.posting(row)));
    }
    assertThat(actual).isEqualTo(expected);
    assertThat(Files.readString(dir.resolve("out/rejects.csv")))
        .isEqualTo(
            "file,row,line,id,reason\n"
                + input.toAbsolutePath()
                + ",4,4,a-3,the description has no text once HTML is removed\n");
    assertThat(dir.resolve("out/scored/quarter=2025Q1")).isDirectory();
    assertThat(dir.resolve("out/scored/quarter=__HIVE_DEFAULT_PARTITION__")).isDirectory();
  }

  @Test
  void marksDuplicatesAcrossFilesWithTheFirstByFileAndRowOrder() throws Exception {
    Path second = write("b.csv", HEADER + "b-1,Product Manager,Acme,Berlin,2025-02-03," + VISION);
    Path first =
        write(
            "z.csv",
            HEADER
                + "z-1,Product Owner,Beta,Oslo,2025-03-01,"
                + BACKLOG
                + "\nz-2,Product Manager,Acme,Paris,2025-04-03,"
                + VISION
                + "\n");

    // z.csv is named first, so its z-2 is the original of b-1 although b.csv sorts before it.
    SparkSummary summary = job(List.of(first.toString(), second.toString())).run(spark, note -> {});

    assertThat(summary.duplicates()).isEqualTo(1);
    Map<String, String> duplicateOf = new java.util.HashMap<>();
    for (Row row : parquetInRowOrder()) {
      duplicateOf.put(row.getAs("id"), row.getAs("duplicate_of"));
    }
    assertThat(duplicateOf).containsEntry("b-1", "z-2").containsEntry("z-2", null);
  }

  @Test
  void readsEveryFileOfAFolderOrGlobInNameOrder() throws Exception {
    write("in/2.csv", HEADER + "two,Product Owner,Beta,Oslo,2025-03-01," + BACKLOG + "\n");
    write("in/1.csv", HEADER + "one,Product Owner,Beta,Oslo,2025-03-01," + BACKLOG + "\n");
    write("in/_SUCCESS", "");
    List<String> notes = new ArrayList<>();

    SparkSummary summary = job(List.of(dir.resolve("in").toString())).run(spark, notes::add);

    assertThat(summary.duplicates()).isEqualTo(1);
    assertThat(notes).hasSize(2);
    assertThat(notes.get(0)).contains("1.csv: columns: id=job_id");
    assertThat(parquetInRowOrder())
        .filteredOn(r -> r.getAs("duplicate_of") != null)
        .extracting(r -> r.getAs("id"))
        .containsExactly("two");
  }

  @Test
  void saysWhichInputMatchesNothingAndWritesNothing() {
    SparkScoring job = job(List.of(dir.resolve("missing-*.csv").toString()));

    assertThatThrownBy(() -> job.run(spark, note -> {}))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("no file matches")
        .hasMessageContaining("missing-*.csv");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void namesAFileWhoseHeaderHasNoDescriptionBeforeTheJobStarts() throws Exception {
    Path input = write("bad.csv", "id,title\n1,Product Manager\n");

    assertThatThrownBy(() -> job(List.of(input.toString())).run(spark, note -> {}))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith(input.toAbsolutePath().toString() + ": ")
        .hasMessageContaining("nothing was written");
  }

  private SparkScoring job(List<String> inputs) {
    return new SparkScoring(
        inputs, dir.resolve("out").toString(), false, false, Map.of(), Optional.empty(), 3, 10, 0);
  }

  private List<Row> parquetInRowOrder() {
    return spark.read().parquet(dir.resolve("out/scored").toString()).collectAsList().stream()
        .sorted(
            Comparator.comparing((Row r) -> r.<String>getAs(ScoredRows.SOURCE_FILE))
                .thenComparing(r -> r.<Long>getAs(ScoredRows.SOURCE_ROW)))
        .toList();
  }

  private static List<String> withSeniority(ScoredPosting p) {
    List<String> cells = new ArrayList<>(p.cells(false));
    cells.add(p.scores().seniority());
    cells.add(Long.toString(p.row()));
    cells.add(Long.toString(p.descriptionHash()));
    return cells;
  }

  private static List<ScoredPosting> batchScored(Path input) throws Exception {
    List<ScoredPosting> scored = new ArrayList<>();
    try (PostingReader reader = PostingReader.open(input)) {
      new BatchScorer(RoleAnalyzer.builder().build(), 2)
          .run(
              reader,
              new BatchScorer.Sink() {
                @Override
                public void scored(ScoredPosting posting) {
                  scored.add(posting);
                }

                @Override
                public void rejected(RowResult.Unreadable row) {}
              },
              rows -> {});
    }
    return scored;
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }
}
