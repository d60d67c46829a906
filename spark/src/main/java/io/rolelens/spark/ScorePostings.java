package io.rolelens.spark;

import io.rolelens.scoring.InOrder;
import io.rolelens.scoring.PostingScorer;
import io.rolelens.scoring.csv.RowResult;
import java.util.Iterator;
import java.util.Optional;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.util.TaskCompletionListener;

/**
 * Scores the rows of one partition with the executor's shared {@link PostingScorer}, as Spark pulls
 * them: on the task's thread one row at a time, or on a few threads ({@link InOrder}, a small
 * window of rows in flight, results in row order) when the task is given more than one: a row read
 * becomes its scored {@link ScoredRows#OUTCOME} row or a reject with the reason; a row already
 * rejected while reading passes through.
 */
final class ScorePostings implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  /** The custom lexicon's text, or null for the bundled one (Optional is not serializable). */
  private final String lexiconText;

  /** How many threads score a task's rows. */
  private final int threads;

  ScorePostings(Optional<String> lexiconText, int threads) {
    this.lexiconText = lexiconText.orElse(null);
    this.threads = threads;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> rows) {
    PostingScorer scorer = ExecutorScorer.forLexicon(Optional.ofNullable(lexiconText));
    if (threads == 1) {
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return rows.hasNext();
        }

        @Override
        public Row next() {
          return score(scorer, rows.next());
        }
      };
    }
    InOrder<Row, Row> scored = new InOrder<>(rows, raw -> score(scorer, raw), threads, "scoring");
    // A task that fails or is cancelled stops its threads too.
    TaskContext task = TaskContext.get();
    if (task != null) {
      task.addTaskCompletionListener((TaskCompletionListener) done -> scored.close());
    }
    return scored;
  }

  private static Row score(PostingScorer scorer, Row raw) {
    int file = raw.getInt(0);
    String name = raw.getString(1);
    int warnings = ReadExport.warnings(raw);
    return switch (ReadExport.result(raw)) {
      case RowResult.Unreadable u -> ScoredRows.rejected(file, name, warnings, u);
      case RowResult.Read read ->
          ScoredRows.outcome(
              file, name, read.posting().line(), warnings, scorer.score(read.posting()));
    };
  }
}
