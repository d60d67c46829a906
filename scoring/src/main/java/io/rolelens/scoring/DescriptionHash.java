package io.rolelens.scoring;

/**
 * A 64-bit fingerprint of a description's normalised text (case folded, runs of whitespace as one
 * space, trimmed), so exact duplicates can be found while holding 8 bytes per posting rather than
 * its text. FNV-1a with a final avalanche; with a million postings the chance of any false match
 * is about 3 in 100 million. Stateless and thread-safe.
 */
public final class DescriptionHash {
  private static final long OFFSET = 0xcbf29ce484222325L;
  private static final long PRIME = 0x100000001b3L;

  private DescriptionHash() {}

  /** The fingerprint of {@code text}. */
  public static long of(String text) {
    long h = OFFSET;
    boolean pendingSpace = false;
    boolean started = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        pendingSpace = started;
        continue;
      }
      if (pendingSpace) {
        h = (h ^ ' ') * PRIME;
        pendingSpace = false;
      }
      started = true;
      char folded = Character.toLowerCase(Character.toUpperCase(c));
      h = (h ^ (folded & 0xff)) * PRIME;
      h = (h ^ (folded >>> 8)) * PRIME;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    return h;
  }

  /**
   * A 64-bit fingerprint of a title and a text exactly as written (no normalising), for recognising
   * a posting already analysed.
   */
  public static long exact(String title, String text) {
    long h = OFFSET;
    for (int i = 0; i < title.length(); i++) {
      h = (h ^ title.charAt(i)) * PRIME;
    }
    h = (h ^ 0xffff) * PRIME;
    for (int i = 0; i < text.length(); i++) {
      h = (h ^ text.charAt(i)) * PRIME;
    }
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }
}
