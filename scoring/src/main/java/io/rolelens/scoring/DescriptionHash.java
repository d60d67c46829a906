package io.rolelens.scoring;

/**
 * A 64-bit fingerprint of a description's normalised text (case folded, runs of whitespace as one
 * space, trimmed), so exact duplicates can be found while holding 8 bytes per posting rather than
 * its text. FNV-1a with a final avalanche; with a million postings the chance of any false match is
 * about 3 in 100 million. Stateless and thread-safe.
 */
public final class DescriptionHash {
  private static final long OFFSET = 0xcbf29ce484222325L;
  private static final long PRIME = 0x100000001b3L;

  /**
   * Which ASCII characters {@link Character#isWhitespace} or {@link Character#isSpaceChar} calls
   * space.
   */
  private static final boolean[] ASCII_SPACE = new boolean[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII_SPACE[c] = Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
  }

  private DescriptionHash() {}

  /** The fingerprint of {@code text}. */
  public static long of(String text) {
    long h = OFFSET;
    boolean pendingSpace = false;
    boolean started = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 128 ? ASCII_SPACE[c] : Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        pendingSpace = started;
        continue;
      }
      if (pendingSpace) {
        h = (h ^ ' ') * PRIME;
        pendingSpace = false;
      }
      started = true;
      // ASCII, most of any posting, folds without Character's tables: the same result, faster.
      char folded =
          c < 128
              ? (c >= 'A' && c <= 'Z' ? (char) (c | 0x20) : c)
              : Character.toLowerCase(Character.toUpperCase(c));
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
