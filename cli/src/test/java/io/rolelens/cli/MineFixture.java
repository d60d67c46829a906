package io.rolelens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

/**
 * The phrase-mining fixture: a scored CSV written for these tests (six English Product Manager
 * postings, five of which "shape the pricing narrative" — one in capitals — and all six "define the
 * product vision", which the lexicon matches; a duplicate and a Spanish posting that hold the
 * planted phrase too; four Project Manager, four Product Owner and two Data Analyst postings that
 * do not), indexed into a temporary folder.
 */
final class MineFixture {
  static final Path SCORED = Path.of("src", "test", "resources", "mine", "postings.scored.csv");
  static final Path WITHOUT_DESCRIPTIONS =
      Path.of("src", "test", "resources", "mine", "no-descriptions.scored.csv");
  static final String PLANTED = "shape the pricing narrative";

  private MineFixture() {}

  /** Indexes {@code scoredCsv} into {@code dir/name}; returns the index. */
  static Path indexed(Path scoredCsv, Path dir, String name) {
    Path index = dir.resolve(name);
    CliRun run = CliRun.of("index", "--input", scoredCsv.toString(), "--index", index.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    return index;
  }

  /** Runs {@code mine-phrases --index index} with more arguments. */
  static CliRun mine(Path index, String... args) {
    String[] all = new String[args.length + 3];
    all[0] = "mine-phrases";
    all[1] = "--index";
    all[2] = index.toString();
    System.arraycopy(args, 0, all, 3, args.length);
    return CliRun.of(all);
  }
}
