package io.rolelens.batch.mine;

import io.rolelens.analyzer.lexicon.Lexicon;
import java.util.Objects;

/** Configures a {@link PhraseMiner}; the defaults live here and nowhere else. */
public final class PhraseMinerBuilder {
  Lexicon lexicon;
  int minWords = PhraseMiner.DEFAULT_MIN_WORDS;
  int maxWords = PhraseMiner.MAX_WORDS;
  int minPostings = PhraseMiner.DEFAULT_MIN_POSTINGS;
  int top = PhraseMiner.DEFAULT_TOP;
  int maxCandidates = PhraseMiner.DEFAULT_MAX_CANDIDATES;
  double minScore = PhraseMiner.DEFAULT_MIN_SCORE;
  boolean roleNames;
  MiningProgress progress = MiningProgress.NONE;

  PhraseMinerBuilder() {}

  /** Phrases this lexicon matches are left out (default: the bundled lexicon). */
  public PhraseMinerBuilder lexicon(Lexicon lexicon) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    return this;
  }

  /**
   * Phrases of {@code min} to {@code max} words, from 1 to {@value PhraseMiner#MAX_WORDS} (default
   * {@value PhraseMiner#DEFAULT_WORDS}).
   */
  public PhraseMinerBuilder words(int min, int max) {
    if (min < 1 || max > PhraseMiner.MAX_WORDS || min > max) {
      throw new IllegalArgumentException(
          "--n must be from 1 to "
              + PhraseMiner.MAX_WORDS
              + " words with the smaller first, was "
              + min
              + ".."
              + max);
    }
    this.minWords = min;
    this.maxWords = max;
    return this;
  }

  /** The fewest foreground postings a phrase must occur in (default 5): rarer ones say little. */
  public PhraseMinerBuilder minPostings(int min) {
    this.minPostings = atLeastOne(min, "--min-count");
    return this;
  }

  /** How many phrases to list (default 50). */
  public PhraseMinerBuilder top(int top) {
    this.top = atLeastOne(top, "--top");
    return this;
  }

  /** The most n-grams kept in the candidate table (default 2,000,000, shared by the lengths). */
  public PhraseMinerBuilder maxCandidates(int max) {
    this.maxCandidates = atLeastOne(max, "--max-candidates");
    return this;
  }

  /**
   * The lowest G² listed (default {@value PhraseMiner#DEFAULT_MIN_SCORE}, p = 0.05 for one phrase
   * alone).
   */
  public PhraseMinerBuilder minScore(double min) {
    if (!(min >= 0) || Double.isInfinite(min)) {
      throw new IllegalArgumentException("--min-score must be a number of 0 or more, was " + min);
    }
    this.minScore = min;
    return this;
  }

  /**
   * Whether phrases holding a role name the lexicon reads as a label ("experienced Product Owner")
   * are listed too (default false: they are about the title, not the duties).
   */
  public PhraseMinerBuilder roleNames(boolean list) {
    this.roleNames = list;
    return this;
  }

  /** Who hears how a long run goes (default: nobody). */
  public PhraseMinerBuilder progress(MiningProgress progress) {
    this.progress = Objects.requireNonNull(progress, "progress");
    return this;
  }

  public PhraseMiner build() {
    return new PhraseMiner(this);
  }

  private static int atLeastOne(int n, String name) {
    if (n < 1) {
      throw new IllegalArgumentException(name + " must be at least 1, was " + n);
    }
    return n;
  }
}
