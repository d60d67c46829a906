package io.rolelens.batch.mine;

import io.rolelens.analyzer.language.LanguageGuard;
import io.rolelens.analyzer.lexicon.Lexicon;
import io.rolelens.analyzer.nlp.NlpModels;
import io.rolelens.analyzer.nlp.PosTagging;
import io.rolelens.analyzer.title.RoleFamily;
import io.rolelens.scoring.index.ExistingIndex;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The front door of phrase mining: lists the word n-grams significantly more frequent in the bodies
 * of the postings of one title role than in the rest of an index (or than in another title role),
 * that the lexicon does not match yet, for a lexicon maintainer to read.
 *
 * <pre>{@code
 * MinedPhrases found = PhraseMiner.builder().lexicon(Lexicon.bundled()).top(60).build()
 *     .mine(Path.of("index"), "product_manager", null);   // null: against every other posting
 * }</pre>
 *
 * <p>How: the foreground postings are read once and kept as word ids; the n-grams held by at least
 * {@code minPostings} of them are counted exactly ({@link FrequentNgrams}); the background postings
 * are streamed once and counted only for those n-grams ({@link NgramTable}); every n-gram more
 * frequent in the foreground is scored with Dunning's G² ({@link LogLikelihood}) over document
 * counts; the best are sampled in context ({@link ExampleFinder}) and those the lexicon already
 * matches there, or that hold a role name it reads as a label ({@link KnownPhrases}), are left out
 * ({@link Shortlist}). Memory grows with the foreground's words (about 12 bytes a word) and the
 * capped candidate table, not with the background. Each miner is used by one thread at a time;
 * build one per run.
 */
public final class PhraseMiner {
  /** Listed phrases by default. */
  public static final int DEFAULT_TOP = 50;

  /** The fewest foreground postings a phrase occurs in, by default. */
  public static final int DEFAULT_MIN_POSTINGS = 5;

  /** The shortest phrases listed by default, in words. */
  public static final int DEFAULT_MIN_WORDS = 2;

  /** The candidate cap by default, shared by the lengths. */
  public static final int DEFAULT_MAX_CANDIDATES = 2_000_000;

  /** The longest phrases that can be mined, in words. */
  public static final int MAX_WORDS = 4;

  /** Phrase lengths by default, as {@code --n} takes them. */
  public static final String DEFAULT_WORDS = DEFAULT_MIN_WORDS + ".." + MAX_WORDS;

  /** The lowest G² listed by default: p = 0.05 for one phrase alone. */
  public static final double DEFAULT_MIN_SCORE = 3.84;

  /** The most distinct n-grams one counting pass holds (about 32 bytes each). */
  static final int COUNTING_TABLE = 2_000_000;

  private final Lexicon lexicon;
  private final int minWords;
  private final int maxWords;
  private final int minPostings;
  private final int top;
  private final int maxCandidates;
  private final double minScore;
  private final boolean roleNames;
  private final MiningProgress progress;

  private PhraseMiner(Builder b) {
    this.lexicon = b.lexicon == null ? Lexicon.bundled() : b.lexicon;
    this.minWords = b.minWords;
    this.maxWords = b.maxWords;
    this.minPostings = b.minPostings;
    this.top = b.top;
    this.maxCandidates = b.maxCandidates;
    this.minScore = b.minScore;
    this.roleNames = b.roleNames;
    this.progress = b.progress;
  }

