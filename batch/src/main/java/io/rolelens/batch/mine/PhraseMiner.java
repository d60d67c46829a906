package io.rolelens.batch.mine;

import io.rolelens.analyzer.language.LanguageGuard;
import io.rolelens.analyzer.lexicon.Lexicon;
import io.rolelens.analyzer.nlp.NlpModels;
import io.rolelens.analyzer.nlp.PosTagging;
import io.rolelens.scoring.index.ExistingIndex;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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

  PhraseMiner(PhraseMinerBuilder b) {
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
  public static PhraseMinerBuilder builder() {
    return new PhraseMinerBuilder();
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
          MiningInputs.require(
              postings.titled(titleRole), "titled " + titleRole, postings, indexDir);
      IndexPostings.Selection background =
          against == null
              ? MiningInputs.require(
                  postings.notTitled(titleRole),
                  "other than those titled " + titleRole,
                  postings,
                  indexDir)
              : MiningInputs.require(
                  postings.titled(against), "titled " + against, postings, indexDir);
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
          MiningInputs.requireUsable(
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
        MiningInputs.requireUsable(
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
   * role ids, before any work (see {@link MiningInputs#checkTitleRoles}).
   *
   * @throws IllegalArgumentException naming the role that is not one, and the ones there are
   */
  public static void checkTitleRoles(String titleRole, String against) {
    MiningInputs.checkTitleRoles(titleRole, against);
  }
}
