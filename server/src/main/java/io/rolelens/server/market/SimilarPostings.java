package io.rolelens.server.market;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.rolelens.scoring.index.IndexFields;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * The indexed postings whose bodies read most like a given body, by Lucene's MoreLikeThis way of
 * choosing terms, bounded so that it stays cheap on every request (a posting the server has not
 * seen costs about a quarter of a millisecond against an index of 81,428 postings; Lucene's {@code
 * MoreLikeThis} class itself cost 1.3 ms, most of it looking up how common every repeated word is
 * in every segment, and put p99 at 47 ms under 32 connections of new postings).
 *
 * <p>The body is read with the index's analyzer (its first {@link #MAX_TOKENS} words); words of at
 * least {@link #MIN_WORD_LENGTH} letters said at least {@link #MIN_TERM_FREQ} times are its
 * candidates (a word said once tells little); only the {@link #MAX_LOOKUPS} most repeated are
 * looked up in the index; those found in at least 2 postings and in no more than {@link
 * #MAX_DOC_FREQ_PERCENT}% of them (common words have the longest postings lists, cost the most to
 * search and say the least) are scored as MoreLikeThis scores them, {@code tf × idf} with {@code
 * idf = 1 + ln((N + 1) / (df + 1))}, and the best {@link #MAX_QUERY_TERMS} make a disjunction. The
 * search stops after {@link #TIME_LIMIT_MILLIS} ms with what it found (kept only when complete).
 * Duplicates are left out, and so is an indexed posting whose body is the very body asked about (a
 * posting is not "similar" to itself). The answers for the latest bodies are kept (by a SHA-256
 * hash of the body, not the body), so a posting asked about again costs nothing. Thread-safe: each
 * call makes its own searcher and query.
 */
final class SimilarPostings {
  static final int MAX_QUERY_TERMS = 12;
  static final int MAX_LOOKUPS = 24;
  static final int MIN_TERM_FREQ = 2;
  static final int MIN_WORD_LENGTH = 3;
  static final int MAX_DOC_FREQ_PERCENT = 5;
  static final int MIN_MAX_DOC_FREQ = 100;
  static final int MAX_TOKENS = 1000;

  /** How many postings' shown fields are kept decoded: a few postings are similar to many. */
  static final int SHOWN_KEPT = 4096;

  static final long TIME_LIMIT_MILLIS = 10;
  private static final Set<String> SHOWN =
      Set.of(
          IndexFields.ID,
          IndexFields.TITLE,
          IndexFields.COMPANY,
          IndexFields.QUARTER,
          IndexFields.VERDICT,
          IndexFields.BODY);

  private final IndexReader reader;
  private final Analyzer analyzer;
  private final Query originals = new TermQuery(new Term(IndexFields.DUPLICATE, "false"));
  private final Cache<String, List<SimilarPosting>> kept;
  private final Cache<Integer, Shown> shown =
      Caffeine.newBuilder().maximumSize(SHOWN_KEPT).executor(Runnable::run).build();

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
    this.kept =
        cacheSize == 0
            ? null
            : Caffeine.newBuilder().maximumSize(cacheSize).executor(Runnable::run).build();
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

  /**
   * Runs one search with no time limit, so that the first request does not pay for loading classes.
   */
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

  /**
   * An indexed posting as listed, with its body's length and hash to tell it from the body asked
   * about.
   */
  private record Shown(SimilarPosting posting, int bodyLength, int bodyHash) {
    boolean sameBody(String body) {
      return body.length() == bodyLength && body.hashCode() == bodyHash;
    }
  }

  /** A candidate term and its MoreLikeThis score. */
  private record Telling(String word, double score) {}

  /** The disjunction of the body's most telling terms, or null when it has none. */
  private Query like(String body) throws IOException {
    Map<String, Integer> freq = new HashMap<>();
    try (TokenStream words = analyzer.tokenStream(IndexFields.BODY, body)) {
      CharTermAttribute word = words.addAttribute(CharTermAttribute.class);
      words.reset();
      for (int n = 0; n < MAX_TOKENS && words.incrementToken(); n++) {
        if (word.length() >= MIN_WORD_LENGTH) {
          freq.merge(word.toString(), 1, Integer::sum);
        }
      }
      words.end();
    }
    List<Map.Entry<String, Integer>> repeated =
        freq.entrySet().stream()
            .filter(e -> e.getValue() >= MIN_TERM_FREQ)
            .sorted(
                Map.Entry.<String, Integer>comparingByValue()
                    .reversed()
                    .thenComparing(Map.Entry.comparingByKey()))
            .limit(MAX_LOOKUPS)
            .toList();
    int postings = reader.numDocs();
    // In a small index every word is in a twentieth of the postings: the limit is for large ones.
    int maxDocFreq = Math.max(MIN_MAX_DOC_FREQ, postings * MAX_DOC_FREQ_PERCENT / 100);
    List<Telling> telling = new ArrayList<>();
    for (Map.Entry<String, Integer> e : repeated) {
      int docFreq = reader.docFreq(new Term(IndexFields.BODY, e.getKey()));
      if (docFreq >= 2 && docFreq <= maxDocFreq) {
        double idf = 1 + Math.log((postings + 1.0) / (docFreq + 1.0));
        telling.add(new Telling(e.getKey(), e.getValue() * idf));
      }
    }
    if (telling.isEmpty()) {
      return null;
    }
    telling.sort(
        Comparator.comparingDouble(Telling::score).reversed().thenComparing(Telling::word));
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (Telling t : telling.subList(0, Math.min(MAX_QUERY_TERMS, telling.size()))) {
      any.add(new TermQuery(new Term(IndexFields.BODY, t.word())), BooleanClause.Occur.SHOULD);
    }
    return any.build();
  }

  private Found search(String body, int max, long limitMillis) throws IOException {
    Query like = like(body);
    if (like == null) {
      return new Found(List.of(), true);
    }
    Query query =
        new BooleanQuery.Builder()
            .add(like, BooleanClause.Occur.MUST)
            .add(originals, BooleanClause.Occur.FILTER)
            .build();
    IndexSearcher searcher = new IndexSearcher(reader);
    if (limitMillis > 0) {
      searcher.setTimeout(new QueryTimeoutImpl(limitMillis));
    }
    // One more than asked, in case the body asked about is itself in the index.
    TopDocs top = searcher.search(query, max + 1);
    List<SimilarPosting> found = new ArrayList<>(top.scoreDocs.length);
    StoredFields stored = null;
    for (ScoreDoc sd : top.scoreDocs) {
      Shown posting = shown.getIfPresent(sd.doc);
      if (posting == null) {
        stored = stored == null ? searcher.storedFields() : stored;
        posting = shown(stored.document(sd.doc, SHOWN));
        shown.put(sd.doc, posting);
      }
      if (!posting.sameBody(body) && found.size() < max) {
        found.add(posting.posting());
      }
    }
    return new Found(List.copyOf(found), !searcher.timedOut());
  }

  private static Shown shown(Document d) {
    String body = d.get(IndexFields.BODY);
    return new Shown(
        new SimilarPosting(
            value(d, IndexFields.ID),
            value(d, IndexFields.TITLE),
            value(d, IndexFields.COMPANY),
            value(d, IndexFields.QUARTER),
            value(d, IndexFields.VERDICT)),
        body == null ? -1 : body.length(),
        body == null ? 0 : body.hashCode());
  }

  private static String value(Document d, String field) {
    String v = d.get(field);
    return v == null || v.equals(IndexFields.NONE) ? "" : v;
  }
}
