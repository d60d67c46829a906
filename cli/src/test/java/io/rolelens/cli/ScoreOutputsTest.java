package io.rolelens.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * score never writes over its input, never sends both outputs to one file, and leaves nothing
 * behind when it stops early.
 */
class ScoreOutputsTest {
  @TempDir Path dir;
  Path input;
  byte[] original;

  @BeforeEach
  void copyTheExamples() throws Exception {
    input = dir.resolve("a.csv");
    Files.copy(Examples.POSTINGS, input);
    original = Files.readAllBytes(input);
  }

  CliRun score(String... options) {
    return CliRun.of(
        Stream.concat(Stream.of("score", "--quiet"), Arrays.stream(options))
            .toArray(String[]::new));
  }

  void assertRefused(CliRun run, String... phrases) throws Exception {
    assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
    assertThat(run.err())
        .hasLineCount(1)
        .startsWith("rolelens: ")
        .contains(phrases)
        .doesNotContain("Exception");
    assertThat(Files.readAllBytes(input)).as("the input is untouched").isEqualTo(original);
    assertThat(dir.resolve("a.scored.csv")).doesNotExist();
  }

  @Test
  void refusesAnOutputThatIsTheInput() throws Exception {
    assertRefused(
        score("--input", input.toString(), "--output", input.toString()),
        "--output",
        "is the input file");
  }

  @Test
  void refusesRejectsThatAreTheInputOrTheScoredFile() throws Exception {
    Path out = dir.resolve("out.csv");
    assertRefused(
        score("--input", input.toString(), "--output", out.toString(), "--rejects", out.toString()),
        "--rejects",
        "is also where the scored rows go (--output)");
    assertRefused(
        score("--input", input.toString(), "--rejects", input.toString()),
        "--rejects",
        "is the input file");
    assertRefused(
        score("--input", input.toString(), "--rejects", dir.resolve("a.scored.csv").toString()),
        "(the default --output)");
    assertThat(out).doesNotExist();
  }

  @Test
  void comparesPathsAfterResolvingLinksAndDotsEvenForFilesNotYetWritten() throws Exception {
    Path link = Files.createSymbolicLink(dir.resolve("link.csv"), input);
    Path sub = Files.createDirectory(dir.resolve("sub"));
    Path subLink = Files.createSymbolicLink(dir.resolve("sublink"), sub);

    assertRefused(
        score("--input", input.toString(), "--output", link.toString()), "is the input file");
    assertRefused(
        score("--input", link.toString(), "--output", dir.resolve("sub/../a.csv").toString()),
        "is the input file");
    assertRefused(
        score(
            "--input",
            input.toString(),
            "--output",
            sub.resolve("new.csv").toString(),
            "--rejects",
            subLink.resolve("./new.csv").toString()),
        "is also where the scored rows go");
  }

  @Test
  void refusesAnOutputThatIsADirectory() throws Exception {
    assertRefused(
        score(
            "--input",
            input.toString(),
            "--output",
            Files.createDirectory(dir.resolve("outdir")).toString()),
        "--output",
        "is a directory");
  }

  @Test
  void anOutputThatIsASymbolicLinkIsWrittenWhereItPointsAndTheLinkStays() throws Exception {
    Path target = Files.writeString(dir.resolve("kept.csv"), "from an earlier run\n");
    Path link = Files.createSymbolicLink(dir.resolve("latest.csv"), target.getFileName());
    Path rejectsTarget = dir.resolve("rejects-kept.csv");
    Path rejectsLink = Files.createSymbolicLink(dir.resolve("rejects.csv"), rejectsTarget);

    CliRun run =
        score(
            "--input",
            input.toString(),
            "--output",
            link.toString(),
            "--rejects",
            rejectsLink.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.isSymbolicLink(rejectsLink)).isTrue();
    assertThat(Files.readAllLines(target)).hasSize(45).first().asString().startsWith("id,title");
    assertThat(Files.readAllLines(rejectsTarget)).containsExactly("row,line,id,reason");
    assertThat(CliRun.partialFiles(dir)).isEmpty();
  }

