package io.rolelens.analyzer.match;

import io.rolelens.analyzer.lexicon.Lexicon;
import io.rolelens.analyzer.lexicon.LexiconEntry;
import io.rolelens.analyzer.lexicon.PatternSpec;
import io.rolelens.analyzer.lexicon.PatternSpec.Pos;
import io.rolelens.analyzer.lexicon.PatternSpec.Slot;
import io.rolelens.analyzer.text.TermNormalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The lexicon's patterns compiled to term ids and indexed by the terms that can start a match (for
 * unordered patterns, by every term). Immutable after construction and thread-safe.
 */
final class PhraseIndex {
  private final List<CompiledPattern>[] byTerm;
  private final int patternCount;

  @SuppressWarnings("unchecked")
  PhraseIndex(Lexicon lexicon, TermNormalizer normalizer) {
    List<CompiledPattern> all = new ArrayList<>();
    for (LexiconEntry entry : lexicon.entries()) {
      for (String pattern : entry.patterns()) {
        PatternSpec spec = PatternSpec.parse(pattern);
        expand(entry, spec, Positions.compile(spec, normalizer), 0, new ArrayList<>(), all);
      }
    }
    patternCount = all.size();
    byTerm = new List[normalizer.vocabularySize()];
    for (CompiledPattern p : all) {
      Set<Integer> keys = new LinkedHashSet<>();
      int triggers = p.unordered() ? p.length() : 1;
      for (int s = 0; s < triggers; s++) {
        for (int term : p.slots()[s]) {
          keys.add(term);
        }
      }
      for (int term : keys) {
        if (byTerm[term] == null) {
          byTerm[term] = new ArrayList<>();
        }
        byTerm[term].add(p);
      }
    }
    for (int t = 0; t < byTerm.length; t++) {
      byTerm[t] = byTerm[t] == null ? List.of() : List.copyOf(byTerm[t]);
    }
  }

  /** Patterns that may start (or, if unordered, contain) a match at a token with this term. */
  List<CompiledPattern> triggeredBy(int term) {
    return term < 0 || term >= byTerm.length ? List.of() : byTerm[term];
  }

  /** Number of compiled pattern variants. */
  int size() {
    return patternCount;
  }

  /**
   * Turns each combination of present and absent optional words into its own pattern: at most
   * {@code 2^}{@link io.rolelens.analyzer.lexicon.LexiconLimits#MAX_OPTIONAL_WORDS} variants, which
   * {@link PatternSpec} guarantees before any is built. The variants share their positions' arrays,
   * so a variant costs a few references per position, not a copy of its alternatives.
   */
  private static void expand(
      LexiconEntry entry,
      PatternSpec spec,
      Positions positions,
      int index,
      List<Integer> chosen,
      List<CompiledPattern> out) {
    List<Slot> slots = spec.slots();
    if (index == slots.size()) {
      if (!chosen.isEmpty()) {
        out.add(positions.variant(entry, spec, chosen));
      }
      return;
    }
    chosen.add(index);
    expand(entry, spec, positions, index + 1, chosen, out);
    chosen.remove(chosen.size() - 1);
    if (slots.get(index).optional()) {
      expand(entry, spec, positions, index + 1, chosen, out);
    }
  }

  /**
   * A pattern's positions compiled once, whatever the number of its variants: the term ids of each
   * position's alternatives (interning a word runs the stemmer, so it is done once per word as
   * written, not once per variant), their parts of speech and their bit sets.
   */
  private record Positions(int[][] terms, Pos[][] pos, long[][] masks) {
    static Positions compile(PatternSpec spec, TermNormalizer normalizer) {
      List<Slot> slots = spec.slots();
      int[][] terms = new int[slots.size()][];
      Pos[][] pos = new Pos[slots.size()][];
      long[][] masks = new long[slots.size()][];
      for (int s = 0; s < slots.size(); s++) {
        terms[s] = slots.get(s).words().stream().mapToInt(normalizer::intern).toArray();
        pos[s] = slots.get(s).pos().toArray(Pos[]::new);
        masks[s] = CompiledPattern.mask(terms[s]);
      }
      return new Positions(terms, pos, masks);
    }

    /** The variant keeping the positions {@code chosen}, in order. */
    CompiledPattern variant(LexiconEntry entry, PatternSpec spec, List<Integer> chosen) {
      int n = chosen.size();
      int[][] variantTerms = new int[n][];
      Pos[][] variantPos = new Pos[n][];
      long[][] variantMasks = new long[n][];
      for (int i = 0; i < n; i++) {
        int s = chosen.get(i);
        variantTerms[i] = terms[s];
        variantPos[i] = pos[s];
        variantMasks[i] = masks[s];
      }
      return new CompiledPattern(
          entry, spec.text(), variantTerms, variantPos, spec.unordered(), variantMasks);
    }
  }
}
