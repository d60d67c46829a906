package io.rolelens.server.market;

import io.rolelens.scoring.Quarters;
import io.rolelens.scoring.index.ExistingIndex;
import io.rolelens.scoring.index.IndexFields;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.Bits;

/**
 * A posting index from {@code rolelens index}, opened by {@code rolelens serve --index DIR} to put
 * each analysed posting in its market: {@link #contextFor} answers how postings with the same title
 * role read in the same quarter. Every posting is read once when the index is opened and the
 * figures of each (quarter, title role) kept, so a request costs a map lookup, a binary search and
 * one bounded more-like-this query ({@link SimilarPostings}). Duplicates are left out, as in {@code
 * rolelens report}. Thread-safe; close it when the server stops.
 */
public final class MarketIndex implements Closeable {
  /** The most similar postings listed. */
  public static final int SIMILAR = 3;

  /**
   * Fewer postings than this are too few to compare a posting with (the page and the popup say so);
   * an undated posting is put in the latest quarter with at least this many of its title role.
   */
  public static final int ENOUGH = 20;

  private static final Set<String> READ =
      Set.of(
          IndexFields.QUARTER,
          IndexFields.TITLE_ROLE,
          IndexFields.BODY_ROLE,
          IndexFields.VERDICT,
          IndexFields.CONFUSION_SCORE,
          IndexFields.DUPLICATE);
  private static final Set<String> FLAGGED = Set.of("mixed", "mismatch");

  private final Path path;
  private final ExistingIndex index;
  private final Map<Key, MarketGroup> groups;
  private final String latestQuarter;
  private final Map<String, String> latestWithEnough;
  private final int postings;
  private final SimilarPostings similar;

  /** A group's key: a quarter (as indexed, possibly {@code (none)}) and a title role. */
  private record Key(String quarter, String titleRole) {}

  private MarketIndex(
      Path path,
      ExistingIndex index,
      Map<Key, MarketGroup> groups,
      String latestQuarter,
      int postings,
      int cacheSize) {
    this.path = path;
    this.index = index;
    this.groups = Map.copyOf(groups);
    this.latestQuarter = latestQuarter;
    this.latestWithEnough = latestWithEnough(groups);
    this.postings = postings;
    // The analyzer the index writes its body with (English stemming and stop words).
    Analyzer english = new EnglishAnalyzer();
    this.similar = new SimilarPostings(index.reader(), english, cacheSize);
  }

  /**
   * Opens the index in {@code dir} and reads every posting's figures.
   *
   * @param cacheSize how many bodies' similar postings to keep for when they are asked about again;
   *     0 keeps none
   * @throws IOException naming {@code dir} and what is wrong: missing, not an index, not RoleLens's
   */
  public static MarketIndex open(Path dir, int cacheSize) throws IOException {
    ExistingIndex index = ExistingIndex.open(dir);
    try {
      return read(dir, index, cacheSize);
    } catch (IOException | RuntimeException e) {
      index.close();
      throw e;
    }
  }

