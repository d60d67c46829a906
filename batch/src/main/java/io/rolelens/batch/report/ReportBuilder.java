package io.rolelens.batch.report;

import io.rolelens.scoring.Quarters;
import io.rolelens.scoring.Steps;
import io.rolelens.scoring.index.ExistingIndex;
import io.rolelens.scoring.tally.ReportTallies;
import io.rolelens.scoring.tally.TalliedPosting;
import io.rolelens.scoring.tally.Tally;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.Bits;

/**
 * Computes a role-confusion report from an index or from aggregates: every posting is tallied once
 * into {@link ReportTallies} (duplicates counted apart), then each {@link ReportSection} computes
 * its table from the tallies in the report's scope. Configure with the fluent setters; not
 * thread-safe.
 */
public final class ReportBuilder {
  private String quarter;
  private int top = 10;
  private int minCount = 5;

  /** Example postings per mismatch kind unless told otherwise. */
  public static final int DEFAULT_EXAMPLES = 3;

  private int examples = DEFAULT_EXAMPLES;
  private String generatedAt =
      java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
  private String lexiconVersion = "";

  /** Reports one quarter such as {@code 2025Q3}; null (the default) reports every quarter. */
  public ReportBuilder quarter(String quarter) {
    if (quarter != null && !Quarters.isQuarter(quarter)) {
      throw new IllegalArgumentException("--quarter must look like 2025Q3, was '" + quarter + "'");
    }
    this.quarter = quarter;
    return this;
  }

  /** Rows shown per breakdown (default 10). */
  public ReportBuilder top(int top) {
    this.top = positive(top, "top");
    return this;
  }

  /** Smallest group shown in a breakdown (default 5), so small groups are not over-read. */
  public ReportBuilder minCount(int minCount) {
    this.minCount = positive(minCount, "min-count");
    return this;
  }

  /** Example postings per mismatch kind (default 3). */
  public ReportBuilder examples(int examples) {
    this.examples = positive(examples, "examples");
    return this;
  }

  /** The timestamp written in the report (default now), fixed in tests. */
  public ReportBuilder generatedAt(String generatedAt) {
    this.generatedAt = generatedAt;
    return this;
  }

  /** The lexicon version named in the methodology. */
  public ReportBuilder lexiconVersion(String version) {
    this.lexiconVersion = version;
    return this;
  }

  private static int positive(int n, String name) {
    if (n < 1) {
      throw new IllegalArgumentException("--" + name + " must be at least 1, was " + n);
    }
    return n;
  }

  /** The report's sections, in the order they are shown. */
  private List<ReportSection> sections() {
    return List.of(
        new HeadlineSection(),
        new ConfusionDistributionSection(),
        new MatrixSection(),
        new TrendSection(),
        new BreakdownSection("company", "By company", top, minCount),
        new BreakdownSection("location", "By location", top, minCount),
        new BreakdownSection("seniority", "By seniority", top, minCount),
        new DrivingPhrasesSection(top),
        new CertificationsSection(),
        new OutcomeOutputSection(),
        new ExamplesSection(examples));
  }

  /** Reads the index at {@code indexDir} and computes the report. */
  public Report build(Path indexDir) throws IOException {
    return build(indexDir, Steps.NONE);
  }

  /**
   * Reads the index at {@code indexDir} and computes the report; {@code steps} hears the number of
   * postings in the index, then each one read (reading them is most of the time).
   */
  public Report build(Path indexDir, Steps steps) throws IOException {
    return build(tally(indexDir, examples, steps));
  }

  /**
   * Computes the report from tallies: those of an index ({@link #tally}) or the aggregates a Spark
   * job wrote, which give the same report for the same postings.
   *
   * @throws IllegalArgumentException when the quarter asked for has no postings, or more examples
   *     are asked for than the tallies kept
   */
  public Report build(ReportTallies tallies) {
    ReportFacts facts = new ReportFacts(tallies, quarter);
    TreeSet<String> quarters = facts.quarters();
    if (quarter != null && !quarters.contains(quarter)) {
      throw new IllegalArgumentException(
          "there are no postings in "
              + quarter
              + "; "
              + (quarters.isEmpty()
                  ? "there are no dated postings"
                  : "there are postings in " + String.join(", ", quarters)));
    }
    List<Table> tables = sections().stream().map(section -> section.table(facts)).toList();

    long all = 0;
    long undated = 0;
    long inScope = 0;
    for (Map.Entry<List<String>, long[]> row : tallies.table(Tally.MATRIX).rows().entrySet()) {
      String q = row.getKey().get(0);
      long n = row.getValue()[0];
      all += n;
      undated += Quarters.isQuarter(q) ? 0 : n;
      inScope += facts.inScope(q) ? n : 0;
    }
    long duplicates = 0;
    long duplicatesInScope = 0;
    for (Map.Entry<List<String>, long[]> row : tallies.table(Tally.DUPLICATES).rows().entrySet()) {
      duplicates += row.getValue()[0];
      duplicatesInScope += facts.inScope(row.getKey().get(0)) ? row.getValue()[0] : 0;
    }
    long titled = Roles.IDS.stream().mapToLong(facts::titled).sum();

    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("generated_at", generatedAt);
    meta.put("scope", quarter == null ? "all quarters" : quarter);
    meta.put("quarters_in_index", List.copyOf(quarters));
    meta.put("postings_in_index", Math.toIntExact(all + duplicates));
    meta.put("duplicates_excluded", Math.toIntExact(duplicatesInScope));
    meta.put("postings_in_scope", Math.toIntExact(inScope));
    meta.put("postings_titled_as_a_scored_role", Math.toIntExact(titled));
    meta.put("undated_postings", undated);
    Map<String, Object> spans = new LinkedHashMap<>();
    facts.spans().forEach((q, span) -> spans.put(q, span.meta()));
    meta.put("quarter_spans", spans);
    meta.put("lexicon_version", lexiconVersion);
    meta.put("min_group_size", minCount);
    return new Report(meta, tables, Methodology.paragraphs(meta));
  }

  /**
   * Tallies every posting of the index at {@code indexDir} (duplicates counted apart), keeping
   * {@code examplesKept} examples per quarter and kind; {@code steps} hears the number of postings,
   * then each one read.
   */
  public static ReportTallies tally(Path indexDir, int examplesKept, Steps steps)
      throws IOException {
    ReportTallies tallies = new ReportTallies(examplesKept);
    try (ExistingIndex index = ExistingIndex.open(indexDir)) {
      steps.total(index.reader().numDocs());
      for (LeafReaderContext leaf : index.reader().leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        StoredFields stored = leaf.reader().storedFields();
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          if (live != null && !live.get(doc)) {
            continue;
          }
          tallies.add(TalliedPosting.of(stored.document(doc)));
          steps.done(1);
        }
      }
    }
    return tallies;
  }
}
