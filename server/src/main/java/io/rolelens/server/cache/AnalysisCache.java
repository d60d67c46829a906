package io.rolelens.server.cache;

import io.rolelens.analyzer.Analysis;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A bounded least-recently-used cache of analyses, keyed by a SHA-256 hash of the text, the title
 * and the lexicon version, so a changed lexicon never serves a stale analysis and the cache holds
 * no posting text in its keys. A size of 0 turns it off. Thread-safe (one lock; the analysis
 * itself runs outside it).
 */
public final class AnalysisCache {
  private final int maxSize;
  private final String lexiconVersion;
  private final Map<String, Analysis> entries;
  private long hits;
  private long misses;

  public AnalysisCache(int maxSize, String lexiconVersion) {
    if (maxSize < 0) {
      throw new IllegalArgumentException("maxSize must be 0 (off) or more, was " + maxSize);
    }
    this.maxSize = maxSize;
    this.lexiconVersion = lexiconVersion;
    this.entries =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Analysis> eldest) {
            return size() > AnalysisCache.this.maxSize;
          }
        };
  }

  /** The cached analysis of this posting, or a fresh one from {@code analyse} that is then cached. */
  public Analysis get(String title, String text, Supplier<Analysis> analyse) {
    if (maxSize == 0) {
      return analyse.get();
    }
    String key = key(title, text);
    synchronized (this) {
      Analysis cached = entries.get(key);
      if (cached != null) {
        hits++;
        return cached;
      }
      misses++;
    }
    Analysis fresh = analyse.get();
    synchronized (this) {
      entries.put(key, fresh);
    }
    return fresh;
  }

  /** How many analyses are cached now. */
  public synchronized int size() {
    return entries.size();
  }

  /** Lookups answered from the cache so far. */
  public synchronized long hits() {
    return hits;
  }

  /** Lookups that had to analyse so far (0 while the cache is off). */
  public synchronized long misses() {
    return misses;
  }

  String key(String title, String text) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      // Lengths first, so ("ab", "c") and ("a", "bc") never hash alike.
      sha.update((lexiconVersion + "\u0000" + title.length() + ":" + text.length() + "\u0000").getBytes(StandardCharsets.UTF_8));
      sha.update(title.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
