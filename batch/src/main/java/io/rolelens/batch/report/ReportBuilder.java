package io.rolelens.batch.report;

import io.rolelens.batch.index.PostingFields;
import io.rolelens.scoring.EvidenceList;
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
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.Bits;

/**
 * Computes a role-confusion report from an index: reads every posting once (duplicates left out),
 * then builds each section's table. Configure with the fluent setters; not thread-safe.
 */
public final class ReportBuilder {
  static final List<String> BUCKETS = List.of("0-19", "20-39", "40-59", "60-79", "80-100");

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

    List<Table> tables = new ArrayList<>();
    tables.add(headline(quarter == null ? quarters : new TreeSet<>(List.of(quarter)), byQuarter));
    tables.add(distribution(titled));
    tables.add(matrix(scope));
    tables.add(trend(quarters, byQuarter));
    tables.add(breakdown("by_company", "By company", titled, PostingFacts::company));
    tables.add(breakdown("by_location", "By location", titled, PostingFacts::location));
    tables.add(breakdown("by_seniority", "By seniority", titled, PostingFacts::seniority));
    tables.add(drivingPhrases(titled));
    tables.add(certifications(titled));
    tables.add(outcomeOutput(titled));
    tables.add(examples(titled));

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

  private Table headline(TreeSet<String> quarters, Map<String, List<PostingFacts>> byQuarter) {
    List<List<Object>> rows = new ArrayList<>();
    for (String q : quarters) {
      String prev = Quarters.previous(q);
      for (String role : Roles.IDS) {
        Stats now = Stats.of(ofRole(byQuarter.getOrDefault(q, List.of()), role));
        Stats before =
            byQuarter.containsKey(prev) ? Stats.of(ofRole(byQuarter.get(prev), role)) : null;
        rows.add(
            List.of(
                q,
                role,
                now.postings(),
                before == null ? "" : (Object) (now.postings() - before.postings()),
                now.called(),
                orBlank(now.otherRoleShare()),
                before == null
                    ? ""
                    : orBlank(Stats.changePoints(now.otherRoleShare(), before.otherRoleShare())),
                orBlank(now.mismatchShare()),
                orBlank(now.meanConfusion()),
                before == null
                    ? ""
                    : orBlank(
                        Stats.changePoints(
                            now.meanConfusion() == null ? null : now.meanConfusion() / 100,
                            before.meanConfusion() == null
                                ? null
                                : before.meanConfusion() / 100))));
      }
    }
    return new Table(
        "headline",
        "Headline figures",
        "Per quarter and title role; *_qoq columns compare with the quarter before (shares in"
            + " percentage points, postings in postings, confusion in score points)."
            + " other_role_share counts postings whose body reads as a different role among those"
            + " with a body role called.",
        List.of(
            "quarter",
            "title_role",
            "postings",
            "postings_qoq",
            "body_role_called",
            "other_role_share",
            "other_role_share_qoq_pp",
            "mismatch_share",
            "mean_confusion",
            "mean_confusion_qoq"),
        rows);
  }

  private Table distribution(List<PostingFacts> titled) {
    List<List<Object>> rows = new ArrayList<>();
    for (String role : Roles.IDS) {
      int[] counts = new int[BUCKETS.size()];
      for (PostingFacts p : ofRole(titled, role)) {
        if (p.confusion() != null) {
          counts[Math.min(4, p.confusion() / 20)]++;
        }
      }
      List<Object> row = new ArrayList<>(List.of(role));
      for (int c : counts) {
        row.add(c);
      }
      rows.add(row);
    }
    List<String> columns = new ArrayList<>(List.of("title_role"));
    columns.addAll(BUCKETS);
    return new Table(
        "confusion_distribution",
        "Confusion-score distribution",
        "Postings per confusion-score band (0 = the body is all about the titled role, 100 = none"
            + " of it is); unclear postings are not counted.",
        columns,
        rows);
  }

  private Table matrix(List<PostingFacts> scope) {
    int otherJob = Roles.IDS.size();
    int noCall = otherJob + 1;
    Map<String, int[]> counts = new TreeMap<>();
    for (PostingFacts p : scope) {
      int column =
          p.bodyCalled() ? Roles.IDS.indexOf(p.bodyRole()) : p.otherJob() ? otherJob : noCall;
      counts.computeIfAbsent(p.titleRole(), k -> new int[noCall + 1])[column]++;
    }
    List<List<Object>> rows = new ArrayList<>();
    List<String> order = new ArrayList<>(Roles.IDS);
    counts.keySet().stream().filter(k -> !Roles.IDS.contains(k)).forEach(order::add);
    for (String titleRole : order) {
      int[] c = counts.getOrDefault(titleRole, new int[noCall + 1]);
      rows.add(List.of(titleRole, c[0], c[1], c[2], c[otherJob], c[noCall]));
    }
    return new Table(
        "matrix",
        "Title role × body role",
        "Rows: the role the title names; columns: the role the body reads as, 'other_job' when the"
            + " body describes a different job (another job's tools and duties outweigh its role"
            + " evidence), 'no_call' when it is too thin or not English.",
        List.of(
            "title_role",
            "body_product_manager",
            "body_project_manager",
            "body_product_owner",
            "other_job",
            "no_call"),
        rows);
  }

