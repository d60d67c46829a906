package io.rolelens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code rolelens lint} over the bundled examples in each format, held to golden files; with {@code
 * -Drolelens.updateGolden=true} the golden files are rewritten instead (after a lexicon or scoring
 * change, then read the diff).
 */
class LintGoldenTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "text, lint/examples.txt",
    "json, lint/examples.json",
    "sarif, lint/examples.sarif.json",
    "github, lint/examples.github.txt"
  })
  void theBundledExamplesLintAsTheGoldenFileSays(String format, String golden) throws Exception {
    CliRun run =
        CliRun.of("lint", "--no-config", "--format", format, LintCommandTest.EXAMPLES.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(run.err()).isEmpty();
    Examples.updateIfAsked(golden, run.out());
    String expected = Examples.golden(golden);
    if (expected != null) {
      assertThat(run.out()).isEqualTo(expected);
    }
  }
}
