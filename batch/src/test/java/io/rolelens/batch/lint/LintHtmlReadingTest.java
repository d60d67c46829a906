package io.rolelens.batch.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolelens.analyzer.Analysis;
import io.rolelens.analyzer.RoleAnalyzer;
import io.rolelens.scoring.HtmlText;
import org.junit.jupiter.api.Test;

/**
 * Lint reads an HTML posting exactly as {@code score} does, and a heading too long to be a title
 * leaves it untitled.
 */
class LintHtmlReadingTest {
  private static final RoleAnalyzer ANALYZER = RoleAnalyzer.builder().build();
  private static final Linter LINTER = new Linter(ANALYZER, Gate.DEFAULT, ColumnUnit.UTF16);

  private static final String PAGE =
      "<!DOCTYPE html>\n"
          + "<html><head><meta charset=\"utf-8\"><title>Product Owner, backlog ownership &amp; user"
          + " stories</title>\n"
          + "<style>p { color: red }</style></head>\n"
          + "<body>\n"
          + "<h1>Product Owner</h1>\n"
          + "<p>Own the product backlog and write user stories with acceptance criteria.</p>\n"
          + "<ul><li>Run sprint planning and backlog refinement with the Scrum team.</li><li>Track"
          + " milestones and the delivery timeline.</li></ul>\n"
          + "</body></html>\n";

  @Test
  void aFullHtmlPageWithATitleGivesTheSameTextVerdictAndSharesAsScoresReading() {
    LintDocument document =
        DocumentReader.read("page.html", PostingFormat.HTML, PAGE, "Product Manager", null);
    String scored = HtmlText.toText(PAGE);

    LintResult linted = LINTER.lint(document);
    Analysis score = ANALYZER.analyze("Product Manager", scored);

    assertThat(document.body().text())
        .isEqualTo(scored)
        .startsWith("Product Owner, backlog ownership & user stories");
    assertThat(linted.analysis().verdict()).isEqualTo(score.verdict());
    assertThat(linted.analysis().confusionScore()).isEqualTo(score.confusionScore());
    assertThat(Wording.shares(linted.analysis())).isEqualTo(Wording.shares(score));
    assertThat(linted.findings())
        .allSatisfy(
            f ->
                assertThat(PAGE.substring(f.sourceStart(), f.sourceEnd()).replace("&amp;", "&"))
                    .isEqualTo(f.mention().text()));
  }

  @Test
  void thePagesFirstHeadingIsTheTitleAndItsTitleElementWhenItHasNoHeading() {
    assertThat(DocumentReader.read("page.html", PostingFormat.HTML, PAGE, null, null).title())
        .isEqualTo("Product Owner");
    String noHeading = PAGE.replace("<h1>Product Owner</h1>", "");
    assertThat(DocumentReader.read("page.html", PostingFormat.HTML, noHeading, null, null).title())
        .isEqualTo("Product Owner, backlog ownership & user stories");
  }

  @Test
  void aFirstLineTooLongToBeATitleLeavesThePostingUntitledAndSaysSo() {
    String line = "Own the product backlog and write user stories. ".repeat(40);
    LintDocument document =
        DocumentReader.read(
            "long.txt", PostingFormat.TEXT, line + "\n\nRun sprint planning.\n", null, null);
    assertThat(document.title().length()).isGreaterThan(ANALYZER.maxTitleChars());

    LintResult result = LINTER.lint(document);

    assertThat(result.document().titleSource()).isEqualTo(TitleSource.HEADING_TOO_LONG);
    assertThat(result.document().title()).isEmpty();
    assertThat(result.analysis().verdict().id()).isEqualTo("unclear");
    assertThat(Wording.verdict(result))
        .contains("untitled (its first heading or line is too long to be a title");
  }
}
