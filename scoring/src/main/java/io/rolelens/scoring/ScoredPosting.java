package io.rolelens.scoring;

import io.rolelens.analyzer.Analysis;
import io.rolelens.analyzer.Role;
import io.rolelens.analyzer.score.Evidence;
import io.rolelens.analyzer.suggest.SuggestedTitle;
import io.rolelens.scoring.csv.RawPosting;
import io.rolelens.scoring.csv.SpreadsheetSafe;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One scored posting: a row of the scored CSV, in the column order of {@link #HEADER}.
 *
 * <p>Body role and shares are empty when no body role is called: {@code bodyStatus} then says why
 * ({@code thin}, {@code other_job} or {@code not_english}). The confusion score is empty when the
 * verdict is unclear; the suggested title is empty unless the posting is mixed or a mismatch with a
 * role title that fits its body. {@code duplicateOf} is filled in by the writer, in input order.
 */
public record ScoredPosting(
    long row,
    String id,
    String title,
    String company,
    String location,
    String datePosted,
    String quarter,
    String titleRole,
    String seniority,
    String bodyRole,
    String bodyStatus,
    String productManagerShare,
    String projectManagerShare,
    String productOwnerShare,
    String confusionScore,
    String verdict,
    String suggestedTitle,
    String outcomeOutputIndex,
    String evidence,
    String duplicateOf,
    String description,
    long descriptionHash) {

  /** The scored CSV's columns, in order. */
  public static final List<String> HEADER =
      List.of(
          "id",
          "title",
          "company",
          "location",
          "date_posted",
          "quarter",
          "title_role",
          "body_role",
          "body_status",
          "product_manager_share",
          "project_manager_share",
          "product_owner_share",
          "confusion_score",
          "verdict",
          "suggested_title",
          "outcome_output_index",
          "evidence",
          "duplicate_of");

  /** Columns holding numbers, written as they are; every other cell is text. */
  private static final java.util.Set<String> NUMERIC =
      java.util.Set.of(
          "product_manager_share",
          "project_manager_share",
          "product_owner_share",
          "confusion_score",
          "outcome_output_index");

  /** The optional column appended by {@code --include-description}. */
  public static final String DESCRIPTION = "description";

  public ScoredPosting {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(duplicateOf, "duplicateOf");
  }

  /** Builds the row for a posting from its analysis; {@code text} is the description as scored. */
  public static ScoredPosting of(RawPosting p, String text, Analysis a) {
    LocalDate date = Quarters.parse(p.date()).orElse(null);
    boolean called = a.bodyRole() != null;
    return new ScoredPosting(
        p.row(),
        p.id(),
        p.title(),
        p.company(),
        p.location(),
        date == null ? p.date() : date.toString(),
        date == null ? "" : Quarters.of(date),
        a.title().role().id(),
        a.title().seniority().id(),
        called ? a.bodyRole().id() : "",
        a.bodyStatus().id(),
        called ? share(a, Role.PRODUCT_MANAGER) : "",
        called ? share(a, Role.PROJECT_MANAGER) : "",
        called ? share(a, Role.PRODUCT_OWNER) : "",
        a.confusionScore() == null ? "" : Integer.toString(a.confusionScore()),
        a.verdict().id(),
        a.findSuggestedTitle().map(SuggestedTitle::title).orElse(""),
        a.profile().evidence().isEmpty() ? "" : decimal(a.outcomeOutputIndex()),
        evidence(a.profile().evidence()),
        "",
        text,
        DescriptionHash.of(text));
  }

  /**
   * The analysis part of this row (everything the title and text decide) applied to another posting
   * with the same title and text; the description is dropped when {@code text} is null, to keep a
   * remembered row small.
   */
  public ScoredPosting reusedFor(RawPosting p, String text) {
    LocalDate date = Quarters.parse(p.date()).orElse(null);
    return new ScoredPosting(
        p.row(),
        p.id(),
        p.title(),
        p.company(),
        p.location(),
        date == null ? p.date() : date.toString(),
        date == null ? "" : Quarters.of(date),
        titleRole,
        seniority,
        bodyRole,
        bodyStatus,
        productManagerShare,
        projectManagerShare,
        productOwnerShare,
        confusionScore,
        verdict,
        suggestedTitle,
        outcomeOutputIndex,
        evidence,
        "",
        text == null ? "" : text,
        descriptionHash);
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
        titleRole,
        seniority,
        bodyRole,
        bodyStatus,
        productManagerShare,
        projectManagerShare,
        productOwnerShare,
        confusionScore,
        verdict,
        suggestedTitle,
        outcomeOutputIndex,
        evidence,
        first,
        description,
        descriptionHash);
  }

  /**
   * The cells of the scored CSV in {@link #HEADER} order, plus the description when asked for: text
   * cells made {@linkplain SpreadsheetSafe spreadsheet-safe}, numbers as they are.
   */
  public List<String> cells(boolean withDescription) {
    List<String> v =
        new ArrayList<>(
            List.of(
                id,
                title,
                company,
                location,
                datePosted,
                quarter,
                titleRole,
                bodyRole,
                bodyStatus,
                productManagerShare,
                projectManagerShare,
                productOwnerShare,
                confusionScore,
                verdict,
                suggestedTitle,
                outcomeOutputIndex,
                evidence,
                duplicateOf));
    if (withDescription) {
      v.add(description);
    }
    for (int i = 0; i < v.size(); i++) {
      if (i >= HEADER.size() || !NUMERIC.contains(HEADER.get(i))) {
        v.set(i, SpreadsheetSafe.protect(v.get(i)));
      }
    }
    return v;
  }

  /**
   * The evidence as {@code phraseId: text} pairs separated by {@code "; "}, largest contribution
   * first; {@link EvidenceList} reads it back.
   */
  private static final java.util.regex.Pattern SEPARATORS =
      java.util.regex.Pattern.compile("[;\\s]+");

  static String evidence(List<Evidence> evidence) {
    return evidence.stream()
        .map(e -> e.phraseId() + ": " + SEPARATORS.matcher(e.text()).replaceAll(" ").strip())
        .collect(Collectors.joining("; "));
  }

  private static String share(Analysis a, Role role) {
    return decimal(a.profile().share(role));
  }

  static String decimal(double x) {
    return String.format(Locale.ROOT, "%.3f", x);
  }
}
