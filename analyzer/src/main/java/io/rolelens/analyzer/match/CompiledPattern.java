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
 * @param masks for each position, a bit set over term ids of the terms that fill it
 */
record CompiledPattern(
    LexiconEntry entry, String source, int[][] slots, Pos[][] pos, boolean unordered, long[][] masks) {

  /** Compiles a pattern variant, building the bit sets that make {@link #accepts} one lookup. */
  static CompiledPattern of(LexiconEntry entry, String source, int[][] slots, Pos[][] pos, boolean unordered) {
    long[][] masks = new long[slots.length][];
    for (int s = 0; s < slots.length; s++) {
      int max = 0;
      for (int t : slots[s]) {
        max = Math.max(max, t);
      }
      masks[s] = new long[(max >>> 6) + 1];
      for (int t : slots[s]) {
        masks[s][t >>> 6] |= 1L << t;
      }
    }
    return new CompiledPattern(entry, source, slots, pos, unordered, masks);
  }

  int length() {
    return slots.length;
  }

  boolean accepts(int slot, int term) {
    long[] mask = masks[slot];
    int word = term >>> 6;
    return term >= 0 && word < mask.length && (mask[word] & (1L << term)) != 0;
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
