package io.rolelens.batch.report;

import io.rolelens.scoring.Quarters;
import io.rolelens.scoring.Steps;
import io.rolelens.scoring.index.ExistingIndex;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.Bits;

/**
 * Computes a role-confusion report from an index: reads every posting once (duplicates left out)
 * into {@link ReportFacts}, then has each {@link ReportSection} compute its table from them.
 * Configure with the fluent setters; not thread-safe.
 */
public final class ReportBuilder {
  private String quarter;
  private int top = 10;
  private int minCount = 5;
  private int examples = 3;
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
        new BreakdownSection("by_company", "By company", PostingFacts::company, top, minCount),
        new BreakdownSection("by_location", "By location", PostingFacts::location, top, minCount),
        new BreakdownSection(
            "by_seniority", "By seniority", PostingFacts::seniority, top, minCount),
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
    List<PostingFacts> all = new ArrayList<>();
    int duplicates = read(indexDir, all, steps);
    TreeSet<String> quarters =
        all.stream()
            .map(PostingFacts::quarter)
            .filter(Quarters::isQuarter)
            .collect(Collectors.toCollection(TreeSet::new));
    if (quarter != null && !quarters.contains(quarter)) {
      throw new IllegalArgumentException(
          "the index has no postings in "
              + quarter
              + "; it has "
              + (quarters.isEmpty() ? "no dated postings" : String.join(", ", quarters)));
    }
    List<PostingFacts> scope =
        quarter == null ? all : all.stream().filter(p -> p.quarter().equals(quarter)).toList();
    List<PostingFacts> titled = scope.stream().filter(PostingFacts::titledAsScoredRole).toList();
    Map<String, List<PostingFacts>> byQuarter =
        all.stream()
            .filter(p -> Quarters.isQuarter(p.quarter()))
            .filter(PostingFacts::titledAsScoredRole)
            .collect(
                Collectors.groupingBy(PostingFacts::quarter, TreeMap::new, Collectors.toList()));

    ReportFacts facts = new ReportFacts(quarter, quarters, byQuarter, scope, titled);
    List<Table> tables = sections().stream().map(section -> section.table(facts)).toList();

    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("generated_at", generatedAt);
    meta.put("scope", quarter == null ? "all quarters" : quarter);
    meta.put("quarters_in_index", List.copyOf(quarters));
    meta.put("postings_in_index", all.size() + duplicates);
    meta.put("duplicates_excluded", duplicates);
    meta.put("postings_in_scope", scope.size());
    meta.put("postings_titled_as_a_scored_role", titled.size());
    meta.put(
        "undated_postings", all.stream().filter(p -> !Quarters.isQuarter(p.quarter())).count());
    meta.put("lexicon_version", lexiconVersion);
    meta.put("min_group_size", minCount);
    return new Report(meta, tables, Methodology.paragraphs(meta));
  }

  private static int read(Path indexDir, List<PostingFacts> into, Steps steps) throws IOException {
    int duplicates = 0;
    try (ExistingIndex index = ExistingIndex.open(indexDir)) {
      steps.total(index.reader().numDocs());
      for (LeafReaderContext leaf : index.reader().leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        StoredFields stored = leaf.reader().storedFields();
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          if (live != null && !live.get(doc)) {
            continue;
          }
          PostingFacts p = PostingFacts.of(stored.document(doc));
          steps.done(1);
          if (p.duplicate()) {
            duplicates++;
          } else {
            into.add(p);
          }
        }
      }
    }
    into.sort(Comparator.comparing(PostingFacts::id));
    return duplicates;
  }
}
