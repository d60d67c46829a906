package io.rolelens.analyzer.lexicon;

/**
 * The largest lexicon RoleLens agrees to load, so that a careless or hostile lexicon file fails at
 * once with a message naming its line instead of exhausting time or memory at load.
 *
 * <p>Each limit is checked before the work it guards: the file's size before it is read whole, a
 * line's length before it is parsed, and a pattern's optional words before it is expanded into one
 * compiled variant per combination of present and absent optional words ({@code 2^optional}). The
 * limits are generous: the bundled lexicon (73 KB, 144 entries, 418 patterns compiling to 439
 * variants, at most 3 optional words, 6 words and 11 alternatives per pattern, lines of at most 183
 * characters) stays far below every one.
 */
public final class LexiconLimits {
  /**
   * Bytes of a lexicon file (and characters of lexicon text): 2 MiB, about 28 times the bundled
   * lexicon. Checked before the file is read whole, so {@code /dev/zero} or a misnamed archive
   * costs no more than this.
   */
  public static final int MAX_SIZE = 2 * 1024 * 1024;

  /**
   * Characters on one line: an explanation holds at most 200 and an example is one sentence, so a
   * longer line is a missing line break or not a lexicon at all.
   */
  public static final int MAX_LINE_CHARS = 2_000;

  /** Entries in one lexicon: about 35 times the bundled lexicon's 144. */
  public static final int MAX_ENTRIES = 5_000;

  /**
   * Words (positions) in one pattern: phrases are short, and the bundled lexicon's longest has 6.
   */
  public static final int MAX_PATTERN_WORDS = 16;

  /**
   * Alternatives for one position ({@code a|b|c}): the bundled lexicon's widest has 11.
   * Alternatives do not multiply the variants (a position's alternatives compile once, into one set
   * shared by all variants) but each is interned and indexed, and an unordered pattern under every
   * one of them.
   */
  public static final int MAX_ALTERNATIVES = 32;

  /**
   * Optional words ({@code word?}) in one pattern. Each doubles the compiled variants, so 8 allow
   * 256 variants of one pattern; the bundled lexicon uses at most 3. Without this limit 20 optional
   * words took 9 s and 2.4 GB at load, and 40 ran out of memory.
   */
  public static final int MAX_OPTIONAL_WORDS = 8;

  /**
   * Compiled variants of all patterns together, counted before any is compiled: about 45 times the
   * bundled lexicon's 439, and enough for 78 patterns at the full 256 variants each.
   */
  public static final int MAX_VARIANTS = 20_000;

  private LexiconLimits() {}
}
