package io.rolelens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Everything mine-phrases cannot work with ends in one line and exit code 1 (input) or 2 (usage),
 * never a trace.
 */
class MinePhrasesErrorsTest {
  @TempDir static Path dir;
  static Path index;

  @BeforeAll
  static void indexTheFixture() {
    index = MineFixture.indexed(MineFixture.SCORED, dir, "index");
  }

  static void assertFails(CliRun run, String... phrases) {
    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines().filter(l -> !l.startsWith("mine-phrases: ")))
        .singleElement()
        .asString()
        .startsWith("rolelens: ")
        .contains(phrases)
        .doesNotContain("Exception");
  }

  @Test
  void aMissingIndexSaysSoAndCreatesNothing() {
    Path missing = dir.resolve("missing");

    assertFails(
        MineFixture.mine(missing, "--title-role", "product_manager"),
        missing + " holds no RoleLens index (it does not exist): run rolelens index first");
    assertThat(missing).doesNotExist();
  }

  @Test
  void anIndexWithoutDescriptionsSaysToScoreWithIncludeDescription() {
    Path bare = MineFixture.indexed(MineFixture.WITHOUT_DESCRIPTIONS, dir, "bare");

    assertFails(
        MineFixture.mine(bare, "--title-role", "product_manager"),
        bare
            + " holds no posting descriptions, only evidence phrases: score with"
            + " --include-description");
  }

  @Test
  void aRoleWithNoPostingsNamesTheRolesThereAre() {
    assertFails(
        MineFixture.mine(index, "--title-role", "scrum_master"),
        "holds no postings titled scrum_master (duplicates aside); its title roles: other,"
            + " product_manager, product_owner, project_manager");
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "--title-role  | product_wizard  | unknown title role 'product_wizard': use one of"
            + " product_manager",
        "--against     | product_manager | --against names the title role mined (product_manager)",
        "--against     | wizards         | unknown title role 'wizards'",
        "--top         | -1              | --top",
        "--min-count   | 0               | --min-count",
        "--n           | 0..5            | --n",
        "--n           | 4..2            | the smaller length first",
        "--n           | two             | --n",
        "--min-score   | -1              | --min-score",
        "--format      | csv             | --format"
      })
  void aBadValueIsAUsageErrorNamingIt(String option, String value, String message) {
    String[] args =
        option.equals("--title-role")
            ? new String[] {option, value}
            : new String[] {"--title-role", "product_manager", option, value};

    UsageErrorsTest.assertUsageError(
        MineFixture.mine(index, args), message, "see 'rolelens mine-phrases --help'");
  }

  @Test
  void aMissingTitleRoleIsAUsageError() {
    UsageErrorsTest.assertUsageError(
        MineFixture.mine(index), "Missing required option", "--title-role");
  }
}