  /** Starts configuring a miner; every setting has a default. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Mines the index in {@code indexDir} for phrases of postings titled {@code titleRole}.
   *
   * @param titleRole a title role id such as {@code product_manager}
   * @param against another title role id to compare with, or null for every other posting
   * @throws IllegalArgumentException when a role is not a title role id, or both are the same
   * @throws IOException when the folder is no index, or a side has no postings to read (none titled
   *     so, none English, or only evidence phrases because the CSV was scored without descriptions)
   */
  public MinedPhrases mine(Path indexDir, String titleRole, String against) throws IOException {
    checkTitleRoles(titleRole, against);
    NlpModels models = NlpModels.load();
    KnownPhrases known = new KnownPhrases(lexicon, new PosTagging(models));
    try (ExistingIndex index = ExistingIndex.open(indexDir)) {
      index.requirePostings();
      IndexPostings postings = new IndexPostings(index.reader());
      IndexPostings.Selection foreground =
          require(postings.titled(titleRole), "titled " + titleRole, postings, indexDir);
      IndexPostings.Selection background =
          against == null
              ? require(
                  postings.notTitled(titleRole),
                  "other than those titled " + titleRole,
                  postings,
                  indexDir)
              : require(postings.titled(against), "titled " + against, postings, indexDir);
      SideReader reader = new SideReader(postings, known, new LanguageGuard(models), progress);

      Vocabulary words = new Vocabulary();
      ExampleFinder.Foreground read =
          readForeground(reader, titleRole, foreground, words, indexDir);
      words.freeze();
      NgramTable table =
          FrequentNgrams.count(
              read.codes(),
              words.size(),
              maxWords,
              minPostings,
              Math.max(1, maxCandidates / maxWords),
              COUNTING_TABLE);
      progress.note(counted(read.side(), table));
      int[] counted = {0};
      MinedPhrases.Side bg =
          requireUsable(
              reader.read(
                  against == null ? "rest" : against,
                  background,
                  words,
                  (posting, codes) -> table.countBackground(codes, counted[0]++)),
              indexDir);

      List<Ranking.Candidate> ranked =
          Ranking.rank(
              table, words, read.side().postings(), bg.postings(), minWords, maxWords, minScore);
      ExampleFinder finder = new ExampleFinder(table, words, known, postings, read);
      Shortlist.Picked picked =
          new Shortlist(table, words, known, finder, progress).pick(ranked, top, roleNames);
      return new MinedPhrases(
          read.side(),
          bg,
          minWords,
          maxWords,
          listedMinimum(table),
          minScore,
          ranked.size(),
          picked.skippedKnown(),
          picked.skippedRoleNames(),
          picked.phrases());
    }
  }

  /**
   * Reads the foreground once, keeping each usable posting's words, document and id for counting
   * and examples.
   */
  private static ExampleFinder.Foreground readForeground(
      SideReader reader,
      String titleRole,
      IndexPostings.Selection selected,
      Vocabulary words,
      Path indexDir)
      throws IOException {
    List<int[]> codes = new ArrayList<>();
    List<Integer> docs = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    MinedPhrases.Side side =
        requireUsable(
            reader.read(
                titleRole,
                selected,
                words,
                (posting, c) -> {
                  codes.add(c);
                  docs.add(posting.doc());
                  ids.add(posting.id());
                }),
            indexDir);
    return new ExampleFinder.Foreground(
        side,
        codes,
        docs.stream().mapToInt(Integer::intValue).toArray(),
        ids.toArray(String[]::new));
  }

  /**
   * The fewest foreground postings a listed phrase may have: the minimum, or more where a cap
   * raised it.
   */
  private int listedMinimum(NgramTable table) {
    int most = minPostings;
    for (int n = minWords; n <= maxWords; n++) {
      most = Math.max(most, table.minPostings(n));
    }
    return most;
  }

