package io.rolelens.server.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.rolelens.analyzer.Analysis;
import io.rolelens.analyzer.match.Mention;
import io.rolelens.analyzer.score.Evidence;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Supplier;

/**
 * A cache of analyses bounded both by count and by the memory its analyses hold (Caffeine, weighing
 * each analysis by an estimate of its size: a megabyte of text can give an analysis with tens of
 * thousands of mentions, so a count alone does not bound the heap). Keyed by a SHA-256 hash of the
 * exact UTF-16 text, the title and the lexicon version, so a changed lexicon never serves a stale
 * analysis, two texts that differ in any char never share one, and the cache holds no posting text
 * in its keys. Analyses weighing more than a sixteenth of the budget are not kept. A count of 0
 * turns it off. Thread-safe; the analysis itself runs outside any lock.
 */
public final class AnalysisCache {
  /** A kept analysis with its weight, so the weight is estimated once per analysis. */
  private record Weighed(Analysis analysis, long weight) {}

  private final Cache<String, Weighed> entries;
  private final String lexiconVersion;
  private final long heaviest;

  /**
   * @param maxEntries the most analyses kept; 0 turns the cache off
   * @param maxBytes the most memory, by estimate, that kept analyses may hold
   */
  public AnalysisCache(int maxEntries, long maxBytes, String lexiconVersion) {
    if (maxEntries < 0) {
      throw new IllegalArgumentException("maxEntries must be 0 (off) or more, was " + maxEntries);
    }
    if (maxBytes < 1) {
      throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
    }
    this.lexiconVersion = lexiconVersion;
    this.heaviest = maxBytes / 16;
    if (maxEntries == 0) {
      this.entries = null;
      return;
    }
    // Every entry weighs at least an equal share of the bytes, so no more than maxEntries fit.
    long floor = Math.max(1, maxBytes / maxEntries);
    this.entries =
        Caffeine.newBuilder()
            .maximumWeight(maxBytes)
            .weigher(
                (String key, Weighed w) ->
                    (int) Math.min(Integer.MAX_VALUE, Math.max(floor, w.weight())))
            .executor(Runnable::run)
            .recordStats()
            .build();
  }

  /**
   * The cached analysis of this posting, or a fresh one from {@code analyse} that is then cached.
   */
  public Analysis get(String title, String text, Supplier<Analysis> analyse) {
    if (entries == null) {
      return analyse.get();
    }
    String key = key(title, text);
    Weighed cached = entries.getIfPresent(key);
    if (cached != null) {
      return cached.analysis();
    }
    Analysis fresh = analyse.get();
    long weight = weight(fresh);
    // An analysis of a huge text would push out many ordinary ones, and is seldom asked for twice.
    if (weight <= heaviest) {
      entries.put(key, new Weighed(fresh, weight));
    }
    return fresh;
  }

  /** How many analyses are cached now. */
  public long size() {
    return entries == null ? 0 : entries.estimatedSize();
  }

  /** Lookups answered from the cache so far. */
  public long hits() {
    return entries == null ? 0 : entries.stats().hitCount();
  }

  /** Lookups that had to analyse so far (0 while the cache is off). */
  public long misses() {
    return entries == null ? 0 : entries.stats().missCount();
  }

  /**
   * About how many bytes of heap an analysis holds: its strings and a fixed cost per object. An
   * estimate, not a measurement; what matters is that it grows with what the analysis keeps.
   */
  static long weight(Analysis a) {
    long bytes = 1024 + 2L * a.summary().length() + 2L * a.title().text().length();
    for (Mention m : a.mentions()) {
      bytes += 96 + 2L * m.text().length();
    }
    for (Evidence e : a.profile().evidence()) {
      bytes += 96 + 2L * e.text().length();
    }
    return bytes;
  }

  String key(String title, String text) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      // Lengths first, so ("ab", "c") and ("a", "bc") never hash alike.
      sha.update(
          (lexiconVersion + "\u0000" + title.length() + ":" + text.length() + "\u0000")
              .getBytes(StandardCharsets.UTF_8));
      update(sha, title);
      sha.update((byte) 0);
      update(sha, text);
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /**
   * Hashes a string's exact chars: as UTF-8 when it is well-formed (UTF-8 then loses nothing), and
   * as UTF-16 code units when it holds an unpaired surrogate, which UTF-8 would turn into {@code ?}
   * so that "\udc00" and "?" hashed alike. A tag byte keeps the two encodings apart.
   */
  private static void update(MessageDigest sha, String s) {
    if (wellFormed(s)) {
      sha.update((byte) 8);
      sha.update(s.getBytes(StandardCharsets.UTF_8));
    } else {
      // Char by char: Java's UTF-16 encoders also replace an unpaired surrogate (with U+FFFD).
      sha.update((byte) 16);
      byte[] units = new byte[2 * s.length()];
      for (int i = 0; i < s.length(); i++) {
        units[2 * i] = (byte) (s.charAt(i) >>> 8);
        units[2 * i + 1] = (byte) s.charAt(i);
      }
      sha.update(units);
    }
  }

  /** Whether every surrogate in {@code s} is half of a pair. */
  static boolean wellFormed(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }
}
