package io.rolelens.scoring.tally;

import io.rolelens.analyzer.Role;
import io.rolelens.analyzer.score.BodyStatus;
import io.rolelens.analyzer.score.Verdict;
import io.rolelens.scoring.EvidenceList;
import io.rolelens.scoring.Quarters;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Everything a role-confusion report is computed from, as additive tables per quarter: counts,
 * verdicts and confusion sums per title role (and per company, location and seniority), title role
 * against body role, confusion-score and outcome-index histograms, the phrases behind each kind of
 * mismatch, certifications, and the most confused example postings of each kind. Tallies over parts
 * of the input add up to the tallies of the whole ({@link #addAll}), which is how a Spark job
 * builds them and how {@code rolelens report} reads them back; a report from an index tallies its
 * postings the same way, so both give the same report.
 *
 * <p>Not thread-safe (one per task, added up afterwards); serializable.
 */
public final class ReportTallies implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  /** The group of {@link Tally#GROUPS} rows that covers every posting of the title role. */
  public static final String ALL = "all";

  /** The breakdowns {@link Tally#GROUPS} holds besides {@link #ALL}. */
  public static final List<String> BREAKDOWNS = List.of("company", "location", "seniority");

  /** The {@link Tally#MATRIX} body column of a body that describes another job. */
  public static final String OTHER_JOB = BodyStatus.OTHER_JOB.id();

  /** The {@link Tally#MATRIX} body column of a body too thin or not English to call. */
  public static final String NO_CALL = "no_call";

  private final int examplesKept;
  private final EnumMap<Tally, TallyTable> tables = new EnumMap<>(Tally.class);

  /** Per quarter and kind, the most confused examples, at most {@link #examplesKept}, in order. */
  private final HashMap<List<String>, List<ExamplePosting>> examples = new HashMap<>();

  /**
   * Empty tallies keeping at most {@code examplesKept} example postings per quarter and mismatch
   * kind (the most a report from them can show).
   */
  public ReportTallies(int examplesKept) {
    if (examplesKept < 1) {
      throw new IllegalArgumentException("examples kept must be at least 1, was " + examplesKept);
    }
    this.examplesKept = examplesKept;
    for (Tally t : Tally.values()) {
      tables.put(t, t.newTable());
    }
  }

  /** How many example postings it keeps per quarter and mismatch kind. */
  public int examplesKept() {
    return examplesKept;
  }

  /** Counts one posting. */
  public void add(TalliedPosting p) {
    String q = p.quarter();
    if (p.duplicate()) {
      table(Tally.DUPLICATES).add(List.of(q), 1);
      return;
    }
    Quarters.parse(p.datePosted())
        .filter(day -> Quarters.of(day).equals(q))
        .ifPresent(day -> table(Tally.DAYS).add(List.of(q, day.toString()), 1));
    String body = p.bodyRole().map(Role::id).orElse(p.otherJob() ? OTHER_JOB : NO_CALL);
    table(Tally.MATRIX).add(List.of(q, p.titleRole(), body), 1);
    if (!p.titledAsScoredRole()) {
      return;
    }
    String role = p.titleRole();
    long[] counts = groupCounts(p);
    table(Tally.GROUPS).add(List.of(q, role, ALL, ""), counts);
    List<String> values = List.of(p.company(), p.location(), p.seniority());
    for (int i = 0; i < BREAKDOWNS.size(); i++) {
      table(Tally.GROUPS).add(List.of(q, role, BREAKDOWNS.get(i), values.get(i)), counts);
    }
    table(Tally.VERDICTS).add(List.of(q, role, p.verdict().id()), 1);
    if (!p.shares().isEmpty()) {
      long[] thousandths = new long[Role.values().length + 1];
      thousandths[0] = 1;
      for (Role r : Role.values()) {
        thousandths[1 + r.ordinal()] = Math.round(p.shares().get(r) * 1000);
      }
      table(Tally.SHARES).add(List.of(q, role), thousandths);
    }
    if (p.confusion() != null) {
      table(Tally.CONFUSION_SCORES).add(List.of(q, role, p.confusion().toString()), 1);
    }
    if (p.outcomeOutput() != null) {
      table(Tally.OUTCOME_OUTPUT).add(List.of(q, role, p.outcomeOutput().toString()), 1);
    }
    if (p.otherRole()) {
      String kind = kind(role, p.bodyRole().orElseThrow().id());
      String prefix = p.bodyRole().orElseThrow().prefix();
      p.evidence().stream()
          .filter(e -> e.rolePrefix().equals(prefix))
          .map(EvidenceList.Phrase::phraseId)
          .distinct()
          .forEach(id -> table(Tally.DRIVING_PHRASES).add(List.of(q, kind, id), 1));
      p.evidence()
          .forEach(
              e -> table(Tally.DRIVING_PHRASE_TEXTS).add(List.of(q, e.phraseId(), e.folded()), 1));
    }
    List<EvidenceList.Phrase> certs =
        p.evidence().stream().filter(EvidenceList.Phrase::isCertification).toList();
    certs.forEach(
        e -> table(Tally.CERTIFICATION_TEXTS).add(List.of(q, role, e.phraseId(), e.folded()), 1));
    certs.stream()
        .map(EvidenceList.Phrase::phraseId)
        .distinct()
        .forEach(id -> table(Tally.CERTIFICATIONS).add(List.of(q, role, id), 1));
    if (p.otherRole() || p.otherJob()) {
      addExample(example(p));
    }
  }

  private static long[] groupCounts(TalliedPosting p) {
    boolean judged = p.confusion() != null;
    return new long[] {
      1,
      p.bodyCalled() ? 1 : 0,
      p.otherRole() ? 1 : 0,
      judged ? 1 : 0,
      judged && p.verdict() == Verdict.MISMATCH ? 1 : 0,
      judged ? p.confusion() : 0
    };
  }

  /** A mismatch kind as the tables and examples name it: {@code product_manager->product_owner}. */
  public static String kind(String titleRole, String body) {
    return titleRole + "->" + body;
  }

  private static ExamplePosting example(TalliedPosting p) {
    String body = p.otherJob() ? OTHER_JOB : p.bodyRole().orElseThrow().id();
    return new ExamplePosting(
        kind(p.titleRole(), body),
        p.id(),
        p.title(),
        p.company(),
        p.quarter(),
        p.verdict().id(),
        p.confusion(),
        p.suggestedTitle(),
        p.evidence().stream()
            .limit(4)
            .map(EvidenceList.Phrase::text)
            .collect(Collectors.joining("; ")));
  }

  /**
   * Keeps {@code e} if it is among the most confused {@link #examplesKept} of its quarter and kind
   * and no example with its id is kept there yet (tallies of two runs that both hold a posting show
   * it once).
   */
  public void addExample(ExamplePosting e) {
    List<ExamplePosting> kept =
        examples.computeIfAbsent(List.of(e.quarter(), e.kind()), k -> new ArrayList<>());
    if (kept.stream().anyMatch(k -> k.id().equals(e.id()))) {
      return;
    }
    int at = Collections.binarySearch(kept, e, ExamplePosting.MOST_CONFUSED);
    kept.add(at < 0 ? -at - 1 : at, e);
    if (kept.size() > examplesKept) {
      kept.remove(kept.size() - 1);
    }
  }

  /**
   * Adds {@code other}'s counts and examples to these (it must keep at least as many examples as
   * these do, so that the most confused ones are among those kept).
   */
  public void addAll(ReportTallies other) {
    if (other.examplesKept < examplesKept) {
      throw new IllegalArgumentException(
          "cannot add tallies that keep "
              + other.examplesKept
              + " example(s) per kind to tallies that keep "
              + examplesKept);
    }
    tables.forEach((t, table) -> table.addAll(other.tables.get(t)));
    other.examples.values().forEach(list -> list.forEach(this::addExample));
  }

  /** The additive tables, in file order. */
  public List<TallyTable> tables() {
    return List.copyOf(tables.values());
  }

  /** The table of {@code tally}. */
  public TallyTable table(Tally tally) {
    return tables.get(tally);
  }

  /** The examples kept, per quarter and kind, each list the most confused first. */
  public SortedMap<List<String>, List<ExamplePosting>> examples() {
    SortedMap<List<String>, List<ExamplePosting>> sorted = new TreeMap<>(TallyTable.KEY_ORDER);
    examples.forEach((key, list) -> sorted.put(key, List.copyOf(list)));
    return sorted;
  }
}
