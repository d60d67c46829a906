package io.rolelens.batch.lint;

import io.rolelens.analyzer.Analysis;
import io.rolelens.analyzer.Role;
import io.rolelens.analyzer.hint.FixHints;
import io.rolelens.analyzer.hint.SeedDuty;
import io.rolelens.analyzer.match.Mention;
import io.rolelens.analyzer.score.BodyStatus;
import io.rolelens.analyzer.section.SectionKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The sentences every lint format shares: a posting's verdict, its shares, its suggested title and
 * its fix hints, so text, GitHub annotations and SARIF say the same thing. Stateless.
 */
public final class Wording {
  private Wording() {}

  /** One finding's message: {@code phrase — explanation}. */
  public static String finding(Finding f) {
    return f.mention().text() + " \u2014 " + f.mention().explanation();
  }

  /**
   * Such as {@code verdict: mismatch (confusion 100): titled "Senior Product Manager", the body
   * reads as Product Owner}.
   */
  public static String verdict(LintResult r) {
    Analysis a = r.analysis();
    String score = a.confusionScore() == null ? "" : " (confusion " + a.confusionScore() + ")";
    String title =
        r.document().titleSource() == TitleSource.HEADING_TOO_LONG
            ? "untitled (its first heading or line is too long to be a title; give one with"
                + " --title, a front-matter title: or .rolelens.yml)"
            : r.document().title().isEmpty()
                ? "untitled"
                : "titled \"" + r.document().title() + "\"";
    return "verdict: " + a.verdict().id() + score + ": " + title + ", " + body(a);
  }

  private static String body(Analysis a) {
    return switch (a.bodyStatus()) {
      case OK -> "the body reads as " + a.bodyRole().displayName();
      case THIN -> "the body says too little about duties to tell";
      case OTHER_JOB -> "the body describes another job";
      case NOT_ENGLISH -> "the body is not English (" + a.language().code() + ")";
    };
  }

  /** Such as {@code shares: Product Manager 0%, Project Manager 27%, Product Owner 73%}. */
  public static String shares(Analysis a) {
    if (!a.profile().sufficient() || a.bodyStatus() == BodyStatus.NOT_ENGLISH) {
      return "shares: none (too little role evidence)";
    }
    List<String> parts = new ArrayList<>();
    for (Role role : Role.values()) {
      parts.add(role.displayName() + " " + Math.round(a.profile().share(role) * 100) + "%");
    }
    return "shares: " + String.join(", ", parts);
  }

  /**
   * Such as {@code suggested title: Senior Product Owner — The duties are mostly …}; "none" when
   * there is none.
   */
  public static String suggestedTitle(Analysis a) {
    if (a.suggestedTitle() == null) {
      return "suggested title: none (the title fits, or nothing fits better)";
    }
    String title =
        a.suggestedTitle().title() == null ? "none of the three roles" : a.suggestedTitle().title();
    return "suggested title: " + title + " \u2014 " + a.suggestedTitle().reason();
  }

  /** {@code passed} or {@code FAILED (gate: …)}. */
  public static String outcome(LintResult r, Gate gate) {
    return r.failed() ? "FAILED (gate: " + gate + ")" : "passed (gate: " + gate + ")";
  }

  /**
   * The fix hints as indented lines: retitle, or keep the title and move these phrases (by role,
   * then section, each with its line:column) and add these duties (each with the seed's line);
   * empty when there is nothing to say.
   */
  public static List<String> hints(LintResult r) {
    FixHints h = r.hints();
    List<String> lines = new ArrayList<>();
    if (h.retitle() != null && h.retitle().title() != null) {
      lines.add("fix: retitle it \"" + h.retitle().title() + "\" to fit the body");
    } else if (h.retitle() != null) {
      lines.add(
          "fix: the body describes another job; no Product Manager, Project Manager or Product"
              + " Owner title fits it");
    }
    if (h.isEmpty()) {
      return lines;
    }
    lines.add(
        (lines.isEmpty() ? "fix: " : "  or ")
            + "keep \""
            + r.document().title()
            + "\" and rework the body:");
    h.otherRolePhrases()
        .forEach(
            (role, sections) -> {
              lines.add(
                  "    these phrases belong to a "
                      + role.displayName()
                      + "; move them to another posting or drop them:");
              sections.forEach(
                  (section, mentions) ->
                      lines.add(
                          "      "
                              + section(section)
                              + ": "
                              + mentions.stream()
                                  .map(m -> quoted(m, r.findingOf(m).orElse(null)))
                                  .collect(Collectors.joining(", "))));
            });
    h.missingDuties()
        .forEach(
            (role, duties) -> {
              if (!duties.isEmpty()) {
                lines.add(
                    "    the "
                        + role.displayName()
                        + " duties it never asks for (the seed's line for each):");
                for (SeedDuty d : duties) {
                  lines.add("      - " + d.definition());
                }
              }
            });
    return lines;
  }

  /** A section's name as a heading reads, such as "responsibilities" or "nice to have". */
  public static String section(SectionKind section) {
    return section.id().replace('_', ' ');
  }

  private static String quoted(Mention m, Finding f) {
    String at = f == null ? "" : " (" + f.start().line() + ":" + f.start().column() + ")";
    return "\u201C" + m.text() + "\u201D" + at;
  }

  /** The counts line that ends every run: {@code linted=N passed=N failed=N unreadable=N}. */
  public static String summary(int passed, int failed, int unreadable) {
    return String.format(
        Locale.ROOT,
        "linted=%d passed=%d failed=%d unreadable=%d",
        passed + failed,
        passed,
        failed,
        unreadable);
  }
}
