package io.rolelens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FailuresTest {
  @TempDir Path dir;

  @Test
  void runningOutOfMemoryOrStackIsOneSentenceWhereverItIsWrapped() {
    assertThat(
            Failures.describe(
                new IllegalStateException(
                    "a scoring thread failed",
                    new ExecutionException(new OutOfMemoryError("Java heap space")))))
        .isEqualTo(
            "ran out of memory (Java heap space); give Java more, for example"
                + " ROLELENS_JAVA_OPTS=-Xmx4g, or split the input");
    assertThat(Failures.describe(new StackOverflowError()))
        .isEqualTo("the input is nested too deeply to process (the stack overflowed)");
  }

  @Test
  void fileErrorsSayWhatHappenedToThePathNotJustThePath() {
    assertThat(Failures.describe(new UncheckedIOException(new NoSuchFileException("/x/y.csv"))))
        .isEqualTo("no such file or directory: /x/y.csv");
    assertThat(Failures.describe(new AccessDeniedException("/root/z")))
        .isEqualTo("permission denied: /root/z");
    assertThat(Failures.describe(new UncheckedIOException("wrapped", new IOException("disk full"))))
        .isEqualTo("disk full");
  }

  @Test
  void aBugIsNamedByItsClassAndMessageAndAMultiLineMessageKeepsItsFirstLine() {
    assertThat(Failures.describe(new NullPointerException()))
        .isEqualTo(
            "unexpected java.lang.NullPointerException (a bug in RoleLens: please report it with"
                + " the command you ran; --verbose prints where it happened)");
    assertThat(
            Failures.describe(
                new IllegalStateException(
                    "a scoring thread failed", new ClassCastException("A cannot be cast to B"))))
        .startsWith(
            "unexpected java.lang.ClassCastException: A cannot be cast to B (a bug in RoleLens");
    assertThat(
            Failures.describe(
                new IllegalStateException("a scoring thread failed", new IOException("disk full"))))
        .isEqualTo("disk full");
    assertThat(Failures.describe(new IOException("first line\nsecond line")))
        .isEqualTo("first line");
    assertThat(Failures.oneLine("x".repeat(1000))).hasSize(401).endsWith("…");
  }

  @Test
  void anInvalidLexiconIsOneLineListingItsFirstProblems() throws Exception {
    Path lexicon =
        Files.writeString(
            dir.resolve("bad.lex"),
            "[broken\n[also broken\n[still\n[more\n",
            StandardCharsets.UTF_8);
    CliRun run = CliRun.of("analyze", "--lexicon", lexicon.toString(), "-");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .hasLineCount(1)
        .startsWith("rolelens: invalid lexicon " + lexicon + ": line 1: ")
        .contains("; line 2: ")
        .contains("more)");
  }

  @Test
  void anEmptyLexiconIsSaidToBeEmptyOnce() throws Exception {
    Path empty = Files.writeString(dir.resolve("empty.csv"), "");

    CliRun run = CliRun.of("analyze", "--lexicon", empty.toString(), "-");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).isEqualTo("rolelens: " + empty + " is empty\n");
  }

  @Test
  void aBinaryLexiconOrADirectoryIsOneLine() throws Exception {
    Path binary =
        Files.write(dir.resolve("bin.lex"), new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF, 0, 1, 2});
    CliRun run = CliRun.of("analyze", "--lexicon", binary.toString(), "-");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .hasLineCount(1)
        .startsWith("rolelens: ")
        .contains("bin.lex")
        .doesNotContain("Input length");
    assertThat(CliRun.of("analyze", "--lexicon", dir.toString(), "-").err())
        .isEqualTo("rolelens: --lexicon " + dir + " is a directory, not a lexicon file\n");
  }

  @Test
  void printsTheStackTraceOfABugOnlyWhenVerbose() {
    java.io.StringWriter quiet = new java.io.StringWriter();
    java.io.StringWriter verbose = new java.io.StringWriter();
    IllegalStateException bug = new IllegalStateException("no such state");

    assertThat(Failures.report(new java.io.PrintWriter(quiet), bug, false)).isEqualTo(1);
    assertThat(Failures.report(new java.io.PrintWriter(verbose), bug, true)).isEqualTo(1);
    assertThat(quiet.toString())
        .hasLineCount(1)
        .startsWith("rolelens: unexpected java.lang.IllegalStateException: no such state");
    assertThat(verbose.toString())
        .startsWith(quiet.toString())
        .contains("\tat io.rolelens.cli.FailuresTest");
  }

  @Test
  void everyCommandTakesVerbose() {
    CliRun run =
        CliRun.withInput(
            new java.io.ByteArrayInputStream(
                "Own the product backlog.".getBytes(StandardCharsets.UTF_8)),
            "analyze",
            "--verbose",
            "--compact",
            "-");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(CliRun.of("score", "--help").out()).contains("--verbose");
  }
}