  @Test
  void refusesAnOutputThatIsANamedPipeOrALinkToOneAndLeavesItAPipe() throws Exception {
    Path pipe = dir.resolve("pipe");
    try {
      assumeTrue(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0);
    } catch (java.io.IOException e) {
      assumeTrue(false, "skipped: no mkfifo (" + e.getMessage() + ")");
    }
    Path link = Files.createSymbolicLink(dir.resolve("out.csv"), pipe);

    assertRefused(
        score("--input", input.toString(), "--output", pipe.toString()),
        "--output " + pipe + " is a named pipe (FIFO), not a regular file;",
        "give the path of a regular file");
    assertRefused(
        score("--input", input.toString(), "--rejects", link.toString()),
        "--rejects " + link + " is a link to " + pipe.toRealPath() + ", a named pipe (FIFO)");
    assertThat(Files.isRegularFile(pipe)).isFalse();
    assertThat(Files.isSymbolicLink(link)).isTrue();
  }

  @Test
  void scoringAScoredFileByDefaultWritesBesideItInsteadOfOverIt() throws Exception {
    Path scored = dir.resolve("x.scored.csv");
    Files.copy(Examples.POSTINGS, scored);
    CliRun run = score("--input", scored.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Files.readAllBytes(scored)).isEqualTo(original);
    assertThat(dir.resolve("x.scored.scored.csv")).exists();
    assertThat(dir.resolve("x.scored.rejects.csv")).exists();
  }

  @Test
  void defaultRejectsNeverLandOnTheInputEither() throws Exception {
    Path rejectsNamed = dir.resolve("x.rejects.csv");
    Files.copy(Examples.POSTINGS, rejectsNamed);
    CliRun run =
        score(
            "--input", rejectsNamed.toString(), "--output", dir.resolve("x.scored.csv").toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Files.readAllBytes(rejectsNamed)).isEqualTo(original);
    assertThat(dir.resolve("x.scored.rejects.csv")).exists();
  }

  @Test
  void aTruncatedGzipStopsTheRunNamingTheTruncationAndLeavesNoFileUnderTheFinalNames()
      throws Exception {
    StringBuilder rows = new StringBuilder("id,title,description\n");
    for (int i = 0; i < 20_000; i++) {
      rows.append(i)
          .append(",Product Manager,Own the product roadmap ")
          .append(i * 7919 % 10007)
          .append(" and run discovery interviews with customers.\n");
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(bytes)) {
      z.write(rows.toString().getBytes(StandardCharsets.UTF_8));
    }
    Path gz = dir.resolve("export.csv.gz");
    Files.write(gz, Arrays.copyOf(bytes.toByteArray(), bytes.size() / 2));
    Files.writeString(dir.resolve("export.scored.csv"), "from an earlier run\n");

    CliRun run = score("--input", gz.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines().toList().getLast())
        .matches(
            "rolelens: export\\.csv\\.gz is truncated: the gzip stream ends early \\(after row"
                + " \\d+\\); nothing was written");
    assertThat(run.err()).doesNotContain("quot").doesNotContain("Exception");
    assertThat(dir.resolve("export.scored.csv")).hasContent("from an earlier run");
    assertThat(dir.resolve("export.rejects.csv")).doesNotExist();
    assertThat(CliRun.partialFiles(dir)).isEmpty();
  }

  @Test
  void aGzipCutInsideItsHeaderIsTruncatedToo() throws Exception {
    Path gz = dir.resolve("tiny.csv.gz");
    Files.write(gz, new byte[] {0x1f, (byte) 0x8b, 8});
    CliRun run = score("--input", gz.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .isEqualTo("rolelens: tiny.csv.gz is truncated: the gzip stream ends early\n");
  }
}
