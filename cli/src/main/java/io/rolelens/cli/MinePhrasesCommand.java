package io.rolelens.cli;

import io.rolelens.analyzer.lexicon.Lexicon;
import io.rolelens.batch.PostingArchive;
import io.rolelens.batch.mine.MinedPhrases;
import io.rolelens.batch.mine.PhraseListing;
import io.rolelens.batch.mine.PhraseMiner;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code rolelens mine-phrases}: lists phrases typical of one title role that the lexicon does not
 * match yet.
 */
@Command(
    name = "mine-phrases",
    mixinStandardHelpOptions = true,
    description = {
      "Lists the phrases (word n-grams) significantly more frequent in the bodies of postings of"
          + " one title role than in the rest of an index, or than in another title role, that the"
          + " lexicon does not match yet: candidates for a lexicon maintainer.",
      "Score: Dunning's log-likelihood ratio G² (Dunning 1993) over posting counts: how many"
          + " postings of each side hold the phrase (each posting once), out of how many. 3.84 is p"
          + " = 0.05 and 10.83 p = 0.001 for one phrase alone; with thousands tested, read it as a"
          + " ranking. Only phrases more frequent per posting in the foreground are listed.",
      "Words are read as the lexicon reads them (case folded, British spelling to American, KStem,"
          + " plurals), and the listing shows each phrase as postings most often write it and as"
          + " the lexicon normalises it: any spelling in a 'pattern:' line matches every spelling"
          + " counted. Phrases never cross a sentence end, comma, bracket or dash, never start or"
          + " end with a stop word or a number, and one almost always inside a longer listed phrase"
          + " is left out for it. Duplicates and postings not in English are left out.",
      "A phrase is left out as known when the lexicon (the analyzer's own phrase tagger) matches it"
          + " standing alone, or covers its words in at least half of up to 10 sentences sampled"
          + " from different postings; and, unless --role-names, when it holds a role name the"
          + " lexicon reads as a label. Each listed phrase shows three of those sentences, the ones"
          + " the lexicon misses first.",
      "The index must hold descriptions: score with --include-description before 'rolelens index'."
    })
final class MinePhrasesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin IndexOption indexOption;

  @Option(
      names = "--title-role",
      required = true,
      paramLabel = "ROLE",
      description =
          "The title role mined, such as product_manager, project_manager or product_owner.")
  String titleRole;

  @Option(
      names = "--against",
      paramLabel = "REST|ROLE",
      defaultValue = "rest",
      description =
          "What to compare with: rest (every other posting, the default) or another title role.")
  String against;

  @Option(
      names = "--top",
      paramLabel = "N",
      converter = Counts.AtLeastOne.class,
      defaultValue = "" + PhraseMiner.DEFAULT_TOP,
      description = "How many phrases to list (default ${DEFAULT-VALUE}).")
  int top;

  @Option(
      names = "--min-count",
      paramLabel = "N",
      converter = Counts.AtLeastOne.class,
      defaultValue = "" + PhraseMiner.DEFAULT_MIN_POSTINGS,
      description =
          "The fewest postings of the title role a phrase must occur in (default"
              + " ${DEFAULT-VALUE}).")
  int minCount;

  @Option(
      names = "--n",
      paramLabel = "MIN..MAX",
      converter = WordRange.class,
      defaultValue = PhraseMiner.DEFAULT_WORDS,
      description =
          "Phrase lengths in words, from 1 to "
              + PhraseMiner.MAX_WORDS
              + ", such as 2..4 (the default) or 3.")
  Lengths words;

  @Option(
      names = "--max-candidates",
      paramLabel = "N",
      converter = Counts.AtLeastOne.class,
      defaultValue = "" + PhraseMiner.DEFAULT_MAX_CANDIDATES,
      description =
          "The most phrases kept for counting, shared by the lengths (default ${DEFAULT-VALUE}); a"
              + " length with more keeps its most frequent and says so.")
  int maxCandidates;

  @Option(
      names = "--min-score",
      paramLabel = "G2",
      converter = Score.class,
      defaultValue = "" + PhraseMiner.DEFAULT_MIN_SCORE,
      description =
          "The lowest G² listed (default ${DEFAULT-VALUE}: p = 0.05 for one phrase alone).")
  double minScore;

  @Option(
      names = "--role-names",
      description =
          "Also list phrases holding a role name the lexicon reads as a label (\"experienced"
              + " Product Owner\", \"years of product management\"); left out by default, as they"
              + " are about the title, not the duties.")
  boolean roleNames;

  @Option(
      names = "--lexicon",
      paramLabel = "FILE",
      description = "Leave out what this lexicon file matches instead of the bundled lexicon.")
  Path lexicon;

  @Option(
      names = "--format",
      paramLabel = "text|tsv",
      defaultValue = "text",
      description =
          "text (the default) for reading, tsv for a spreadsheet: one row per phrase under a header"
              + " row.")
  Format format;

  @Mixin QuietOption quietOption;

  /**
   * Output formats, in lower case because picocli matches the value typed against the constant's
   * name.
   */
  enum Format {
    text,
    tsv
  }

  @Override
  public Integer call() throws IOException {
    String background = against.equalsIgnoreCase("rest") ? null : against.toLowerCase(Locale.ROOT);
    String foreground = titleRole.toLowerCase(Locale.ROOT);
    try {
      PhraseMiner.checkTitleRoles(foreground, background);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    Lexicon rules = AnalyzerHolder.lexicon(lexicon);
    PrintWriter out = spec.commandLine().getOut();
    MinedPhrases found;
    try (MiningBar progress = new MiningBar(spec.commandLine().getErr(), quietOption.quiet)) {
      found =
          PostingArchive.at(indexOption.dir)
              .mine(
                  PhraseMiner.builder()
                      .lexicon(rules)
                      .words(words.min(), words.max())
                      .minPostings(minCount)
                      .top(top)
                      .maxCandidates(maxCandidates)
                      .minScore(minScore)
                      .roleNames(roleNames)
                      .progress(progress),
                  foreground,
                  background);
      progress.note("done");
    }
    switch (format) {
      case text -> PhraseListing.text(found, rules.version(), out);
      case tsv -> PhraseListing.tsv(found, out);
    }
    return 0;
  }

  /** A G² of 0 or more. */
  static final class Score implements ITypeConverter<Double> {
    @Override
    public Double convert(String value) {
      try {
        double score = Double.parseDouble(value.strip());
        if (score >= 0 && !Double.isInfinite(score)) {
          return score;
        }
      } catch (NumberFormatException e) {
        // said below
      }
      throw new TypeConversionException(
          "expected a number of 0 or more, such as 10.83, was '" + value + "'");
    }
  }

  /** Phrase lengths in words, from {@code min} to {@code max}. */
  record Lengths(int min, int max) {}

  /**
   * "2..4" or "3": phrase lengths from 1 to {@value PhraseMiner#MAX_WORDS} words, the smaller
   * first.
   */
  static final class WordRange implements ITypeConverter<Lengths> {
    @Override
    public Lengths convert(String value) {
      String[] parts = value.strip().split("\\.\\.", -1);
      if (parts.length > 2) {
        throw new TypeConversionException("expected MIN..MAX such as 2..4, was '" + value + "'");
      }
      int min = (int) Counts.parse(parts[0], 1, PhraseMiner.MAX_WORDS);
      int max = parts.length == 1 ? min : (int) Counts.parse(parts[1], 1, PhraseMiner.MAX_WORDS);
      if (min > max) {
        throw new TypeConversionException(
            "expected the smaller length first, such as 2..4, was '" + value + "'");
      }
      return new Lengths(min, max);
    }
  }
}
