package io.rolelens.analyzer;

import io.rolelens.analyzer.language.Language;
import io.rolelens.analyzer.language.LanguageGuard;
import io.rolelens.analyzer.lexicon.Lexicon;
import io.rolelens.analyzer.match.Checkpoint;
import io.rolelens.analyzer.match.Field;
import io.rolelens.analyzer.match.Mention;
import io.rolelens.analyzer.match.PhraseTagger;
import io.rolelens.analyzer.nlp.NlpModels;
import io.rolelens.analyzer.nlp.PosTagging;
import io.rolelens.analyzer.otherjob.OtherJobCues;
import io.rolelens.analyzer.otherjob.OtherJobEvidence;
import io.rolelens.analyzer.otherjob.OtherJobRule;
import io.rolelens.analyzer.score.BodyStatus;
import io.rolelens.analyzer.score.Judgement;
import io.rolelens.analyzer.score.Profiler;
import io.rolelens.analyzer.score.RoleProfile;
import io.rolelens.analyzer.suggest.TitleSuggestions;
import io.rolelens.analyzer.text.TermNormalizer;
import io.rolelens.analyzer.title.TitleReader;
import io.rolelens.analyzer.title.TitleReading;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The front door: analyses a job posting's title and body and says which of Product Manager,
 * Project Manager and Product Owner the body describes, and whether that matches the title.
 *
 * <pre>{@code
 * RoleAnalyzer analyzer = RoleAnalyzer.builder().build();   // loads models once
 * Analysis a = analyzer.analyze("Senior Product Manager", body);
 * a.verdict();  // CONSISTENT, MIXED, MISMATCH or UNCLEAR
 * }</pre>
 *
 * <p>Thread-safe: build one and share it. Models and the compiled lexicon are loaded once; the
 * OpenNLP tools, which are not thread-safe, are kept per thread.
 */
public final class RoleAnalyzer {
  private final Lexicon lexicon;
  private final PhraseTagger tagger;
  private final OtherJobCues otherJobs;
  private final LanguageGuard languages;
  private final TitleReader titles = new TitleReader();
  private final Profiler profiler;
  private final int maxBodyChars;
  private final int maxTitleChars;
  private final Duration timeBudget;

  private RoleAnalyzer(Builder b) {
    this.lexicon = b.lexicon == null ? Lexicon.bundled() : b.lexicon;
    NlpModels models = NlpModels.load();
    TermNormalizer normalizer = new TermNormalizer();
    this.tagger =
        new PhraseTagger(lexicon, b.partOfSpeech ? new PosTagging(models) : null, normalizer);
    // After the lexicon, so that its words keep the low term ids its bit sets are sized for.
    this.otherJobs = OtherJobCues.bundled(normalizer);
    this.languages = new LanguageGuard(models);
    this.profiler = new Profiler(lexicon);
    this.maxBodyChars = b.maxBodyChars;
    this.maxTitleChars = b.maxTitleChars;
    this.timeBudget = b.timeBudget;
  }

  /** Starts configuring an analyzer; every setting has a sensible default. */
  public static Builder builder() {
    return new Builder();
  }

  /** The lexicon in use. */
  public Lexicon lexicon() {
    return lexicon;
  }

  /**
   * The longest title {@link #analyze} takes, in chars; a longer one is a {@link PostingException}.
   */
  public int maxTitleChars() {
    return maxTitleChars;
  }

