package io.rolelens.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code rolelens} command: the root of every subcommand. */
@Command(
    name = "rolelens",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description =
        "Shows which of Product Manager, Project Manager and Product Owner a job posting really"
            + " describes.",
    subcommands = {
      AnalyzeCommand.class,
      LintCommand.class,
      EvaluateCommand.class,
      FitWeightsCommand.class,
      ScoreCommand.class,
      IndexCommand.class,
      SearchCommand.class,
      ReportCommand.class,
      MinePhrasesCommand.class,
      io.rolelens.spark.SparkScoreCommand.class,
      BenchScoreCommand.class,
      BenchLintCommand.class,
      io.rolelens.cli.ServeCommand.class,
      io.rolelens.cli.LoadTestCommand.class,
      io.rolelens.cli.StressCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  /** Held so the level sticks: Lucene's notes on vector support are not for command-line users. */
  private static final java.util.logging.Logger LUCENE_LOG =
      java.util.logging.Logger.getLogger("org.apache.lucene");

  /** The option that adds the stack trace to an unexpected error's line; every command takes it. */
  static final String VERBOSE = "--verbose";

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Option(
      names = VERBOSE,
      scope = CommandLine.ScopeType.INHERIT,
      description =
          "On an unexpected error (a bug), print its stack trace after the one-line message.")
  boolean verbose;

  /** Where "-" reads from; standard input unless a caller (a test) gives another stream. */
  InputStream in = System.in;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * Runs the command line with the given writers and returns the exit code (0 ok, 1 failed, 2
   * usage); a failure prints one line on {@code err}, never a stack trace.
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return run(System.in, out, err, args);
  }

  /** Runs the command line reading "-" from {@code in}; returns the exit code. */
  public static int run(InputStream in, PrintWriter out, PrintWriter err, String... args) {
    Main main = new Main();
    main.in = in;
    CommandLine cli = new CommandLine(main);
    cli.setOut(out);
    cli.setErr(err);
    Failures.install(cli);
    int code;
    try {
      code = cli.execute(args);
    } catch (Error e) {
      // Picocli passes exceptions to the handler but lets errors (out of memory, stack overflow)
      // through.
      code = Failures.report(err, e, java.util.Arrays.asList(args).contains(VERBOSE));
    }
    out.flush();
    err.flush();
    return code;
  }

  public static void main(String[] args) {
    LUCENE_LOG.setLevel(java.util.logging.Level.SEVERE);
    PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(out, err, args));
  }

  /** Reports the version from the jar manifest, or "development" when run from classes. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"rolelens " + (v == null ? "development" : v)};
    }
  }
}
