package io.rolelens.batch.search;

import io.rolelens.batch.index.PostingFields;
import io.rolelens.scoring.index.ExistingIndex;
import io.rolelens.scoring.index.IndexFields;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;

/**
 * Answers a query over an index built by {@code PostingIndexer}: the number of matches, counts per
 * facet and the best postings with a highlighted passage. Stateless and thread-safe.
 */
public final class PostingSearch {
  /** One posting found, with its stored fields and a highlighted passage of the body. */
  public record Hit(Document fields, String passage) {}

  /** One facet's counts, largest first. */
  public record FacetCounts(String dimension, List<LabelAndValue> counts) {
    public FacetCounts {
      counts = List.copyOf(counts);
    }
  }

  /**
   * The answer to one query.
   *
   * @param matches how many postings match
   * @param facets the counts per facet
   * @param hits the best postings
   * @param problems parts of the query that can never match (a field the index lacks, a value an
   *     exact field never holds), each one sentence naming what it can be instead
   */
  public record Answer(
      long matches, List<FacetCounts> facets, List<Hit> hits, List<String> problems) {
    public Answer {
      facets = List.copyOf(facets);
      hits = List.copyOf(hits);
      problems = List.copyOf(problems);
    }
  }

  private PostingSearch() {}

  /**
   * Runs {@code query} (Lucene query syntax; bare words search the body) on the index.
   *
   * @throws IllegalArgumentException when the query cannot be parsed or run, with the reason
   * @throws IOException when {@code indexDir} holds no RoleLens index or no postings, naming it
   */
  public static Answer search(Path indexDir, String query, int top, int facetTop)
      throws IOException {
    Analyzer analyzer = PostingFields.analyzer();
    Query q = QueryText.parse(query, analyzer);
    try (ExistingIndex index = ExistingIndex.open(indexDir)) {
      index.requirePostings();
      DirectoryReader reader = index.reader();
      IndexSearcher searcher = new IndexSearcher(reader);
      int wanted = Math.max(1, Math.min(top, reader.maxDoc()));
      FacetsCollectorManager.FacetsResult result;
      try {
        result = FacetsCollectorManager.search(searcher, q, wanted, new FacetsCollectorManager());
      } catch (TooComplexToDeterminizeException | IndexSearcher.TooManyClauses e) {
        throw QueryText.tooComplex(query);
      }
      TopDocs topDocs = result.topDocs();
      List<FacetCounts> facets = new ArrayList<>();
      SortedSetDocValuesReaderState state =
          new DefaultSortedSetDocValuesReaderState(reader, PostingFields.facets());
      Facets counts = new SortedSetDocValuesFacetCounts(state, result.facetsCollector());
      for (String dim : PostingFields.FACETS) {
        FacetResult fr =
            counts.getTopChildren(Math.max(1, Math.min(facetTop, reader.maxDoc())), dim);
        facets.add(new FacetCounts(dim, fr == null ? List.of() : List.of(fr.labelValues)));
      }
      String[] passages =
          topDocs.scoreDocs.length == 0 || top == 0
              ? new String[0]
              : UnifiedHighlighter.builder(searcher, analyzer)
                  .build()
                  .highlight(IndexFields.BODY, q, topDocs, 1);
      List<Hit> hits = new ArrayList<>();
      for (int i = 0; i < Math.min(top, topDocs.scoreDocs.length); i++) {
        ScoreDoc sd = topDocs.scoreDocs[i];
        String passage = passages[i] == null ? "" : passages[i].replaceAll("\\s+", " ").strip();
        hits.add(new Hit(searcher.storedFields().document(sd.doc), passage));
      }
      return new Answer(topDocs.totalHits.value(), facets, hits, QueryFields.problems(q));
    }
  }
}
