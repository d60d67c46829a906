package io.rolelens.batch.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolelens.analyzer.RoleAnalyzer;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every finding's line and column point at its phrase: read back from the file at that position, in
 * either column unit, for text, Markdown and HTML with tabs, CRLF, non-ASCII letters and characters
 * outside the Basic Multilingual Plane (surrogate pairs).
 */
class LintPositionsTest {
  private static final RoleAnalyzer ANALYZER = RoleAnalyzer.builder().build();

  private static final String DUTIES =
      "\tOwn the product backlog 🚀 and write user stories with acceptance criteria for the São"
          + " Paulo team.\n"
          + "- Café 👩‍💻 run sprint planning,\tbacklog refinement and the retrospective.\n"
          + "- Track milestones 📈 and keep the delivery timeline on schedule for Zürich.\n";

  @TempDir Path dir;

  static Stream<Arguments> postings() {
    String html =
        "<html><head><title>Product Owner</title></head><body>\r\n"
            + "<h1>Product Owner 💳</h1>\r\n"
            + "<ul>\r\n"
            + "\t<li>Own the <b>product&nbsp;backlog</b> 🚀 &amp; write user stories with"
            + " acceptance criteria for the São Paulo team.</li>\r\n"
            + "<li>Café 👩‍💻 run sprint planning,\tbacklog refinement and the"
            + " retrospective.</li>\r\n"
            + "<li>Track milestones 📈 and keep the delivery&#32;timeline on schedule for"
            + " Zürich.</li></ul></body></html>\r\n";
    return Stream.of(
        Arguments.of("posting.txt", "Product Owner\n\n" + DUTIES),
        Arguments.of("posting-crlf.txt", ("Product Owner\n\n" + DUTIES).replace("\n", "\r\n")),
        Arguments.of(
            "posting.md",
            "---\ntitle: Product Owner\n---\n# Product Owner 💳\n\n## What you will do\n\n- "
                + DUTIES),
        Arguments.of("posting.html", html),
        Arguments.of("front-matter.html", "---\ntitle: Product Owner\n---\n" + html));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("postings")
  void everyFindingReadsBackFromTheFileAtItsLineAndColumnInBothUnits(String name, String source)
      throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, source, StandardCharsets.UTF_8);

    for (ColumnUnit unit : ColumnUnit.values()) {
      LintRun run = lint(file, unit);
      List<Finding> findings = run.results().get(0).findings();

      assertThat(findings).as(name).hasSizeGreaterThanOrEqualTo(6);
      String back = Files.readString(file, StandardCharsets.UTF_8);
      for (Finding f : findings) {
        int start = offset(back, f.start(), unit);
        int end = offset(back, f.end(), unit);
        String slice = back.substring(start, end);
        if (name.endsWith(".html")) {
          assertThat(words(Jsoup.parse(slice).text()))
              .as("%s %s at %s", name, unit, f.start())
              .isEqualTo(words(f.mention().text()));
          assertThat(slice).startsWith(f.mention().text().substring(0, 1));
        } else {
          assertThat(slice).as("%s %s at %s", name, unit, f.start()).isEqualTo(f.mention().text());
        }
      }
    }
  }

  @Test
  void columnsAfterAnEmojiDifferByUnitAsTheyShould() throws Exception {
    Path file = dir.resolve("emoji.txt");
    Files.writeString(
        file,
        "Product Owner\n"
            + "🚀 Own the product backlog and write user stories with acceptance criteria for the"
            + " team every sprint, so that the developers always know what matters most to our"
            + " customers.\n",
        StandardCharsets.UTF_8);

    Finding utf16 = lint(file, ColumnUnit.UTF16).results().get(0).findings().get(0);
    Finding codePoints = lint(file, ColumnUnit.CODE_POINT).results().get(0).findings().get(0);

    assertThat(utf16.start()).isEqualTo(new Position(2, 4));
    assertThat(codePoints.start()).isEqualTo(new Position(2, 3));
  }

  @Test
  void theBundledExamplesReadBackToo() throws Exception {
    try (Stream<Path> files = Files.list(Path.of("..", "examples", "lint"))) {
      for (Path file : files.toList()) {
        String back = Files.readString(file, StandardCharsets.UTF_8);
        for (Finding f : lint(file, ColumnUnit.UTF16).results().get(0).findings()) {
          String slice =
              back.substring(
                  offset(back, f.start(), ColumnUnit.UTF16),
                  offset(back, f.end(), ColumnUnit.UTF16));
          assertThat(words(Jsoup.parse(slice).text()))
              .as("%s at %s", file, f.start())
              .isEqualTo(words(f.mention().text()));
        }
      }
    }
  }

  private static LintRun lint(Path file, ColumnUnit unit) {
    Linter linter = new Linter(ANALYZER, Gate.DEFAULT, unit);
    LintSession session =
        new LintSession(
            linter,
            LintConfig.NONE,
            null,
            new ByteArrayInputStream(new byte[0]),
            p -> {
              throw new AssertionError(p.line());
            });
    return session.run(List.of(file.toString()), "test");
  }

  /**
   * The offset of a 1-based line and column, counting lines and columns independently of the code
   * under test.
   */
  static int offset(String text, Position position, ColumnUnit unit) {
    int offset = 0;
    for (int line = 1; line < position.line(); line++) {
      int lf = text.indexOf('\n', offset);
      int cr = text.indexOf('\r', offset);
      int next = cr >= 0 && (lf < 0 || cr < lf) ? cr : lf;
      offset = text.startsWith("\r\n", next) ? next + 2 : next + 1;
    }
    return unit == ColumnUnit.UTF16
        ? offset + position.column() - 1
        : text.offsetByCodePoints(offset, position.column() - 1);
  }

  private static String words(String s) {
    return s.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
  }
}
