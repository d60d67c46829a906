package io.rolelens.scoring;

import io.rolelens.analyzer.Analysis;
import io.rolelens.analyzer.PostingException;
import io.rolelens.analyzer.RoleAnalyzer;
import io.rolelens.scoring.csv.RawPosting;
import io.rolelens.scoring.csv.RowResult;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns one posting of an export into its scored row, or into a rejected row with the reason: HTML
 * to text, the analysis, the quarter. A posting whose title and text repeat one scored recently
 * reuses that analysis (the analyzer is deterministic, so the row is the same). Duplicates are not
 * marked here: that needs the postings in input order ({@link DuplicateIndex}).
 *
 * <p>Thread-safe: one instance serves every scoring thread of a process (the batch scorer's pool, a
 * Spark executor's task threads).
 */
public final class PostingScorer {
  /** Recently analysed (title, text) pairs; exports repeat postings, often close together. */
  private static final int MAX_REMEMBERED = 20_000;

  /** What scoring one posting gave: exactly one of the two is set. */
  public record Outcome(ScoredPosting scored, RowResult.Unreadable rejected) {
    public Outcome {
      if ((scored == null) == (rejected == null)) {
        throw new IllegalArgumentException("an outcome is either scored or rejected");
      }
    }
  }

  /** What a (title, text) pair scored: everything two postings with the same pair share. */
  private record Remembered(PostingScores scores, long descriptionHash) {}

  private final RoleAnalyzer analyzer;
  private final ConcurrentHashMap<Long, Remembered> remembered = new ConcurrentHashMap<>();

  /** A scorer over {@code analyzer}. */
  public PostingScorer(RoleAnalyzer analyzer) {
    this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
  }

  /** Scores one posting; anything that goes wrong becomes a rejected row with its reason. */
  public Outcome score(RawPosting p) {
    try {
      String text = HtmlText.toText(p.description());
      if (text.isBlank()) {
        return reject(p, "the description has no text once HTML is removed");
      }
      long key = DescriptionHash.exact(p.title(), text);
      Remembered seen = remembered.get(key);
      if (seen == null) {
        Analysis a = analyzer.analyze(p.title(), text);
        seen = new Remembered(PostingScores.of(a), DescriptionHash.of(text));
        if (remembered.size() >= MAX_REMEMBERED) {
          remembered.clear(); // crude, but keeps memory flat; a miss only costs one analysis
        }
        remembered.put(key, seen);
      }
      return new Outcome(ScoredPosting.of(p, seen.scores(), text, seen.descriptionHash()), null);
    } catch (PostingException e) {
      return reject(p, e.getMessage());
    } catch (RuntimeException | StackOverflowError e) {
      return reject(p, "could not be scored: " + e);
    }
  }

  private static Outcome reject(RawPosting p, String reason) {
    return new Outcome(null, new RowResult.Unreadable(p.row(), p.line(), p.id(), reason));
  }
}
