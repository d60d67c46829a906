package io.rolelens.analyzer.match;

/**
 * A pattern occurrence before overlaps are resolved.
 *
 * @param pattern the pattern that matched
 * @param tokens the token index matched by each of the pattern's positions
 * @param first first token of the highlighted span
 * @param last last token of the highlighted span
 */
record Candidate(CompiledPattern pattern, int[] tokens, int first, int last) {

  int tokenSpan() {
    return last - first + 1;
  }
}