  private String counted(MinedPhrases.Side fg, NgramTable table) {
    StringBuilder s =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "%,d %s postings read; n-grams in %d or more of them:",
                fg.postings(),
                fg.label(),
                minPostings));
    for (int n = 1; n <= table.maxN(); n++) {
      s.append(String.format(Locale.ROOT, " %d-word %,d", n, table.size(n)));
      if (table.minPostings(n) > minPostings) {
        s.append(String.format(Locale.ROOT, " (capped: in %d or more)", table.minPostings(n)));
      }
    }
    return s.toString();
  }

  /**
   * Checks that {@code titleRole} and {@code against} (null for the rest) are two different title
   * role ids, before any work.
   *
   * @throws IllegalArgumentException naming the role that is not one, and the ones there are
   */
  public static void checkTitleRoles(String titleRole, String against) {
    List<String> known = Arrays.stream(RoleFamily.values()).map(RoleFamily::id).toList();
    for (String role : against == null ? List.of(titleRole) : List.of(titleRole, against)) {
      if (!known.contains(role)) {
        throw new IllegalArgumentException(
            "unknown title role '" + role + "': use one of " + String.join(", ", known));
      }
    }
    if (titleRole.equals(against)) {
      throw new IllegalArgumentException(
          "--against names the title role mined ("
              + titleRole
              + "): compare it with another role or with rest");
    }
  }

  private static IndexPostings.Selection require(
      IndexPostings.Selection selected, String which, IndexPostings postings, Path indexDir)
      throws IOException {
    if (selected.docs().length == 0) {
      throw new IOException(
          indexDir
              + " holds no postings "
              + which
              + " (duplicates aside); its title roles: "
              + String.join(", ", postings.titleRoles()));
    }
    return selected;
  }

  private static MinedPhrases.Side requireUsable(MinedPhrases.Side side, Path indexDir)
      throws IOException {
    if (side.postings() > 0) {
      return side;
    }
    if (side.withoutDescription() > 0) {
      throw new IOException(
          indexDir
              + " holds no posting descriptions, only evidence phrases: score with"
              + " --include-description, index that scored CSV, and mine again");
    }
    throw new IOException(
        String.format(
            Locale.ROOT,
            "none of the %,d %s postings in %s is in English",
            side.notEnglish(),
            side.label(),
            indexDir));
  }

  /** Configures a {@link PhraseMiner}; the defaults live here and nowhere else. */
  public static final class Builder {
    private Lexicon lexicon;
    private int minWords = DEFAULT_MIN_WORDS;
    private int maxWords = MAX_WORDS;
    private int minPostings = DEFAULT_MIN_POSTINGS;
    private int top = DEFAULT_TOP;
    private int maxCandidates = DEFAULT_MAX_CANDIDATES;
    private double minScore = DEFAULT_MIN_SCORE;
    private boolean roleNames;
    private MiningProgress progress = MiningProgress.NONE;

    private Builder() {}

    /** Phrases this lexicon matches are left out (default: the bundled lexicon). */
    public Builder lexicon(Lexicon lexicon) {
      this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
      return this;
    }

    /**
     * Phrases of {@code min} to {@code max} words, from 1 to {@value #MAX_WORDS} (default {@value
     * #DEFAULT_WORDS}).
     */
    public Builder words(int min, int max) {
      if (min < 1 || max > MAX_WORDS || min > max) {
        throw new IllegalArgumentException(
            "--n must be from 1 to "
                + MAX_WORDS
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
    public Builder minPostings(int min) {
      this.minPostings = atLeastOne(min, "--min-count");
      return this;
    }

    /** How many phrases to list (default 50). */
    public Builder top(int top) {
      this.top = atLeastOne(top, "--top");
      return this;
    }

    /** The most n-grams kept in the candidate table (default 2,000,000, shared by the lengths). */
    public Builder maxCandidates(int max) {
      this.maxCandidates = atLeastOne(max, "--max-candidates");
      return this;
    }

    /**
     * The lowest G² listed (default {@value PhraseMiner#DEFAULT_MIN_SCORE}, p = 0.05 for one phrase
     * alone).
     */
    public Builder minScore(double min) {
      if (!(min >= 0) || Double.isInfinite(min)) {
        throw new IllegalArgumentException("--min-score must be a number of 0 or more, was " + min);
      }
      this.minScore = min;
      return this;
    }

    /**
     * Whether phrases holding a role name the lexicon reads as a label ("experienced Product
     * Owner") are listed too (default false: they are about the title, not the duties).
     */
    public Builder roleNames(boolean list) {
      this.roleNames = list;
      return this;
    }

    /** Who hears how a long run goes (default: nobody). */
    public Builder progress(MiningProgress progress) {
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
}