  private Table trend(TreeSet<String> quarters, Map<String, List<PostingFacts>> byQuarter) {
    List<List<Object>> rows = new ArrayList<>();
    for (String q : quarters) {
      for (String role : Roles.IDS) {
        Stats s = Stats.of(ofRole(byQuarter.getOrDefault(q, List.of()), role));
        rows.add(
            List.of(
                q,
                role,
                s.postings(),
                orBlank(s.otherRoleShare()),
                orBlank(s.mismatchShare()),
                orBlank(s.meanConfusion())));
      }
    }
    return new Table(
        "trend",
        "Confusion trend over all quarters",
        "Every quarter in the index, whatever the report's scope.",
        List.of(
            "quarter",
            "title_role",
            "postings",
            "other_role_share",
            "mismatch_share",
            "mean_confusion"),
        rows);
  }

  private Table breakdown(
      String name, String title, List<PostingFacts> titled, Function<PostingFacts, String> key) {
    Map<String, List<PostingFacts>> groups =
        titled.stream()
            .collect(
                Collectors.groupingBy(
                    p -> p.titleRole() + "\u0000" + key.apply(p),
                    TreeMap::new,
                    Collectors.toList()));
    List<List<Object>> rows = new ArrayList<>();
    for (String role : Roles.IDS) {
      groups.entrySet().stream()
          .filter(e -> e.getKey().startsWith(role + "\u0000") && e.getValue().size() >= minCount)
          .filter(e -> !e.getKey().endsWith("\u0000" + PostingFields.NONE))
          .sorted(
              Comparator.comparing(
                      (Map.Entry<String, List<PostingFacts>> e) -> -e.getValue().size())
                  .thenComparing(Map.Entry::getKey))
          .limit(top)
          .forEach(
              e -> {
                Stats s = Stats.of(e.getValue());
                rows.add(
                    List.of(
                        role,
                        e.getKey().substring(role.length() + 1),
                        s.postings(),
                        orBlank(s.otherRoleShare()),
                        orBlank(s.mismatchShare()),
                        orBlank(s.meanConfusion())));
              });
    }
    return new Table(
        name,
        title,
        "Top "
            + top
            + " groups per title role by postings, groups of at least "
            + minCount
            + " postings only.",
        List.of(
            "title_role",
            name.substring(3),
            "postings",
            "other_role_share",
            "mismatch_share",
            "mean_confusion"),
        rows);
  }

  private Table drivingPhrases(List<PostingFacts> titled) {
    Map<String, Map<String, int[]>> byKind = new TreeMap<>();
    Map<String, Integer> kindSizes = new TreeMap<>();
    Map<String, Map<String, Integer>> texts = new TreeMap<>();
    for (PostingFacts p : titled) {
      if (!p.otherRole()) {
        continue;
      }
      String kind = p.titleRole() + "->" + p.bodyRole();
      kindSizes.merge(kind, 1, Integer::sum);
      String prefix = Roles.PREFIX.get(p.bodyRole());
      p.evidence().stream()
          .filter(e -> e.rolePrefix().equals(prefix))
          .map(EvidenceList.Phrase::phraseId)
          .distinct()
          .forEach(
              id ->
                  byKind.computeIfAbsent(kind, k -> new TreeMap<>())
                      .computeIfAbsent(id, k -> new int[1])[0]++);
      p.evidence()
          .forEach(
              e ->
                  texts
                      .computeIfAbsent(e.phraseId(), k -> new TreeMap<>())
                      .merge(e.folded(), 1, Integer::sum));
    }
    List<List<Object>> rows = new ArrayList<>();
    byKind.forEach(
        (kind, phrases) ->
            phrases.entrySet().stream()
                .sorted(
                    Comparator.comparing((Map.Entry<String, int[]> e) -> -e.getValue()[0])
                        .thenComparing(Map.Entry::getKey))
                .limit(top)
                .forEach(
                    e ->
                        rows.add(
                            List.of(
                                kind,
                                e.getKey(),
                                commonest(texts.get(e.getKey())),
                                e.getValue()[0],
                                Stats.round((double) e.getValue()[0] / kindSizes.get(kind))))));
    return new Table(
        "driving_phrases",
        "Phrases that drive each kind of mismatch",
        "For postings whose body reads as another role: the phrases of that other role found most"
            + " often (postings containing each).",
        List.of("kind", "phrase_id", "phrase", "postings", "share_of_kind"),
        rows);
  }