  private static MarketIndex read(Path dir, ExistingIndex index, int cacheSize) throws IOException {
    DirectoryReader reader = index.reader();
    Map<Key, MarketGroup.Tally> tallies = new HashMap<>();
    String latest = null;
    int originals = 0;
    for (LeafReaderContext leaf : reader.leaves()) {
      LeafReader r = leaf.reader();
      Bits live = r.getLiveDocs();
      StoredFields stored = r.storedFields();
      for (int doc = 0; doc < r.maxDoc(); doc++) {
        if (live != null && !live.get(doc)) {
          continue;
        }
        Document d = stored.document(doc, READ);
        if ("true".equals(d.get(IndexFields.DUPLICATE))) {
          continue;
        }
        originals++;
        String quarter = d.get(IndexFields.QUARTER);
        String titleRole = d.get(IndexFields.TITLE_ROLE);
        String bodyRole = d.get(IndexFields.BODY_ROLE);
        boolean anotherRole = !IndexFields.NONE.equals(bodyRole) && !bodyRole.equals(titleRole);
        tallies
            .computeIfAbsent(new Key(quarter, titleRole), k -> new MarketGroup.Tally())
            .add(
                anotherRole,
                FLAGGED.contains(d.get(IndexFields.VERDICT)),
                IndexFields.number(d.get(IndexFields.CONFUSION_SCORE), Integer::valueOf));
        if (Quarters.isQuarter(quarter) && (latest == null || quarter.compareTo(latest) > 0)) {
          latest = quarter;
        }
      }
    }
    Map<Key, MarketGroup> groups = new HashMap<>();
    tallies.forEach((k, t) -> groups.put(k, t.build()));
    MarketIndex market = new MarketIndex(dir, index, groups, latest, originals, cacheSize);
    if (reader.numDocs() > 0) {
      market.similar.warmUp(firstBody(reader));
    }
    return market;
  }

  /**
   * For each title role, the latest dated quarter with at least {@link #ENOUGH} of its postings.
   */
  private static Map<String, String> latestWithEnough(Map<Key, MarketGroup> groups) {
    Map<String, String> latest = new HashMap<>();
    groups.forEach(
        (k, group) -> {
          if (group.postings() >= ENOUGH && Quarters.isQuarter(k.quarter())) {
            latest.merge(k.titleRole(), k.quarter(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
          }
        });
    return Map.copyOf(latest);
  }

  private static String firstBody(DirectoryReader reader) throws IOException {
    for (LeafReaderContext leaf : reader.leaves()) {
      Bits live = leaf.reader().getLiveDocs();
      for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
        if (live == null || live.get(doc)) {
          String body =
              leaf.reader()
                  .storedFields()
                  .document(doc, Set.of(IndexFields.BODY))
                  .get(IndexFields.BODY);
          return body == null ? "" : body;
        }
      }
    }
    return "";
  }

  /** The postings read, duplicates left out. */
  public int postings() {
    return postings;
  }

  /** The latest quarter any posting is dated in, or null when none is dated. */
  public String latestQuarter() {
    return latestQuarter;
  }

  /** Where the index lives. */
  public Path path() {
    return path;
  }

  /**
   * The market of a posting: the postings of its title role in its quarter, and those whose body
   * reads most like its body. The quarter is that of {@code posted}; for an undated posting, the
   * latest quarter with at least {@link #ENOUGH} postings of its title role (the index's latest
   * quarter often holds only a few weeks of postings), else the index's latest.
   *
   * @param titleRole the title role id as the analysis reads it
   * @param posted when the posting was published, or null when unknown
   * @param confusionScore the posting's confusion score, or null when unclear
   * @return the market; with no quarter and no postings when neither the posting nor any indexed
   *     posting is dated
   * @throws IOException when the index cannot be read
   */
  public Market contextFor(String titleRole, LocalDate posted, Integer confusionScore, String body)
      throws IOException {
    String quarter =
        posted != null
            ? Quarters.of(posted)
            : latestWithEnough.getOrDefault(titleRole, latestQuarter);
    MarketGroup group =
        quarter == null
            ? MarketGroup.EMPTY
            : groups.getOrDefault(new Key(quarter, titleRole), MarketGroup.EMPTY);
    int n = group.postings();
    List<SimilarPosting> like = body.isBlank() ? List.of() : similar.find(body, SIMILAR);
    return new Market(
        quarter,
        titleRole,
        n,
        n == 0 ? null : share(group.readAsAnotherRole(), n),
        n == 0 ? null : share(group.flagged(), n),
        confusionScore == null ? null : group.percentile(confusionScore),
        like);
  }

  /** A count over a total, to four decimals. */
  static double share(int count, int total) {
    return Math.round(10_000.0 * count / total) / 10_000.0;
  }

  @Override
  public void close() throws IOException {
    index.close();
  }
}
