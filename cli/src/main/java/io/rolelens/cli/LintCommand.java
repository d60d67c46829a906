package io.rolelens.cli;

import io.rolelens.analyzer.RoleAnalyzer;
import io.rolelens.analyzer.lexicon.LexiconException;
import io.rolelens.batch.lint.ColumnUnit;
import io.rolelens.batch.lint.ConfigException;
import io.rolelens.batch.lint.ConfigReader;
import io.rolelens.batch.lint.Gate;
import io.rolelens.batch.lint.LintConfig;
import io.rolelens.batch.lint.LintFormat;
import io.rolelens.batch.lint.LintRun;
import io.rolelens.batch.lint.LintSession;
import io.rolelens.batch.lint.Linter;
import io.rolelens.batch.lint.ReportContext;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code rolelens lint}: checks postings before they are published and fails the ones whose title
 * and body disagree.
 */
@Command(
    name = "lint",
    mixinStandardHelpOptions = true,
    description = {
      "Checks job postings (.txt, .md, .html files, folders of them, or - for standard input)"
          + " before they are published.",
      "Prints each role phrase as path:line:col: role/category: phrase \u2014 explanation, then"
          + " each posting's verdict, shares and suggested title, and for a posting that fails the"
          + " gate what would make title and body agree.",
      "The title comes from --title, else a front-matter 'title:' line, else a titles rule of"
          + " .rolelens.yml, else the first heading (a text file's first line). .rolelens.yml"
          + " (found in the working folder or a parent, up to the repository root) may set fail-on,"
          + " lexicon and titles under 'lint:'; options win over it.",
      "Exit codes: 0 every posting passed, 1 a posting failed the gate, 2 a usage error (an option,"
          + " the config or the lexicon) or a posting or folder that could not be read (the others"
          + " are still checked)."
    })
final class LintCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ParentCommand Main parent;

  @Option(names = "--title", paramLabel = "TEXT", description = "The title of every posting given.")
  String title;

  @Option(
      names = "--fail-on",
      paramLabel = "GATE",
      description =
          "mismatch (the default), mixed (mixed or mismatch) or score>=N (confusion score 0-100).")
  String failOn;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description =
          "text (the default), json, sarif (SARIF 2.1.0 for GitHub code scanning) or github"
              + " (workflow annotations).")
  String format;

  @Option(
      names = "--columns",
      paramLabel = "UNIT",
      defaultValue = "utf16",
      description =
          "What a column counts: utf16 (UTF-16 code units, the default and SARIF's) or codepoint.")
  String columns;

  @Option(
      names = "--lexicon",
      paramLabel = "FILE",
      description = "Use this lexicon file instead of the bundled one (or the config's).")
  Path lexicon;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "Read this config file instead of looking for .rolelens.yml.")
  Path config;

  @Option(names = "--no-config", description = "Do not read .rolelens.yml.")
  boolean noConfig;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE|-",
      description = "Posting files, folders of them, or - for standard input.")
  List<String> files;

  @Mixin QuietOption quietOption;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    LintConfig settings = settings();
    Gate gate =
        failOn != null
            ? option(() -> Gate.parse(failOn))
            : settings.gate() != null ? settings.gate() : Gate.DEFAULT;
    LintFormat lintFormat =
        option(() -> LintFormat.valueOf(format.toUpperCase(java.util.Locale.ROOT)));
    ColumnUnit unit =
        option(
            () ->
                switch (columns.toLowerCase(java.util.Locale.ROOT)) {
                  case "utf16" -> ColumnUnit.UTF16;
                  case "codepoint" -> ColumnUnit.CODE_POINT;
                  default ->
                      throw new IllegalArgumentException(
                          "--columns '" + columns + "' is not utf16 or codepoint");
                });
    RoleAnalyzer analyzer =
        analyzer(
            lexicon != null ? lexicon : settings.lexicon(),
            lexicon != null ? "--lexicon" : "the config's lexicon");
    LintSession session =
        new LintSession(
            new Linter(analyzer, gate, unit),
            settings,
            title,
            parent.in,
            problem -> err.println(problem.line()));
    LintRun run;
    try (Progress progress = Progress.steps("linting", " postings", quietOption.quiet)) {
      run = session.run(files, analyzer.lexicon().version(), progress);
    }
    lintFormat.write(run, analyzer.lexicon(), ReportContext.of(System.getenv(), Path.of("")), out);
    if (!run.problems().isEmpty()) {
      return 2;
    }
    return run.failed() > 0 ? 1 : 0;
  }

  private LintConfig settings() {
    Path file = noConfig ? null : config != null ? config : ConfigReader.find(Path.of(""));
    if (file == null) {
      return LintConfig.NONE;
    }
    if (Files.isDirectory(file)) {
      throw new ParameterException(
          spec.commandLine(),
          "--config "
              + file
              + " is a directory; give the config file itself, such as "
              + file.resolve(ConfigReader.NAME));
    }
    try {
      return ConfigReader.read(file);
    } catch (ConfigException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  /**
   * The analyzer for {@code file} (null for the bundled lexicon); a lexicon lint cannot use is a
   * usage error naming it.
   */
  private RoleAnalyzer analyzer(Path file, String from) {
    try {
      return AnalyzerHolder.get(file);
    } catch (java.io.IOException | LexiconException e) {
      String message = e.getMessage() == null ? e.toString() : e.getMessage();
      throw new ParameterException(
          spec.commandLine(), from + " " + file + " cannot be used: " + message);
    }
  }

  private <T> T option(java.util.function.Supplier<T> parse) {
    try {
      return parse.get();
    } catch (IllegalArgumentException e) {
      String message =
          e.getMessage().startsWith("No enum constant")
              ? "--format '" + format + "' is not one of text, json, sarif, github"
              : e.getMessage();
      throw new ParameterException(spec.commandLine(), message);
    }
  }
}