  private Table certifications(List<PostingFacts> titled) {
    List<List<Object>> rows = new ArrayList<>();
    for (String role : Roles.IDS) {
      List<PostingFacts> group = ofRole(titled, role);
      Map<String, int[]> counts = new TreeMap<>();
      Map<String, Map<String, Integer>> texts = new TreeMap<>();
      for (PostingFacts p : group) {
        p.evidence().stream()
            .filter(EvidenceList.Phrase::isCertification)
            .forEach(
                e ->
                    texts
                        .computeIfAbsent(e.phraseId(), k -> new TreeMap<>())
                        .merge(e.folded(), 1, Integer::sum));
        p.evidence().stream()
            .filter(EvidenceList.Phrase::isCertification)
            .map(EvidenceList.Phrase::phraseId)
            .distinct()
            .forEach(id -> counts.computeIfAbsent(id, k -> new int[1])[0]++);
      }
      counts.entrySet().stream()
          .sorted(
              Comparator.comparing((Map.Entry<String, int[]> e) -> -e.getValue()[0])
                  .thenComparing(Map.Entry::getKey))
          .forEach(
              e ->
                  rows.add(
                      List.of(
                          role,
                          e.getKey(),
                          commonest(texts.get(e.getKey())),
                          e.getValue()[0],
                          Stats.round((double) e.getValue()[0] / group.size()))));
    }
    return new Table(
        "certifications",
        "Certifications asked for, per title role",
        "Postings mentioning each certification (not counting 'not required'), and their share of"
            + " the title role's postings.",
        List.of(
            "title_role", "certification_id", "certification", "postings", "share_of_title_role"),
        rows);
  }

  private Table outcomeOutput(List<PostingFacts> titled) {
    List<List<Object>> rows = new ArrayList<>();
    for (String role : Roles.IDS) {
      List<Double> values =
          ofRole(titled, role).stream()
              .map(PostingFacts::outcomeOutput)
              .filter(java.util.Objects::nonNull)
              .sorted()
              .toList();
      double mean = values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
      rows.add(
          List.of(
              role,
              values.size(),
              values.isEmpty() ? "" : (Object) Stats.round(mean),
              values.isEmpty() ? "" : (Object) values.get(values.size() / 2),
              values.isEmpty()
                  ? ""
                  : (Object)
                      Stats.round(
                          values.stream().filter(v -> v > 0).count() / (double) values.size()),
              values.isEmpty()
                  ? ""
                  : (Object)
                      Stats.round(
                          values.stream().filter(v -> v < 0).count() / (double) values.size())));
    }
    return new Table(
        "outcome_output",
        "Outcome-versus-output index per title role",
        "From -1 (all output work: timelines, backlogs, deliverables) to +1 (all outcome work:"
            + " value, strategy, results).",
        List.of(
            "title_role",
            "postings_with_evidence",
            "mean_index",
            "median_index",
            "outcome_leaning_share",
            "output_leaning_share"),
        rows);
  }

  private Table examples(List<PostingFacts> titled) {
    Map<String, List<PostingFacts>> byKind =
        titled.stream()
            .filter(p -> p.otherRole() || p.otherJob())
            .collect(
                Collectors.groupingBy(
                    p -> p.titleRole() + "->" + (p.otherJob() ? p.bodyStatus() : p.bodyRole()),
                    TreeMap::new,
                    Collectors.toList()));
    List<List<Object>> rows = new ArrayList<>();
    byKind.forEach(
        (kind, group) ->
            group.stream()
                .sorted(
                    Comparator.comparing(
                            (PostingFacts p) -> p.confusion() == null ? -1 : -p.confusion())
                        .thenComparing(PostingFacts::id))
                .limit(examples)
                .forEach(
                    p ->
                        rows.add(
                            List.of(
                                kind,
                                p.id(),
                                p.title(),
                                p.company(),
                                p.quarter(),
                                p.verdict(),
                                p.confusion() == null ? "" : (Object) p.confusion(),
                                p.suggestedTitle(),
                                p.evidence().stream()
                                    .limit(4)
                                    .map(EvidenceList.Phrase::text)
                                    .collect(Collectors.joining("; "))))));
    return new Table(
        "examples",
        "Example postings per mismatch kind",
        "The most confused postings of each kind (the body read as another role, or as another job"
            + " altogether), with the title that fits the body and the phrases that weighed most.",
        List.of(
            "kind",
            "id",
            "title",
            "company",
            "quarter",
            "verdict",
            "confusion_score",
            "suggested_title",
            "evidence"),
        rows);
  }

  private static List<PostingFacts> ofRole(List<PostingFacts> facts, String role) {
    return facts.stream().filter(p -> p.titleRole().equals(role)).toList();
  }

  private static Object orBlank(Double d) {
    return d == null ? "" : d;
  }

  private static String commonest(Map<String, Integer> counts) {
    return counts == null
        ? ""
        : counts.entrySet().stream()
            .sorted(
                Comparator.comparing((Map.Entry<String, Integer> e) -> -e.getValue())
                    .thenComparing(Map.Entry::getKey))
            .map(Map.Entry::getKey)
            .findFirst()
            .orElse("");
  }
}
