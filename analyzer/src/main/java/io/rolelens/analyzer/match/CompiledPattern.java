package io.rolelens.analyzer.match;

import io.rolelens.analyzer.lexicon.LexiconEntry;
import io.rolelens.analyzer.lexicon.PatternSpec.Pos;

/**
 * One concrete variant of a lexicon pattern, its optional words resolved, compiled to term ids.
 *
 * @param entry the lexicon entry the pattern belongs to
 * @param source the pattern as written in the lexicon
 * @param slots for each position, the term ids that fill it
 * @param pos for each position and alternative, the part of speech it needs
 * @param unordered whether the positions may occur in any order
 * @param masks for each position, a bit set over term ids of the terms that fill it, or null when
 *     the position is scanned instead (see {@link #MAX_MASK_TERMS})
 */
record CompiledPattern(
    LexiconEntry entry,
    String source,
    int[][] slots,
    Pos[][] pos,
    boolean unordered,
    long[][] masks) {

  /**
   * Term ids a position's bit set covers. A bit set is sized by the largest term id it holds, so
   * without a bound every position of a large lexicon would cost a bit per vocabulary word; a
   * position holding a term past this bound is checked by scanning its few alternatives instead.
   * The bundled lexicon's vocabulary (about 730 terms) stays below it.
   */
  static final int MAX_MASK_TERMS = 1024;

  /**
   * The bit set over term ids that makes {@link #accepts} one lookup, or null when a term is at or
   * past {@link #MAX_MASK_TERMS} and the position is scanned instead.
   */
  static long[] mask(int[] terms) {
    int max = 0;
    for (int t : terms) {
      max = Math.max(max, t);
    }
    if (max >= MAX_MASK_TERMS) {
      return null;
    }
    long[] mask = new long[(max >>> 6) + 1];
    for (int t : terms) {
      mask[t >>> 6] |= 1L << t;
    }
    return mask;
  }

  int length() {
    return slots.length;
  }

  boolean accepts(int slot, int term) {
    long[] mask = masks[slot];
    if (mask == null) {
      return contains(slots[slot], term);
    }
    int word = term >>> 6;
    return term >= 0 && word < mask.length && (mask[word] & (1L << term)) != 0;
  }

  private static boolean contains(int[] terms, int term) {
    for (int t : terms) {
      if (t == term) {
        return true;
      }
    }
    return false;
  }

  boolean needsPos() {
    for (Pos[] alternatives : pos) {
      for (Pos p : alternatives) {
        if (p != Pos.ANY) {
          return true;
        }
      }
    }
    return false;
  }

  /** The part of speech position {@code slot} needs when filled by {@code term}. */
  Pos posFor(int slot, int term) {
    for (int k = 0; k < slots[slot].length; k++) {
      if (slots[slot][k] == term) {
        return pos[slot][k];
      }
    }
    return Pos.ANY;
  }
}
