package io.rolelens.spark;

import io.rolelens.scoring.PostingScorer;
import io.rolelens.scoring.csv.RowResult;
import java.util.Iterator;
import java.util.Optional;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;

/**
 * Scores the rows of one partition with the executor's shared {@link PostingScorer}, one row at a
 * time as Spark pulls them, so nothing is held but the row at hand: a row read becomes its scored
 * {@link ScoredRows#OUTCOME} row or a reject with the reason; a row already rejected while reading
 * passes through.
 */
final class ScorePostings implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  /** The custom lexicon's text, or null for the bundled one (Optional is not serializable). */
  private final String lexiconText;

  ScorePostings(Optional<String> lexiconText) {
    this.lexiconText = lexiconText.orElse(null);
  }

  @Override
  public Iterator<Row> call(Iterator<Row> rows) {
    PostingScorer scorer = ExecutorScorer.forLexicon(Optional.ofNullable(lexiconText));
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

  private static Row score(PostingScorer scorer, Row raw) {
    int file = raw.getInt(0);
    String name = raw.getString(1);
    return switch (ReadExport.result(raw)) {
      case RowResult.Unreadable u -> ScoredRows.rejected(file, name, u);
      case RowResult.Read read ->
          ScoredRows.outcome(file, name, read.posting().line(), scorer.score(read.posting()));
    };
  }
}
