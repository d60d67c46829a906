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
        expand(entry, spec, normalizer, 0, new ArrayList<>(), all);
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

  /** Turns each combination of present and absent optional words into its own pattern. */
  private static void expand(
      LexiconEntry entry,
      PatternSpec spec,
      TermNormalizer normalizer,
      int index,
      List<Integer> chosen,
      List<CompiledPattern> out) {
    List<Slot> slots = spec.slots();
    if (index == slots.size()) {
      if (chosen.isEmpty()) {
        return;
      }
      int[][] terms = new int[chosen.size()][];
      Pos[][] pos = new Pos[chosen.size()][];
      for (int i = 0; i < chosen.size(); i++) {
        Slot slot = slots.get(chosen.get(i));
        terms[i] = slot.words().stream().mapToInt(normalizer::intern).toArray();
        pos[i] = slot.pos().toArray(Pos[]::new);
      }
      out.add(CompiledPattern.of(entry, spec.text(), terms, pos, spec.unordered()));
      return;
    }
    chosen.add(index);
    expand(entry, spec, normalizer, index + 1, chosen, out);
    chosen.remove(chosen.size() - 1);
    if (slots.get(index).optional()) {
      expand(entry, spec, normalizer, index + 1, chosen, out);
    }
  }
}
