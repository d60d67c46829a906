package io.rolelens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code .rolelens.yml}: the gate, the lexicon and per-path titles, and errors that name their
 * line.
 */
class LintConfigTest {
  @TempDir Path repo;

  private Path posting(String relative) throws Exception {
    Path file = repo.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.copy(Path.of(LintCommandTest.MISMATCH), file);
    return file;
  }

  private Path config(String yaml) throws Exception {
    return Files.writeString(repo.resolve(".rolelens.yml"), yaml, StandardCharsets.UTF_8);
  }

  @Test
  void aTitlesRuleGivesPostingsUnderAPathTheirTitleWhenTheFileHasNone() throws Exception {
    Path po = posting("postings/po/payments.txt");
    Files.writeString(po, Files.readString(po).replaceFirst("(?s)^---.*?---\n", ""));
    Path config =
        config(
            "lint:\n"
                + "  titles:\n"
                + "    \"postings/po/**\": Product Owner\n"
                + "    \"**\": Product Manager\n");

    CliRun run = CliRun.of("lint", "--config", config.toString(), po.toString());

    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    assertThat(run.out()).contains("titled \"Product Owner\"");
  }

  @Test
  void theConfigSetsTheGateAndTheOptionWinsOverIt() throws Exception {
    Path pm = Files.copy(Path.of(LintCommandTest.CONSISTENT), repo.resolve("pm.txt"));
    Path config = config("# gate for the careers site\nlint:\n  fail-on: score>=10\n");

    assertThat(CliRun.of("lint", "--config", config.toString(), pm.toString()).exitCode())
        .isEqualTo(1);
    assertThat(
            CliRun.of("lint", "--config", config.toString(), "--fail-on", "mismatch", pm.toString())
                .exitCode())
        .isZero();
  }

  @Test
  void aMissingLexiconFromTheConfigIsAUsageErrorNamingTheFileReadRelativeToTheConfig()
      throws Exception {
    Path config = config("lint:\n  lexicon: lexicons/missing.txt\n");

    CliRun run = CliRun.of("lint", "--config", config.toString(), LintCommandTest.CONSISTENT);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("no such lexicon file: " + repo.resolve("lexicons/missing.txt"));
  }

  @Test
  void aMissingOrUnparsableLexiconOptionIsAUsageErrorNamingTheFile() throws Exception {
    Path missing = repo.resolve("missing-lexicon.txt");
    Path broken =
        Files.writeString(repo.resolve("broken-lexicon.txt"), "this is not a lexicon line\n");

    CliRun none =
        CliRun.of(
            "lint", "--no-config", "--lexicon", missing.toString(), LintCommandTest.CONSISTENT);
    CliRun bad =
        CliRun.of(
            "lint", "--no-config", "--lexicon", broken.toString(), LintCommandTest.CONSISTENT);

    assertThat(none.exitCode()).isEqualTo(2);
    assertThat(none.err()).contains("--lexicon " + missing).contains("no such lexicon file");
    assertThat(bad.exitCode()).as(bad.err()).isEqualTo(2);
    assertThat(bad.err()).contains("--lexicon " + broken + " cannot be used: ");
  }

  @Test
  void aBadTitlesGlobIsAConfigErrorWithItsLineBeforeAnyPostingIsRead() throws Exception {
    Path config =
        config(
            "lint:\n  titles:\n    \"postings/**\": Product Owner\n    \"[\": Product Manager\n");

    CliRun run = CliRun.of("lint", "--config", config.toString(), LintCommandTest.CONSISTENT);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains(config + ":4: the titles glob '[' is not a valid glob");
    assertThat(run.out()).doesNotContain("verdict");
  }

  @Test
  void aKeyGivenTwiceIsAnErrorWithTheLineOfTheSecond() throws Exception {
    Path config = config("lint:\n  fail-on: mixed\n  fail-on: mismatch\n");
    assertThat(CliRun.of("lint", "--config", config.toString(), LintCommandTest.CONSISTENT).err())
        .contains(config + ":3: the key 'fail-on' is given twice under lint");

    config("lint:\n  fail-on: mixed\n# again\nlint:\n  fail-on: mismatch\n");
    CliRun twice = CliRun.of("lint", "--config", config.toString(), LintCommandTest.CONSISTENT);
    assertThat(twice.exitCode()).isEqualTo(2);
    assertThat(twice.err()).contains(config + ":4: the key 'lint' is given twice at the top");
  }

  @Test
  void aNullValueIsAnErrorWithItsLineNotATitleOfATilde() throws Exception {
    Path config = config("lint:\n  titles:\n    \"**\": ~\n");
    CliRun title = CliRun.of("lint", "--config", config.toString(), LintCommandTest.CONSISTENT);
    assertThat(title.exitCode()).isEqualTo(2);
    assertThat(title.err()).contains(config + ":3: a title is empty (null or ~)");

    config("lint:\n  fail-on: null\n");
    assertThat(CliRun.of("lint", "--config", config.toString(), LintCommandTest.CONSISTENT).err())
        .contains(config + ":2: fail-on is empty (null or ~)");
  }

  @Test
  void aMissingConfigFileIsSaidToBeMissing() {
    Path missing = repo.resolve("no-such.yml");

    CliRun run = CliRun.of("lint", "--config", missing.toString(), LintCommandTest.CONSISTENT);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains(missing + ": no such file").doesNotContain("UTF-8");
  }

  @Test
  void anUnknownKeyIsAUsageErrorNamingItsLineAndTheKnownKeys() throws Exception {
    Path config = config("lint:\n  fail-on: mixed\n  fial-on: mismatch\n");

    CliRun run = CliRun.of("lint", "--config", config.toString(), LintCommandTest.CONSISTENT);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains(
            config + ":3: unknown key 'fial-on' under lint (known: fail-on, lexicon, titles)");
  }

  @Test
  void anUnknownTopLevelKeyABadGateAndBrokenYamlAreErrorsWithTheirLines() throws Exception {
    Path config = config("lint:\n  fail-on: mixed\nformat: sarif\n");
    assertThat(CliRun.of("lint", "--config", config.toString(), LintCommandTest.CONSISTENT).err())
        .contains(config + ":3: unknown key 'format' at the top (known: lint)");

    config("lint:\n  fail-on: often\n");
    assertThat(CliRun.of("lint", "--config", config.toString(), LintCommandTest.CONSISTENT).err())
        .contains(config + ":2: fail-on: the gate 'often' is not one of mismatch, mixed, score>=N");

    config("lint:\n  titles: [a, b\n");
    CliRun broken = CliRun.of("lint", "--config", config.toString(), LintCommandTest.CONSISTENT);
    assertThat(broken.exitCode()).isEqualTo(2);
    assertThat(broken.err()).contains(config + ":3: not valid YAML");
  }

  @Test
  void theConfigIsFoundInTheWorkingFolderOrAParentUpToTheRepositoryRoot() throws Exception {
    Files.createDirectories(repo.resolve(".git"));
    config("lint: {fail-on: mixed}\n");
    Path sub = Files.createDirectories(repo.resolve("postings/site"));

    assertThat(io.rolelens.batch.lint.ConfigReader.find(sub))
        .isEqualTo(repo.resolve(".rolelens.yml"));
    Files.createDirectories(sub.resolve(".git"));
    assertThat(io.rolelens.batch.lint.ConfigReader.find(sub)).isNull();
  }
}