  /**
   * Analyses one posting.
   *
   * @param title the posting's title; null reads as no title
   * @param body the posting's text (plain text; offsets in the result index into it)
   * @throws PostingException when the body is null or longer than the configured limit, or the
   *     title is too long
   * @throws AnalysisTimeoutException when the analysis runs past the {@linkplain Builder#timeBudget
   *     time budget}
   */
  public Analysis analyze(String title, String body) {
    if (body == null) {
      throw new PostingException("body is null: pass the posting's text, or \"\" for none");
    }
    String titleText = title == null ? "" : title;
    if (body.length() > maxBodyChars) {
      throw new PostingException(
          String.format(
              Locale.ROOT,
              "body has %,d characters, more than the limit of %,d: is this really one posting?",
              body.length(),
              maxBodyChars));
    }
    if (titleText.length() > maxTitleChars) {
      throw new PostingException(
          String.format(
              Locale.ROOT,
              "title has %,d characters, more than the limit of %,d",
              titleText.length(),
              maxTitleChars));
    }
    Checkpoint checkpoint = checkpoint();
    TitleReading reading = titles.read(titleText);
    List<Mention> mentions =
        new ArrayList<>(tagger.tag(titleText, Field.TITLE, checkpoint).mentions());
    PhraseTagger.Tagged tagged = tagger.tag(body, Field.BODY, checkpoint);
    Language language = languages.detect(tagged.tokens());
    // A body in another language is judged only with enough duty phrases read in it; below that
    // its phrases (and the English terms it borrows, "Product Backlog", "Scrum") give the profile's
    // best guess only, and are not shown.
    RoleProfile profile = profiler.profile(tagged.mentions());
    OtherJobEvidence otherJob =
        language.isEnglish() ? otherJobs.find(tagged.tokens()) : OtherJobEvidence.NONE;
    BodyStatus status = BodyStatus.of(language, profile, otherJob, OtherJobRule.FITTED);
    // The evidence is shown exactly when the mentions are, so that every evidence item is a listed
    // mention (and mentionCount counts them).
    if (status.bodyRead(language)) {
      mentions.addAll(tagged.mentions());
    } else {
      profile = profile.withoutEvidence();
    }
    List<Role> expected = reading.expectedRoles();
    Judgement judgement =
        switch (status) {
          case OK -> Judgement.of(profile, expected);
          case OTHER_JOB -> Judgement.otherJob(expected);
          case THIN, NOT_ENGLISH -> Judgement.unclear();
        };
    boolean called = status == BodyStatus.OK;
    return new Analysis(
        reading,
        profile,
        called ? profile.bestGuess() : null,
        status,
        otherJob,
        called ? round(profile.confidence()) : 0,
        judgement.verdict(),
        judgement.confusionScore(),
        TitleSuggestions.suggest(reading, profile, status, otherJob, judgement.verdict()),
        round(profile.outcomeOutputIndex()),
        language,
        lexicon.version(),
        Summaries.write(reading, profile, status, otherJob, judgement.verdict(), language),
        mentions);
  }

  /** A checkpoint that throws once the time budget is spent, or none without a budget. */
  private Checkpoint checkpoint() {
    if (timeBudget.isZero()) {
      return Checkpoint.NONE;
    }
    long deadline = System.nanoTime() + timeBudget.toNanos();
    return stage -> {
      if (System.nanoTime() - deadline > 0) {
        throw new AnalysisTimeoutException(timeBudget, stage);
      }
    };
  }

  /** Reads a title alone. */
  public TitleReading readTitle(String title) {
    return titles.read(title);
  }

  private static double round(double x) {
    return Math.round(x * 1000) / 1000.0;
  }

  /** Configures a {@link RoleAnalyzer}; defaults live here and nowhere else. */
  public static final class Builder {
    private Lexicon lexicon;
    private boolean partOfSpeech = true;
    private int maxBodyChars = 1_000_000;
    private int maxTitleChars = 1_000;
    private Duration timeBudget = Duration.ZERO;

    private Builder() {}

    /** Uses this lexicon instead of the bundled one. */
    public Builder lexicon(Lexicon lexicon) {
      this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
      return this;
    }

    /** Whether patterns that ask for a part of speech are checked with OpenNLP (default true). */
    public Builder partOfSpeech(boolean enabled) {
      this.partOfSpeech = enabled;
      return this;
    }

    /** The longest body accepted, in UTF-16 chars (default 1,000,000). */
    public Builder maxBodyChars(int max) {
      if (max < 1) {
        throw new IllegalArgumentException("maxBodyChars must be positive, was " + max);
      }
      this.maxBodyChars = max;
      return this;
    }

    /** The longest title accepted, in UTF-16 chars (default 1,000). */
    public Builder maxTitleChars(int max) {
      if (max < 1) {
        throw new IllegalArgumentException("maxTitleChars must be positive, was " + max);
      }
      this.maxTitleChars = max;
      return this;
    }

    /**
     * The longest one analysis may run (wall-clock time) before it stops with an {@link
     * AnalysisTimeoutException}; {@link Duration#ZERO} (the default) sets no limit. Ordinary
     * postings take well under a millisecond and even a megabyte of text a fraction of a second, so
     * a budget mostly guards a server against text built to be slow.
     */
    public Builder timeBudget(Duration budget) {
      if (budget == null || budget.isNegative()) {
        throw new IllegalArgumentException(
            "timeBudget must be zero (none) or positive, was " + budget);
      }
      this.timeBudget = budget;
      return this;
    }

    /** Loads models and compiles the lexicon; takes about a second. */
    public RoleAnalyzer build() {
      return new RoleAnalyzer(this);
    }
  }
}
