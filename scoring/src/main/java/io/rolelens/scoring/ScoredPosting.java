package io.rolelens.scoring;

import io.rolelens.analyzer.Require;
import io.rolelens.analyzer.Role;
import io.rolelens.scoring.csv.RawPosting;
import io.rolelens.scoring.csv.SpreadsheetSafe;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.commons.csv.CSVFormat;

/**
 * One scored posting, typed: what the export says of it, what the analysis says ({@link
 * PostingScores}), and whether it repeats an earlier posting. {@link #cells} writes it as a row of
 * the scored CSV in {@link ScoredColumn} order.
 *
 * @param row the record number in the export, the header being row 1
 * @param datePosted the date as {@code YYYY-MM-DD} when it could be read, else as the export wrote
 *     it
 * @param quarter the quarter of that date, such as {@code 2025Q3}; empty when undated
 * @param duplicateOf the id of the first posting with the same description, filled in by the writer
 *     in input order; empty for a first
 * @param description the description as scored (HTML turned into text); empty in a remembered row
 * @param descriptionHash the description's {@linkplain DescriptionHash fingerprint}
 */
public record ScoredPosting(
    long row,
    String id,
    String title,
    String company,
    String location,
    String datePosted,
    Optional<String> quarter,
    PostingScores scores,
    Optional<String> duplicateOf,
    String description,
    long descriptionHash) {

  /** The scored CSV's columns, in order (the description is added only when asked for). */
  public static final List<String> HEADER = ScoredColumn.headers(ScoredColumn.ALWAYS);

  /** How the scored CSV and its rejects file are written: RFC 4180 with {@code \n} line ends. */
  public static final CSVFormat CSV_FORMAT =
      CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

  /** The optional column appended by {@code --include-description}. */
  public static final String DESCRIPTION = ScoredColumn.DESCRIPTION.header();

  public ScoredPosting {
    Require.nonNull("id quarter scores duplicateOf", id, quarter, scores, duplicateOf);
  }

  /**
   * The row for a posting whose title and text scored {@code scores} (from {@link
   * PostingScores#of}, or remembered from an earlier posting with the same title and text); {@code
   * text} is the description as scored, {@code hash} its {@linkplain DescriptionHash fingerprint}.
   */
  public static ScoredPosting of(RawPosting p, PostingScores scores, String text, long hash) {
    LocalDate date = Quarters.parse(p.date()).orElse(null);
    return new ScoredPosting(
        p.row(),
        p.id(),
        p.title(),
        p.company(),
        p.location(),
        date == null ? p.date() : date.toString(),
        date == null ? Optional.empty() : Optional.of(Quarters.of(date)),
        scores,
        Optional.empty(),
        text,
        hash);
  }

  /** This row marked as a duplicate of the posting with id {@code first}. */
  public ScoredPosting duplicateOf(String first) {
    return new ScoredPosting(
        row,
        id,
        title,
        company,
        location,
        datePosted,
        quarter,
        scores,
        Optional.of(first),
        description,
        descriptionHash);
  }

  /** The verdict's id, such as {@code mismatch}. */
  public String verdict() {
    return scores.verdict().id();
  }

  /**
   * The cells of the scored CSV in {@link ScoredColumn} order, plus the description when asked for:
   * text and evidence made {@linkplain SpreadsheetSafe spreadsheet-safe}, numbers as they are.
   */
  public List<String> cells(boolean withDescription) {
    List<String> v = new ArrayList<>(HEADER.size() + 1);
    for (ScoredColumn c : withDescription ? List.of(ScoredColumn.values()) : ScoredColumn.ALWAYS) {
      String cell = cell(c);
      v.add(c.isNumeric() ? cell : SpreadsheetSafe.protect(cell));
    }
    return v;
  }

  /**
   * One column's value, typed by the column's {@linkplain ScoredColumn.Kind kind}: text as a
   * String, a number as a Double, a whole number as an Integer, evidence as a list of {@link
   * EvidenceList.Phrase}; null where an optional cell is empty (quarter, body role, shares,
   * confusion score, suggested title, outcome index, duplicate_of).
   */
  public Object value(ScoredColumn column) {
    return switch (column) {
      case ID -> id;
      case TITLE -> title;
      case COMPANY -> company;
      case LOCATION -> location;
      case DATE_POSTED -> datePosted;
      case QUARTER -> quarter.orElse(null);
      case TITLE_ROLE -> scores.titleRole();
      case BODY_ROLE -> scores.bodyRole().map(Role::id).orElse(null);
      case BODY_STATUS -> scores.bodyStatus().id();
      case PRODUCT_MANAGER_SHARE -> boxed(scores.share(Role.PRODUCT_MANAGER));
      case PROJECT_MANAGER_SHARE -> boxed(scores.share(Role.PROJECT_MANAGER));
      case PRODUCT_OWNER_SHARE -> boxed(scores.share(Role.PRODUCT_OWNER));
      case CONFUSION_SCORE -> {
        var score = scores.confusionScore();
        yield score.isPresent() ? score.getAsInt() : null;
      }
      case VERDICT -> verdict();
      case SUGGESTED_TITLE -> scores.suggestedTitle().orElse(null);
      case OUTCOME_OUTPUT_INDEX -> boxed(scores.outcomeOutputIndex());
      case EVIDENCE -> scores.evidence();
      case DUPLICATE_OF -> duplicateOf.orElse(null);
      case DESCRIPTION -> description;
    };
  }

  /** One cell as the scored CSV writes it, before spreadsheet protection; "" for none. */
  @SuppressWarnings("unchecked")
  public String cell(ScoredColumn column) {
    Object value = value(column);
    if (value == null) {
      return "";
    }
    return switch (column.kind()) {
      case TEXT -> (String) value;
      case NUMBER -> decimal((Double) value);
      case WHOLE_NUMBER -> value.toString();
      case EVIDENCE -> EvidenceList.format((List<EvidenceList.Phrase>) value);
    };
  }

  private static Double boxed(OptionalDouble x) {
    return x.isPresent() ? x.getAsDouble() : null;
  }

  static String decimal(double x) {
    return String.format(Locale.ROOT, "%.3f", x);
  }
}
