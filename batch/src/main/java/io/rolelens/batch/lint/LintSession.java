package io.rolelens.batch.lint;

import io.rolelens.analyzer.PostingException;
import io.rolelens.scoring.Steps;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Lints the postings lint's arguments name, one after the other: each file read, turned into a
 * document under its title and linted; a file that cannot be read or analysed becomes an {@link
 * InputProblem} (reported as it happens) and the others are still linted. Not thread-safe; one per
 * run.
 */
public final class LintSession {
  private final Linter linter;
  private final LintConfig config;
  private final String optionTitle;
  private final InputStream stdin;
  private final Consumer<InputProblem> onProblem;

  /**
   * @param optionTitle {@code --title}, or null
   * @param onProblem told of each posting that cannot be linted, as it happens
   */
  public LintSession(
      Linter linter,
      LintConfig config,
      String optionTitle,
      InputStream stdin,
      Consumer<InputProblem> onProblem) {
    this.linter = Objects.requireNonNull(linter, "linter");
    this.config = Objects.requireNonNull(config, "config");
    this.optionTitle = optionTitle;
    this.stdin = Objects.requireNonNull(stdin, "stdin");
    this.onProblem = Objects.requireNonNull(onProblem, "onProblem");
  }

  /**
   * Lints every posting {@code args} name (files, folders, {@code -}); {@code lexiconVersion} is
   * reported.
   */
  public LintRun run(List<String> args, String lexiconVersion) {
    return run(args, lexiconVersion, Steps.NONE);
  }

  /** As {@link #run(List, String)}; {@code steps} hears how many postings, then each one linted. */
  public LintRun run(List<String> args, String lexiconVersion, Steps steps) {
    PostingFiles.Expanded expanded = PostingFiles.expand(args);
    List<InputProblem> problems = new ArrayList<>();
    expanded.problems().forEach(p -> problem(problems, p));
    List<LintResult> results = new ArrayList<>();
    steps.total(expanded.files().size());
    for (String file : expanded.files()) {
      steps.done(1);
      String shown = file.equals(PostingFiles.STDIN) ? PostingFiles.STDIN_NAME : file;
      try {
        results.add(linter.lint(document(file, shown)));
      } catch (IOException e) {
        problem(problems, new InputProblem(shown, e.getMessage()));
      } catch (PostingException e) {
        problem(problems, new InputProblem(shown, "cannot be analysed: " + e.getMessage()));
      } catch (RuntimeException | StackOverflowError e) {
        problem(problems, new InputProblem(shown, "could not be linted: " + e));
      }
    }
    return new LintRun(results, problems, linter.gate(), linter.columns(), lexiconVersion);
  }

  /**
   * Reads one posting into a document; an {@link IOException}'s message says what is wrong with the
   * file.
   */
  private LintDocument document(String file, String shown) throws IOException {
    if (!file.equals(PostingFiles.STDIN)) {
      if (!java.nio.file.Files.exists(Path.of(file))) {
        throw new IOException("no such file or folder");
      }
      PostingFiles.formatOf(file, ""); // a file lint does not read is named before it is read
    }
    String text = PostingFiles.read(file, stdin);
    PostingFormat format = PostingFiles.formatOf(file, text);
    String configTitle = file.equals(PostingFiles.STDIN) ? null : config.titleFor(Path.of(file));
    return DocumentReader.read(shown, format, text, optionTitle, configTitle);
  }

  private void problem(List<InputProblem> problems, InputProblem p) {
    problems.add(p);
    onProblem.accept(p);
  }
}
