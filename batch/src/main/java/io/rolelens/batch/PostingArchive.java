package io.rolelens.batch;

import io.rolelens.analyzer.title.TitleReading;
import io.rolelens.batch.index.PostingIndexer;
import io.rolelens.batch.mine.MinedPhrases;
import io.rolelens.batch.mine.PhraseMinerBuilder;
import io.rolelens.batch.report.Report;
import io.rolelens.batch.report.ReportBuilder;
import io.rolelens.batch.report.ReportWriter;
import io.rolelens.batch.search.PostingSearch;
import io.rolelens.scoring.Steps;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Function;

/**
 * The batch library's front door: a Lucene index of scored postings in one directory, to add a
 * scored CSV to, search, write the quarterly report from, and mine for phrases. Each call opens
 * what it needs and closes it again, so an archive holds nothing between calls. Immutable and
 * thread-safe; Lucene allows one writer per directory at a time.
 *
 * <pre>{@code
 * PostingArchive archive = PostingArchive.at(Path.of("index"));
 * archive.add(scoredCsv, analyzer::readTitle);
 * PostingSearch.Answer a = archive.search("title_role:product_manager AND body:backlog", 10, 5);
 * archive.writeReport(new ReportBuilder().quarter("2025Q3"), Path.of("report"), Steps.NONE);
 * }</pre>
 */
public final class PostingArchive {
  private final Path dir;

  private PostingArchive(Path dir) {
    this.dir = Objects.requireNonNull(dir, "dir");
  }

  /** The archive in {@code dir} (created by the first {@link #add}). */
  public static PostingArchive at(Path dir) {
    return new PostingArchive(dir);
  }

  /** Its directory. */
  public Path dir() {
    return dir;
  }

  /**
   * Adds the postings of a scored CSV (from {@code rolelens score}), replacing postings already
   * there by id; {@code titles} reads a title (the analyzer's {@code readTitle}) for its seniority.
   */
  public PostingIndexer.Result add(Reader scoredCsv, Function<String, TitleReading> titles)
      throws IOException {
    return new PostingIndexer(titles).index(scoredCsv, dir);
  }

  /** Searches with Lucene query syntax; see {@link PostingSearch#search}. */
  public PostingSearch.Answer search(String query, int top, int facetTop) throws IOException {
    return PostingSearch.search(dir, query, top, facetTop);
  }

  /** Computes the report {@code settings} describe; {@code steps} hears the postings read. */
  public Report report(ReportBuilder settings, Steps steps) throws IOException {
    return settings.build(dir, steps);
  }

  /** Computes the report and writes it (HTML, Markdown, JSON, CSV tables) into {@code out}. */
  public Report writeReport(ReportBuilder settings, Path out, Steps steps) throws IOException {
    Report report = report(settings, steps);
    ReportWriter.write(report, out);
    return report;
  }

  /** Mines phrases of one title role against another or the rest, as {@code settings} say. */
  public MinedPhrases mine(PhraseMinerBuilder settings, String titleRole, String against)
      throws IOException {
    return settings.build().mine(dir, titleRole, against);
  }
}
