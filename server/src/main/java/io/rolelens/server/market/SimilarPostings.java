package io.rolelens.server.market;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.rolelens.server.index.IndexFields;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * The indexed postings whose bodies read most like a given body: Lucene's MoreLikeThis over the
 * body field, bounded so that it stays cheap on every request. Only the body's most telling terms
 * make the query ({@link #MAX_QUERY_TERMS}, none found in more than {@link #MAX_DOC_FREQ_PERCENT}% of
 * the postings of a large index, whose long postings lists would cost the most and say the least), only the first
 * {@link #MAX_TOKENS} words are read, and the search stops after {@link #TIME_LIMIT_MILLIS} ms with
 * what it found (kept only when complete). Only words found at least twice in the body count: a word said once tells little, and
 * each word costs a look-up in every segment of the index. Duplicates are left out. The answers for
 * the latest bodies are kept (by a SHA-256 hash of the body, not the body), so a posting asked about
 * again costs nothing. Thread-safe: each call makes its own searcher and query.
 */
final class SimilarPostings {
  static final int MAX_QUERY_TERMS = 12;
  static final int MAX_DOC_FREQ_PERCENT = 10;
  static final int MIN_MAX_DOC_FREQ = 100;
  static final int MAX_TOKENS = 2000;
  static final long TIME_LIMIT_MILLIS = 10;
  private static final Set<String> SHOWN =
      Set.of(IndexFields.ID, IndexFields.TITLE, IndexFields.COMPANY, IndexFields.QUARTER, IndexFields.VERDICT);

  private final IndexReader reader;
  private final Analyzer analyzer;
  private final Query originals = new TermQuery(new Term(IndexFields.DUPLICATE, "false"));
  private final Cache<String, List<SimilarPosting>> kept;

  /**
   * @param analyzer the analyzer the index's body field was written with
   * @param cacheSize how many bodies' answers to keep; 0 keeps none
   */
  SimilarPostings(IndexReader reader, Analyzer analyzer, int cacheSize) {
    if (cacheSize < 0) {
      throw new IllegalArgumentException("cacheSize must be 0 (off) or more, was " + cacheSize);
    }
    this.reader = reader;
    this.analyzer = analyzer;
    this.kept = cacheSize == 0 ? null : Caffeine.newBuilder().maximumSize(cacheSize).executor(Runnable::run).build();
  }

  /** Up to {@code max} postings, most alike first; none when the body has no telling term. */
  List<SimilarPosting> find(String body, int max) throws IOException {
    if (kept == null) {
      return search(body, max, TIME_LIMIT_MILLIS).postings();
    }
    String key = key(body, max);
    List<SimilarPosting> found = kept.getIfPresent(key);
    if (found == null) {
      Found fresh = search(body, max, TIME_LIMIT_MILLIS);
      found = fresh.postings();
      if (fresh.complete()) {
        kept.put(key, found);
      }
    }
    return found;
  }

  /** Runs one search with no time limit, so that the first request does not pay for loading classes. */
  void warmUp(String body) throws IOException {
    search(body, 1, 0);
  }

  private static String key(String body, int max) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update((byte) max);
      return HexFormat.of().formatHex(sha.digest(body.getBytes(StandardCharsets.UTF_16LE)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** What one search found, and whether it ran to the end or stopped at the time limit. */
  private record Found(List<SimilarPosting> postings, boolean complete) {}

  private Found search(String body, int max, long limitMillis) throws IOException {
    MoreLikeThis mlt = new MoreLikeThis(reader);
    mlt.setFieldNames(new String[] {IndexFields.BODY});
    mlt.setAnalyzer(analyzer);
    mlt.setMinTermFreq(2);
    mlt.setMinDocFreq(2);
    mlt.setMinWordLen(3);
    // In a small index every word is in a tenth of the postings: the limit is for large ones.
    mlt.setMaxDocFreq(Math.max(MIN_MAX_DOC_FREQ, reader.numDocs() * MAX_DOC_FREQ_PERCENT / 100));
    mlt.setMaxQueryTerms(MAX_QUERY_TERMS);
    mlt.setMaxNumTokensParsed(MAX_TOKENS);
    Query like = mlt.like(IndexFields.BODY, new StringReader(body));
    if (like instanceof BooleanQuery b && b.clauses().isEmpty()) {
      return new Found(List.of(), true);
    }
    Query query = new BooleanQuery.Builder().add(like, BooleanClause.Occur.MUST).add(originals, BooleanClause.Occur.FILTER).build();
    IndexSearcher searcher = new IndexSearcher(reader);
    if (limitMillis > 0) {
      searcher.setTimeout(new QueryTimeoutImpl(limitMillis));
    }
    TopDocs top = searcher.search(query, max);
    StoredFields stored = searcher.storedFields();
    List<SimilarPosting> found = new ArrayList<>(top.scoreDocs.length);
    for (ScoreDoc sd : top.scoreDocs) {
      Document d = stored.document(sd.doc, SHOWN);
      found.add(new SimilarPosting(
          value(d, IndexFields.ID), value(d, IndexFields.TITLE), value(d, IndexFields.COMPANY),
          value(d, IndexFields.QUARTER), value(d, IndexFields.VERDICT)));
    }
    return new Found(List.copyOf(found), !searcher.timedOut());
  }

  private static String value(Document d, String field) {
    String v = d.get(field);
    return v == null || v.equals(IndexFields.NONE) ? "" : v;
  }
}
