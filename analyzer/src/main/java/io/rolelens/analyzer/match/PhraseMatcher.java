package io.rolelens.analyzer.match;

import io.rolelens.analyzer.text.Separator;
import io.rolelens.analyzer.text.TokenizedText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds every occurrence of every compiled pattern in a tokenized text. Ordered patterns allow a
 * few filler words between their words and distribute over lists ("own timelines, milestones and
 * budgets" matches "own budget"); unordered patterns match their words in any order within a short
 * window of one clause (no comma or conjunction between). Nothing crosses a sentence boundary.
 * Thread-safe.
 */
final class PhraseMatcher {
  /** Filler words allowed between two pattern words, across list separators too. */
  static final int MAX_GAP = 2;

  /** Tokens an unordered pattern may spread over, after its first word. */
  static final int WINDOW = 5;

  private static final int MAX_LIST_ITEMS = 6;
  private static final int MAX_REACH = 18;

  private final PhraseIndex index;

  PhraseMatcher(PhraseIndex index) {
    this.index = index;
  }

  /** Tokens read between two checkpoints. */
  private static final int CHECK_EVERY = 4096;

  List<Candidate> candidates(TokenizedText text, Checkpoint checkpoint) {
    List<Candidate> out = new ArrayList<>();
    // Token positions of the match being tried; copied out only when a match is found, since most
    // tries fail after the first word.
    int[] scratch = new int[16];
    for (int i = 0; i < text.size(); i++) {
      if (i % CHECK_EVERY == CHECK_EVERY - 1) {
        checkpoint.reached("matching phrases");
      }
      int term = text.term(i);
      if (term < 0) {
        continue;
      }
      for (CompiledPattern p : index.triggeredBy(term)) {
        if (p.length() > scratch.length) {
          scratch = new int[p.length()];
        }
        Candidate c =
            p.unordered() ? matchUnordered(text, p, i, scratch) : matchOrdered(text, p, i, scratch);
        if (c != null) {
          out.add(c);
          if (!p.unordered()) {
            addListItems(text, c, out);
          }
        }
      }
    }
    return out;
  }

  private static Candidate matchOrdered(
      TokenizedText text, CompiledPattern p, int i, int[] tokens) {
    tokens[0] = i;
    int spanFirst = i;
    int prev = i;
    for (int s = 1; s < p.length(); s++) {
      long found = findNext(text, p, s, prev);
      if (found < 0) {
        return null;
      }
      int q = (int) found;
      if ((found >>> 32) != 0) {
        spanFirst = q;
      }
      tokens[s] = q;
      prev = q;
    }
    return new Candidate(p, Arrays.copyOf(tokens, p.length()), spanFirst, prev);
  }

  /**
   * Adds a candidate for each further item of the list the pattern's last word was found in, so
   * "own timelines, milestones and budgets" also matches "own milestone|budget" at "milestones" and
   * "budgets", not only at the first item.
   */
  private static void addListItems(TokenizedText text, Candidate c, List<Candidate> out) {
    CompiledPattern p = c.pattern();
    int lastSlot = p.length() - 1;
    if (lastSlot == 0) {
      return;
    }
    int prev = c.last();
    for (int item = 0; item < MAX_LIST_ITEMS; item++) {
      long found = findNext(text, p, lastSlot, prev);
      if (found < 0 || (found >>> 32) == 0) {
        return;
      }
      int q = (int) found;
      int[] tokens = c.tokens().clone();
      tokens[lastSlot] = q;
      out.add(new Candidate(p, tokens, q, q));
      prev = q;
    }
  }

  /**
   * The next token after {@code prev} that fills position {@code slot}, or -1. The high bit word of
   * the result is set when the search crossed a list separator, so the phrase was distributed.
   *
   * <p>The filler words skipped on the way count against one bound, {@link #MAX_GAP}, however many
   * list separators lie between: a separator does not reset the count, or a verb could reach any
   * word of a long list of unrelated phrases ("manage safety controls, evaluation pipelines,
   * latency and API usage/cost"). Only a list item of a single word after the first ("own
   * timelines, milestones and budgets") is skipped for free, since a one-word item is itself a
   * short noun phrase of the list the pattern distributes over; words before the first separator
   * always count.
   */
  private static long findNext(TokenizedText text, CompiledPattern p, int slot, int prev) {
    int fillers = 0;
    int itemWords = 0;
    int items = 0;
    boolean crossed = false;
    int limit = Math.min(text.size(), prev + 1 + MAX_REACH);
    for (int j = prev + 1; j < limit; j++) {
      Separator sep = text.before(j);
      if (sep == Separator.SENTENCE) {
        return -1;
      }
      boolean conjunction = isConjunction(text, j);
      if (sep == Separator.COMMA || conjunction) {
        // A one-word item just skipped was a bare noun of the list: it costs nothing. ", and" is
        // one boundary.
        if (crossed && itemWords == 1) {
          fillers--;
        }
        if (itemWords > 0 || !crossed) {
          crossed = true;
          itemWords = 0;
          if (++items > MAX_LIST_ITEMS) {
            return -1;
          }
        }
      }
      if (p.accepts(slot, text.term(j))) {
        // The allowance for a one-word item is granted before the item is known to have one word;
        // reaching the pattern inside that item means it had more, so the bound applies as it is.
        if (fillers > MAX_GAP) {
          return -1;
        }
        return crossed ? (1L << 32) | j : j;
      }
      if (!conjunction) {
        itemWords++;
        if (++fillers > MAX_GAP + (crossed && itemWords == 1 ? 1 : 0)) {
          return -1;
        }
      }
    }
    return -1;
  }

  private static Candidate matchUnordered(
      TokenizedText text, CompiledPattern p, int i, int[] tokens) {
    int n = p.length();
    int startSlot = -1;
    for (int s = 0; s < n; s++) {
      if (p.accepts(s, text.term(i))) {
        startSlot = s;
        break;
      }
    }
    tokens[startSlot] = i;
    int last = i;
    int limit = Math.min(text.size() - 1, i + WINDOW);
    for (int s = 0; s < n; s++) {
      if (s == startSlot) {
        continue;
      }
      int found = -1;
      for (int j = i + 1; j <= limit; j++) {
        if (text.before(j) != Separator.NONE || isConjunction(text, j)) {
          break;
        }
        if (p.accepts(s, text.term(j)) && !used(tokens, s, j, startSlot)) {
          found = j;
          break;
        }
      }
      if (found < 0) {
        return null;
      }
      tokens[s] = found;
      last = Math.max(last, found);
    }
    return new Candidate(p, Arrays.copyOf(tokens, n), i, last);
  }

  private static boolean isConjunction(TokenizedText text, int token) {
    return text.is(token, "and") || text.is(token, "or");
  }

  private static boolean used(int[] tokens, int upTo, int token, int startSlot) {
    for (int s = 0; s < upTo; s++) {
      if (tokens[s] == token) {
        return true;
      }
    }
    return tokens[startSlot] == token;
  }
}
