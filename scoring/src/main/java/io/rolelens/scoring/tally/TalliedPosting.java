package io.rolelens.scoring.tally;

import io.rolelens.analyzer.LowerCaseId;
import io.rolelens.analyzer.Require;
import io.rolelens.analyzer.Role;
import io.rolelens.analyzer.score.BodyStatus;
import io.rolelens.analyzer.score.Verdict;
import io.rolelens.scoring.EvidenceList;
import io.rolelens.scoring.ScoredColumn;
import io.rolelens.scoring.ScoredPosting;
import io.rolelens.scoring.index.IndexFields;
import io.rolelens.scoring.index.IndexedEvidence;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.lucene.document.Document;

/**
 * What a report counts of one posting, as a posting index holds it: exact fields stripped and
 * {@link IndexFields#NONE} for an empty one, numbers as the scored CSV rounds them. Read from an
 * index document ({@link #of(Document)}) or from a scored posting ({@link #of(ScoredPosting)}), the
 * two giving the same facts for the same posting, so a report tallied from either is the same.
 *
 * @param datePosted the date posted as {@code YYYY-MM-DD}, or as the export wrote it when
 *     unreadable (empty when none)
 * @param titleRole the role or other job family the title names, as the index holds it
 * @param bodyRole the role the body reads as; empty when none was called
 * @param bodyStatus ok, thin, other_job or not_english; empty when indexed from a scored CSV that
 *     does not say
 * @param shares each role's share of the body's evidence as the scored CSV rounds it; empty when no
 *     body role was called
 * @param verdict how body and title compare (unclear when the index holds no verdict it knows)
 * @param confusion the confusion score, or null when unclear
 * @param suggestedTitle the title that fits the body, or empty
 * @param outcomeOutput the outcome-versus-output index, or null without evidence
 */
public record TalliedPosting(
    String id,
    String title,
    String company,
    String location,
    String seniority,
    String quarter,
    String datePosted,
    String titleRole,
    Optional<Role> bodyRole,
    Optional<BodyStatus> bodyStatus,
    Map<Role, Double> shares,
    Verdict verdict,
    Integer confusion,
    String suggestedTitle,
    Double outcomeOutput,
    List<EvidenceList.Phrase> evidence,
    boolean duplicate) {

  /** The ids of the three scored roles, in report order. */
  public static final List<String> ROLE_IDS = LowerCaseId.ids(Role.class);

  public TalliedPosting {
    Require.nonNull("id quarter datePosted titleRole", id, quarter, datePosted, titleRole);
    shares = Map.copyOf(shares);
    evidence = List.copyOf(evidence);
  }

  /** The facts an index document holds. */
  public static TalliedPosting of(Document d) {
    return of(
        d::get,
        d.get(IndexFields.SENIORITY),
        IndexedEvidence.read(d),
        !d.get(IndexFields.DUPLICATE_OF).isEmpty());
  }

  /**
   * The facts of a scored posting, as {@code rolelens index} would hold them after reading its row
   * of the scored CSV.
   */
  public static TalliedPosting of(ScoredPosting p) {
    return of(
        column -> exact(column, p),
        IndexFields.exact(p.scores().seniority()),
        EvidenceList.parse(p.cell(ScoredColumn.EVIDENCE)),
        p.duplicateOf().isPresent());
  }

  private static TalliedPosting of(
      Function<String, String> field,
      String seniority,
      List<EvidenceList.Phrase> evidence,
      boolean duplicate) {
    return new TalliedPosting(
        field.apply(IndexFields.ID),
        field.apply(IndexFields.TITLE),
        field.apply(IndexFields.COMPANY),
        field.apply(IndexFields.LOCATION),
        seniority,
        field.apply(IndexFields.QUARTER),
        Objects.requireNonNullElse(field.apply(ScoredColumn.DATE_POSTED.header()), ""),
        field.apply(IndexFields.TITLE_ROLE),
        Role.fromId(field.apply(IndexFields.BODY_ROLE)),
        BodyStatus.fromId(field.apply(IndexFields.BODY_STATUS)),
        shares(field),
        Verdict.fromId(field.apply(IndexFields.VERDICT)).orElse(Verdict.UNCLEAR),
        IndexFields.number(field.apply(IndexFields.CONFUSION_SCORE), Integer::valueOf),
        Objects.requireNonNullElse(field.apply(ScoredColumn.SUGGESTED_TITLE.header()), ""),
        IndexFields.number(
            field.apply(ScoredColumn.OUTCOME_OUTPUT_INDEX.header()), Double::valueOf),
        evidence,
        duplicate);
  }

  /** The roles' shares, when all three are stored as numbers. */
  private static Map<Role, Double> shares(Function<String, String> field) {
    Map<Role, Double> shares = new EnumMap<>(Role.class);
    for (Role r : Role.values()) {
      Double share = IndexFields.number(field.apply(r.id() + "_share"), Double::valueOf);
      if (share == null) {
        return Map.of();
      }
      shares.put(r, share);
    }
    return shares;
  }

  /** A scored posting's cell as the index stores it: exact fields stripped, or NONE when empty. */
  private static String exact(String header, ScoredPosting p) {
    String cell = p.cell(COLUMNS.get(header));
    return IndexFields.EXACT.contains(header) ? IndexFields.exact(cell) : cell;
  }

  private static final Map<String, ScoredColumn> COLUMNS =
      Arrays.stream(ScoredColumn.values())
          .collect(Collectors.toUnmodifiableMap(ScoredColumn::header, c -> c));

  /** Whether the body's role was called (enough English evidence). */
  public boolean bodyCalled() {
    return bodyRole.isPresent();
  }

  /** Whether the body describes a different job from the three roles. */
  public boolean otherJob() {
    return bodyStatus.orElse(null) == BodyStatus.OTHER_JOB;
  }

  /** Whether the title names one of the three scored roles. */
  public boolean titledAsScoredRole() {
    return ROLE_IDS.contains(titleRole);
  }

  /** Whether the body reads as a different scored role from the title's. */
  public boolean otherRole() {
    return bodyCalled() && !bodyRole.get().id().equals(titleRole);
  }
}
