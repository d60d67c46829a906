package io.rolelens.scoring.tally;

import io.rolelens.analyzer.Role;
import io.rolelens.analyzer.score.BodyStatus;
import io.rolelens.analyzer.score.Verdict;
import io.rolelens.scoring.EvidenceList;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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

  /** Per quarter, title role and group: postings, body role called, other role, judged, … */
  public static final String GROUPS = "groups";

  /** Per quarter, title role (any family) and what the body reads as: postings. */
  public static final String MATRIX = "matrix";

  /** Per quarter, title role and verdict: postings. */
  public static final String VERDICTS = "verdicts";

  /**
   * Per quarter and title role: postings with a body role called, and the sum of each role's share
   * of their evidence in thousandths (the scored CSV's three decimals, so sums stay exact).
   */
  public static final String SHARES = "shares";

  /** Per quarter, title role and confusion score: postings. */
  public static final String CONFUSION_SCORES = "confusion_scores";

  /** Per quarter, title role and outcome-versus-output index: postings. */
  public static final String OUTCOME_OUTPUT = "outcome_output";

  /** Per quarter, mismatch kind and phrase id of the body's role: postings. */
  public static final String DRIVING_PHRASES = "driving_phrases";

  /** Per quarter, phrase id and folded text, over postings read as another role: mentions. */
  public static final String DRIVING_PHRASE_TEXTS = "driving_phrase_texts";

  /** Per quarter, title role and certification id: postings. */
  public static final String CERTIFICATIONS = "certifications";

  /** Per quarter, title role, certification id and folded text: mentions. */
  public static final String CERTIFICATION_TEXTS = "certification_texts";

  /** Per quarter: postings left out as exact duplicates of an earlier one. */
  public static final String DUPLICATES = "duplicates";

  /** The group of {@link #GROUPS} rows that covers every posting of the title role. */
  public static final String ALL = "all";

  /** The breakdowns {@link #GROUPS} holds besides {@link #ALL}. */
  public static final List<String> BREAKDOWNS = List.of("company", "location", "seniority");

  /** The {@link #MATRIX} body column of a body that describes another job. */
  public static final String OTHER_JOB = BodyStatus.OTHER_JOB.id();

  /** The {@link #MATRIX} body column of a body too thin or not English to call. */
  public static final String NO_CALL = "no_call";

  /** The count columns of {@link #GROUPS}, in order. */
  public static final List<String> GROUP_COUNTS =
      List.of("postings", "body_role_called", "other_role", "judged", "mismatch", "confusion_sum");

  private static final List<String> POSTINGS = List.of("postings");
  private static final List<String> MENTIONS = List.of("mentions");

  private final int examplesKept;
  private final TallyTable groups =
      new TallyTable(GROUPS, List.of("quarter", "title_role", "dimension", "value"), GROUP_COUNTS);
  private final TallyTable matrix =
      new TallyTable(MATRIX, List.of("quarter", "title_role", "body"), POSTINGS);
  private final TallyTable verdicts =
      new TallyTable(VERDICTS, List.of("quarter", "title_role", "verdict"), POSTINGS);
  private final TallyTable shares =
      new TallyTable(
          SHARES,
          List.of("quarter", "title_role"),
          Stream.concat(
                  Stream.of("postings_with_shares"),
                  Arrays.stream(Role.values()).map(r -> r.id() + "_share_thousandths"))
              .toList());
  private final TallyTable confusionScores =
      new TallyTable(
          CONFUSION_SCORES, List.of("quarter", "title_role", "confusion_score"), POSTINGS);
  private final TallyTable outcomeOutput =
      new TallyTable(OUTCOME_OUTPUT, List.of("quarter", "title_role", "index"), POSTINGS);
  private final TallyTable drivingPhrases =
      new TallyTable(DRIVING_PHRASES, List.of("quarter", "kind", "phrase_id"), POSTINGS);
  private final TallyTable drivingTexts =
      new TallyTable(DRIVING_PHRASE_TEXTS, List.of("quarter", "phrase_id", "text"), MENTIONS);
  private final TallyTable certifications =
      new TallyTable(
          CERTIFICATIONS, List.of("quarter", "title_role", "certification_id"), POSTINGS);
  private final TallyTable certificationTexts =
      new TallyTable(
          CERTIFICATION_TEXTS,
          List.of("quarter", "title_role", "certification_id", "text"),
          MENTIONS);
  private final TallyTable duplicates = new TallyTable(DUPLICATES, List.of("quarter"), POSTINGS);

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
  }

  /** How many example postings it keeps per quarter and mismatch kind. */
  public int examplesKept() {
    return examplesKept;
  }

  /** Counts one posting. */
  public void add(TalliedPosting p) {
    String q = p.quarter();
    if (p.duplicate()) {
      duplicates.add(List.of(q), 1);
      return;
    }
    String body = p.bodyRole().map(Role::id).orElse(p.otherJob() ? OTHER_JOB : NO_CALL);
    matrix.add(List.of(q, p.titleRole(), body), 1);
    if (!p.titledAsScoredRole()) {
      return;
    }
    String role = p.titleRole();
    long[] counts = groupCounts(p);
    groups.add(List.of(q, role, ALL, ""), counts);
    List<String> values = List.of(p.company(), p.location(), p.seniority());
    for (int i = 0; i < BREAKDOWNS.size(); i++) {
      groups.add(List.of(q, role, BREAKDOWNS.get(i), values.get(i)), counts);
    }
    verdicts.add(List.of(q, role, p.verdict().id()), 1);
    if (!p.shares().isEmpty()) {
      long[] thousandths = new long[Role.values().length + 1];
      thousandths[0] = 1;
      for (Role r : Role.values()) {
        thousandths[1 + r.ordinal()] = Math.round(p.shares().get(r) * 1000);
      }
      shares.add(List.of(q, role), thousandths);
    }
    if (p.confusion() != null) {
      confusionScores.add(List.of(q, role, p.confusion().toString()), 1);
    }
    if (p.outcomeOutput() != null) {
      outcomeOutput.add(List.of(q, role, p.outcomeOutput().toString()), 1);
    }
    if (p.otherRole()) {
      String kind = kind(role, p.bodyRole().orElseThrow().id());
      String prefix = p.bodyRole().orElseThrow().prefix();
      p.evidence().stream()
          .filter(e -> e.rolePrefix().equals(prefix))
          .map(EvidenceList.Phrase::phraseId)
          .distinct()
          .forEach(id -> drivingPhrases.add(List.of(q, kind, id), 1));
      p.evidence().forEach(e -> drivingTexts.add(List.of(q, e.phraseId(), e.folded()), 1));
    }
    List<EvidenceList.Phrase> certs =
        p.evidence().stream().filter(EvidenceList.Phrase::isCertification).toList();
    certs.forEach(e -> certificationTexts.add(List.of(q, role, e.phraseId(), e.folded()), 1));
    certs.stream()
        .map(EvidenceList.Phrase::phraseId)
        .distinct()
        .forEach(id -> certifications.add(List.of(q, role, id), 1));
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
    List<TallyTable> mine = tables();
    List<TallyTable> theirs = other.tables();
    for (int i = 0; i < mine.size(); i++) {
      mine.get(i).addAll(theirs.get(i));
    }
    other.examples.values().forEach(list -> list.forEach(this::addExample));
  }

  /** The additive tables, in file order. */
  public List<TallyTable> tables() {
    return List.of(
        groups,
        matrix,
        verdicts,
        shares,
        confusionScores,
        outcomeOutput,
        drivingPhrases,
        drivingTexts,
        certifications,
        certificationTexts,
        duplicates);
  }

  /** The table named {@code name}, one of the constants above. */
  public TallyTable table(String name) {
    return tables().stream()
        .filter(t -> t.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no tally table named " + name));
  }

  /** The examples kept, per quarter and kind, each list the most confused first. */
  public SortedMap<List<String>, List<ExamplePosting>> examples() {
    SortedMap<List<String>, List<ExamplePosting>> sorted = new TreeMap<>(TallyTable.KEY_ORDER);
    examples.forEach((key, list) -> sorted.put(key, List.copyOf(list)));
    return sorted;
  }
}
