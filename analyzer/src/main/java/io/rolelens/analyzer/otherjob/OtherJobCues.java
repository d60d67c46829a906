package io.rolelens.analyzer.otherjob;

import io.rolelens.analyzer.text.Separator;
import io.rolelens.analyzer.text.TermNormalizer;
import io.rolelens.analyzer.text.TokenizedText;
import io.rolelens.analyzer.text.Tokenizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The cues of other jobs (tools, duties and job names such as "SQL", "cold calling", "care plans"),
 * compiled to the lexicon's term ids so that finding them in a body costs one array lookup per
 * word. Read from {@code other-jobs.txt} beside this class, whose header says how the cues were
 * chosen. Immutable and thread-safe once built.
 */
public final class OtherJobCues {
  /** Classpath location of the bundled cue file. */
  public static final String BUNDLED_RESOURCE = "/io/rolelens/analyzer/otherjob/other-jobs.txt";

  /** The most words one cue may have. */
  static final int MAX_WORDS = 4;

  /**
   * One cue: its words' term ids, and before each word what may stand between it and the word
   * before in a body: what stands there in the cue as written, so "data engineer" is not found in
   * "data, engineering and commercial teams" but "CI/CD" is found in "CI/CD".
   */
  private record Cue(OtherJob job, int[] terms, Separator[] gaps) {}

  private final List<Cue> cues;

  /** For each term id, the cues starting with it, longest first; null for most terms. */
  private final int[][] byFirstTerm;

  private OtherJobCues(List<Cue> cues, int vocabularySize) {
    this.cues = List.copyOf(cues);
    Map<Integer, List<Integer>> starting = new HashMap<>();
    for (int c = 0; c < cues.size(); c++) {
      starting.computeIfAbsent(cues.get(c).terms()[0], t -> new ArrayList<>()).add(c);
    }
    byFirstTerm = new int[vocabularySize][];
    starting.forEach(
        (term, list) ->
            byFirstTerm[term] =
                list.stream()
                    .sorted(
                        Comparator.comparingInt((Integer c) -> cues.get(c).terms().length)
                            .reversed())
                    .mapToInt(Integer::intValue)
                    .toArray());
  }

  /**
   * Compiles the bundled cues, adding their words to {@code normalizer}'s vocabulary. Call while
   * building an analyzer, after the lexicon is compiled and before the normalizer is shared.
   */
  public static OtherJobCues bundled(TermNormalizer normalizer) {
    try (InputStream in = OtherJobCues.class.getResourceAsStream(BUNDLED_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "bundled other-job cues missing from classpath: " + BUNDLED_RESOURCE);
      }
      return parse(
          new String(in.readAllBytes(), StandardCharsets.UTF_8), BUNDLED_RESOURCE, normalizer);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + BUNDLED_RESOURCE, e);
    }
  }

  /**
   * Compiles a cue file's text (see the bundled file for the format).
   *
   * @throws IllegalArgumentException naming the line of a cue outside a job, a cue that is too long
   *     or one that folds to the same words as an earlier cue
   */
  static OtherJobCues parse(String text, String source, TermNormalizer normalizer) {
    List<Cue> cues = new ArrayList<>();
    Map<String, Integer> lineOf = new HashMap<>();
    Tokenizer tokenizer = new Tokenizer(normalizer);
    OtherJob job = null;
    String[] lines = text.split("\r?\n", -1);
    for (int n = 1; n <= lines.length; n++) {
      String line = lines[n - 1].strip();
      String where = source + " line " + n;
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("[")) {
        int close = line.indexOf(']');
        if (close < 0) {
          throw new IllegalArgumentException(
              where + ": a job heading looks like [id] name, was '" + line + "'");
        }
        job = new OtherJob(line.substring(1, close).strip(), line.substring(close + 1).strip());
        continue;
      }
      if (job == null) {
        throw new IllegalArgumentException(
            where + ": cue '" + line + "' comes before any [job] heading");
      }
      TokenizedText words = tokenizer.tokenize(line.toLowerCase(Locale.ROOT));
      if (words.size() == 0 || words.size() > MAX_WORDS) {
        throw new IllegalArgumentException(
            where + ": a cue has 1 to " + MAX_WORDS + " words, '" + line + "' has " + words.size());
      }
      int[] terms = new int[words.size()];
      Separator[] gaps = new Separator[words.size()];
      for (int k = 0; k < words.size(); k++) {
        terms[k] = normalizer.intern(words.lower(k));
        gaps[k] = words.before(k);
      }
      Integer earlier = lineOf.putIfAbsent(Arrays.toString(terms), n);
      if (earlier != null) {
        throw new IllegalArgumentException(
            where + ": cue '" + line + "' folds to the same words as the cue on line " + earlier);
      }
      cues.add(new Cue(job, terms, gaps));
    }
    return new OtherJobCues(cues, normalizer.vocabularySize());
  }

  /** Number of cues. */
  public int size() {
    return cues.size();
  }

  /**
   * The distinct cues in {@code tokens}, each at its first occurrence; the longest cue wins where
   * two start at the same word. {@code tokens} must come from a tokenizer over the normalizer these
   * cues were compiled with.
   */
  public OtherJobEvidence find(TokenizedText tokens) {
    List<OtherJobCue> found = null;
    boolean[] seen = null;
    for (int i = 0; i < tokens.size(); i++) {
      int term = tokens.term(i);
      if (term < 0 || term >= byFirstTerm.length || byFirstTerm[term] == null) {
        continue;
      }
      for (int c : byFirstTerm[term]) {
        int length = cues.get(c).terms().length;
        if (!matchesAt(cues.get(c), tokens, i)) {
          continue;
        }
        if (found == null) {
          found = new ArrayList<>();
          seen = new boolean[cues.size()];
        }
        if (!seen[c]) {
          seen[c] = true;
          int start = tokens.start(i);
          int end = tokens.end(i + length - 1);
          found.add(
              new OtherJobCue(cues.get(c).job(), tokens.text().substring(start, end), start, end));
        }
        i += length - 1;
        break;
      }
    }
    return found == null ? OtherJobEvidence.NONE : new OtherJobEvidence(found);
  }

  /**
   * Whether the cue's words follow one another from token {@code at}, separated by no more than in
   * the cue as written: a comma or other list punctuation between two words of a list ("data,
   * engineering") does not join them into a cue ("data engineering").
   */
  private static boolean matchesAt(Cue cue, TokenizedText tokens, int at) {
    int[] terms = cue.terms();
    if (at + terms.length > tokens.size()) {
      return false;
    }
    for (int k = 1; k < terms.length; k++) {
      if (tokens.term(at + k) != terms[k] || tokens.before(at + k).compareTo(cue.gaps()[k]) > 0) {
        return false;
      }
    }
    return true;
  }
}
