package io.rolelens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rolelens lint} in-process: its exit codes, gates and messages for bad input. */
class LintCommandTest {
  static final Path EXAMPLES = Path.of("..", "examples", "lint");
  static final String MISMATCH = EXAMPLES.resolve("senior-product-manager.md").toString();
  static final String CONSISTENT = EXAMPLES.resolve("product-manager.txt").toString();

  @TempDir Path dir;

  @Test
  void exitsZeroWhenEveryPostingPasses() {
    CliRun run =
        CliRun.of(
            "lint", "--no-config", CONSISTENT, EXAMPLES.resolve("project-manager.html").toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.lastLine()).isEqualTo("linted=2 passed=2 failed=0 unreadable=0");
  }

  @Test
  void exitsOneWhenAPostingFailsTheGateAndPrintsCompilerStyleFindings() {
    CliRun run = CliRun.of("lint", "--no-config", MISMATCH);

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .contains(
            MISMATCH + ":14:3: product_owner/backlog_ownership: Own the product backlog \u2014 ")
        .contains(
            MISMATCH + ": verdict: mismatch (confusion 100): titled \"Senior Product Manager\"")
        .contains(MISMATCH + ": suggested title: Senior Product Owner")
        .contains("fix: retitle it \"Senior Product Owner\"")
        .contains("- Owns the product vision and strategy");
  }

  @Test
  void theMixedGateAlsoFailsMixedPostingsAndTheScoreGateComparesTheConfusionScore() {
    assertThat(CliRun.of("lint", "--no-config", "--fail-on", "score>=10", CONSISTENT).exitCode())
        .isEqualTo(1);
    assertThat(CliRun.of("lint", "--no-config", "--fail-on", "score>=20", CONSISTENT).exitCode())
        .isZero();
    assertThat(CliRun.of("lint", "--no-config", "--fail-on", "mixed", MISMATCH).exitCode())
        .isEqualTo(1);
  }

  @Test
  void theTitleOptionWinsOverTheFrontMatter() {
    CliRun run = CliRun.of("lint", "--no-config", "--title", "Product Owner", MISMATCH);

    assertThat(run.exitCode()).as(run.out()).isZero();
    assertThat(run.out()).contains("titled \"Product Owner\"");
  }

  @Test
  void readsStandardInputForADash() {
    byte[] posting =
        "Product Owner\n\nOwn the product backlog and write user stories with acceptance criteria for the team."
            .getBytes(StandardCharsets.UTF_8);
    CliRun run = CliRun.withInput(new ByteArrayInputStream(posting), "lint", "--no-config", "-");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("<stdin>:3:1: product_owner/backlog_ownership: Own the product backlog");
  }

  @Test
  void aBadGateOrFormatIsAUsageErrorNamingTheValue() {
    CliRun gate = CliRun.of("lint", "--fail-on", "sometimes", CONSISTENT);
    CliRun format = CliRun.of("lint", "--format", "xml", CONSISTENT);
    CliRun none = CliRun.of("lint");

    assertThat(gate.exitCode()).isEqualTo(2);
    assertThat(gate.err()).contains("'sometimes' is not one of mismatch, mixed, score>=N");
    assertThat(format.exitCode()).isEqualTo(2);
    assertThat(format.err()).contains("--format 'xml' is not one of text, json, sarif, github");
    assertThat(none.exitCode()).isEqualTo(2);
  }

  @Test
  void anUnreadableFileIsNamedWithItsProblemAndTheOtherFilesAreStillChecked() throws Exception {
    Path latin1 = dir.resolve("latin1.txt");
    Files.write(latin1, new byte[] {'C', 'a', 'f', (byte) 0xE9, '\n'});
    Path pdf = dir.resolve("posting.pdf");
    Files.writeString(pdf, "not a posting");

    CliRun run =
        CliRun.of(
            "lint",
            "--no-config",
            latin1.toString(),
            dir.resolve("missing.md").toString(),
            pdf.toString(),
            MISMATCH,
            CONSISTENT);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains(
            latin1
                + ": error: not valid UTF-8 text (bad byte sequence near byte 3); save it as UTF-8")
        .contains(dir.resolve("missing.md") + ": error: no such file or folder")
        .contains(pdf + ": error: not a posting lint reads: name it .txt, .md or .html");
    assertThat(run.out()).contains(MISMATCH + ": FAILED").contains(CONSISTENT + ": passed");
    assertThat(run.lastLine()).isEqualTo("linted=2 passed=1 failed=1 unreadable=3");
  }

  @Test
  void aFolderStandsForEveryPostingInItInPathOrder() {
    CliRun run = CliRun.of("lint", "--no-config", EXAMPLES.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.lastLine()).isEqualTo("linted=3 passed=2 failed=1 unreadable=0");
    assertThat(run.out().indexOf("product-manager.txt: verdict"))
        .isLessThan(run.out().indexOf("project-manager.html: verdict"));
  }

  @Test
  void aFolderWithNoPostingIsAnInputProblemNamingItSoARenamedFolderDoesNotPassTheGate()
      throws Exception {
    Path empty = Files.createDirectories(dir.resolve("postings"));
    Files.writeString(empty.resolve("notes.pdf"), "not a posting");

    CliRun run = CliRun.of("lint", "--no-config", empty.toString(), CONSISTENT);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains(empty + ": error: the folder holds no posting (.txt, .md or .html file)");
    assertThat(run.lastLine()).isEqualTo("linted=1 passed=1 failed=0 unreadable=1");
  }

  @Test
  void aPathThatDoesNotExistIsSaidToBeMissingWhateverItsExtension() {
    String missing = dir.resolve("renamed-folder").toString();

    CliRun run = CliRun.of("lint", "--no-config", missing);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains(missing + ": error: no such file or folder")
        .doesNotContain("name it .txt");
  }

  @Test
  void theSameFileGivenByAbsoluteAndRelativePathIsLintedOnce() {
    String absolute = Path.of(CONSISTENT).toAbsolutePath().toString();

    CliRun run = CliRun.of("lint", "--no-config", CONSISTENT, absolute, EXAMPLES.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.lastLine()).isEqualTo("linted=3 passed=2 failed=1 unreadable=0");
  }
}
