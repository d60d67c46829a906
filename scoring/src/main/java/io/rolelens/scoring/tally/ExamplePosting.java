package io.rolelens.scoring.tally;

import io.rolelens.analyzer.Require;
import java.io.Serial;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;

/**
 * A posting a report may show as an example of a mismatch kind, with what the report shows of it.
 *
 * @param kind the title role and what the body reads as, such as {@code
 *     product_manager->project_manager} or {@code product_owner->other_job}
 * @param confusion the confusion score, or null when unclear
 * @param evidence the texts of its first four evidence phrases, joined with {@code "; "} as the
 *     report shows them
 */
public record ExamplePosting(
    String kind,
    String id,
    String title,
    String company,
    String quarter,
    String verdict,
    Integer confusion,
    String suggestedTitle,
    String evidence)
    implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  /** The order examples are shown in: the most confused first (unclear after 1), then by id. */
  public static final Comparator<ExamplePosting> MOST_CONFUSED =
      Comparator.comparing((ExamplePosting p) -> p.confusion() == null ? -1 : -p.confusion())
          .thenComparing(ExamplePosting::id);

  /** The columns of the examples file, in order. */
  public static final List<String> COLUMNS =
      List.of(
          "quarter",
          "kind",
          "id",
          "title",
          "company",
          "verdict",
          "confusion_score",
          "suggested_title",
          "evidence");

  public ExamplePosting {
    Require.nonNull("kind id quarter", kind, id, quarter);
  }

  /** Its cells in {@link #COLUMNS} order, an unclear score as an empty cell. */
  public List<String> cells() {
    return List.of(
        quarter,
        kind,
        id,
        title,
        company,
        verdict,
        confusion == null ? "" : confusion.toString(),
        suggestedTitle,
        evidence);
  }
}
