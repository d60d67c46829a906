package io.rolelens.batch.index;

import io.rolelens.scoring.ScoredColumn;
import io.rolelens.scoring.index.IndexFields;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.facet.FacetsConfig;

/**
 * How the index uses its fields (named in {@link IndexFields}): which are full text and which are
 * exact values, the facet dimensions, what is stored as it is, and the analyzer that matches them.
 * Immutable and thread-safe.
 */
public final class PostingFields {
  /** Exact-value fields, searchable as {@code field:value} and counted as facets. */
  public static final List<String> FACETS = IndexFields.EXACT;

  /** Every field a query can search: the text, the id and the exact-value fields. */
  public static final List<String> SEARCHED =
      Stream.concat(
              Stream.of(IndexFields.BODY, IndexFields.TITLE, IndexFields.ID),
              Stream.concat(
                  FACETS.stream(), Stream.of(IndexFields.DUPLICATE, IndexFields.DUPLICATE_OF)))
          .toList();

  /**
   * Scored-CSV columns stored as they are, for reports and result lists (the evidence is stored as
   * phrases, see {@link io.rolelens.scoring.index.IndexedEvidence}).
   */
  public static final List<ScoredColumn> STORED =
      List.of(
          ScoredColumn.DATE_POSTED,
          ScoredColumn.PRODUCT_MANAGER_SHARE,
          ScoredColumn.PROJECT_MANAGER_SHARE,
          ScoredColumn.PRODUCT_OWNER_SHARE,
          ScoredColumn.CONFUSION_SCORE,
          ScoredColumn.SUGGESTED_TITLE,
          ScoredColumn.OUTCOME_OUTPUT_INDEX);

  private PostingFields() {}

  /** Full text for title and body (English stemming), whole values for everything else. */
  public static Analyzer analyzer() {
    EnglishAnalyzer english = new EnglishAnalyzer();
    return new PerFieldAnalyzerWrapper(
        new KeywordAnalyzer(), Map.of(IndexFields.TITLE, english, IndexFields.BODY, english));
  }

  /** The facet configuration: each dimension single-valued, counted from sorted-set doc values. */
  public static FacetsConfig facets() {
    return new FacetsConfig();
  }
}
