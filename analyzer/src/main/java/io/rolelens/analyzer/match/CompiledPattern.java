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
 */
record CompiledPattern(LexiconEntry entry, String source, int[][] slots, Pos[][] pos, boolean unordered) {

  int length() {
    return slots.length;
  }

  boolean accepts(int slot, int term) {
    for (int t : slots[slot]) {
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
