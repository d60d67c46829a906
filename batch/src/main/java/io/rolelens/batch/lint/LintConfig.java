package io.rolelens.batch.lint;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;

/**
 * What a repository's {@code .rolelens.yml} says about linting its postings.
 *
 * @param file the config file, or null when there is none
 * @param gate the gate, or null to leave the default (or {@code --fail-on})
 * @param lexicon the lexicon file, resolved against the config's folder; null for the bundled one
 * @param titles per-path titles, first match wins
 */
public record LintConfig(Path file, Gate gate, Path lexicon, List<TitleRule> titles) {
  /** No config file. */
  public static final LintConfig NONE = new LintConfig(null, null, null, List.of());

  public LintConfig {
    titles = List.copyOf(titles);
  }

  /**
   * A title for the postings whose path matches a glob.
   *
   * @param glob a glob relative to the config's folder, such as {@code postings/po/**}
   * @param title the title to judge those postings under
   * @param matcher the glob, compiled
   */
  public record TitleRule(String glob, String title, PathMatcher matcher) {
    /**
     * The rule for {@code glob}; a glob that does not compile throws {@link
     * IllegalArgumentException}.
     */
    public static TitleRule of(String glob, String title) {
      return new TitleRule(glob, title, FileSystems.getDefault().getPathMatcher("glob:" + glob));
    }
  }

  /** The title the first matching rule gives {@code posting}, or null. */
  public String titleFor(Path posting) {
    if (file == null || titles.isEmpty()) {
      return null;
    }
    Path base = file.toAbsolutePath().normalize().getParent();
    Path relative;
    try {
      relative = base.relativize(posting.toAbsolutePath().normalize());
    } catch (IllegalArgumentException e) {
      return null;
    }
    for (TitleRule rule : titles) {
      if (rule.matcher().matches(relative)) {
        return rule.title();
      }
    }
    return null;
  }
}
