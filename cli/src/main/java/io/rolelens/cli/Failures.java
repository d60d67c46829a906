package io.rolelens.cli;

import io.rolelens.analyzer.lexicon.LexiconException;
import io.rolelens.scoring.csv.UnreadableInputException;
import io.rolelens.server.InsecureBindException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns whatever stops a command into one line on standard error and an exit code: 2 for a usage
 * error (a bad option or value, caught by picocli or thrown by a command as a {@link
 * ParameterException}), 1 for anything that goes wrong while the command runs, including errors
 * such as running out of memory or stack. Problems with the input (files, lexicons, bad values) are
 * told in their own words; anything else is a bug and is named by its class and message, with its
 * stack trace after the line when the command was given {@code --verbose}. Stateless and
 * thread-safe.
 */
final class Failures {
  /** The exit code of a run that failed while processing. */
  static final int FAILED = 1;

  /** How many lexicon problems one line lists. */
  private static final int PROBLEMS_SHOWN = 3;

  /** Longer messages are cut: one line on a terminal, not a screenful. */
  private static final int MAX_CHARS = 400;

  private Failures() {}

  /** Installs both handlers on {@code cli} and its subcommands. */
  static void install(CommandLine cli) {
    cli.setParameterExceptionHandler(Failures::usage);
    cli.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> report(commandLine.getErr(), ex, verbose(parseResult)));
  }

  /** Whether {@code --verbose} was given to the command or any command above it. */
  static boolean verbose(ParseResult parsed) {
    for (ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption(Main.VERBOSE)) {
        return true;
      }
    }
    return false;
  }

  /** Prints a usage error with a pointer to the command's help; returns 2. */
  static int usage(ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    String message = oneLine(ex.getMessage());
    if (ex instanceof UnmatchedArgumentException unmatched
        && !unmatched.getSuggestions().isEmpty()) {
      message +=
          " (did you mean "
              + String.join(" or ", unmatched.getSuggestions().stream().limit(3).toList())
              + "?)";
    }
    PrintWriter err = cmd.getErr();
    err.println(
        "rolelens: " + message + "; see '" + cmd.getCommandSpec().qualifiedName() + " --help'");
    err.flush();
    return cmd.getCommandSpec().exitCodeOnInvalidInput();
  }

  /** Prints {@code failure} as one line, then its stack trace if {@code verbose}; returns 1. */
  static int report(PrintWriter err, Throwable failure, boolean verbose) {
    err.println("rolelens: " + describe(failure));
    if (verbose) {
      failure.printStackTrace(err);
    }
    err.flush();
    return FAILED;
  }

  /** One sentence naming what went wrong, for a person. */
  static String describe(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof OutOfMemoryError) {
        return "ran out of memory ("
            + t.getMessage()
            + "); give Java more, for example ROLELENS_JAVA_OPTS=-Xmx4g,"
            + " or split the input";
      }
      if (t instanceof StackOverflowError) {
        return "the input is nested too deeply to process (the stack overflowed)";
      }
    }
    Throwable told = null;
    Throwable root = failure;
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (told == null && (t instanceof LexiconException || toldInItsOwnWords(t))) {
        told = t;
      }
      root = t;
    }
    if (told instanceof LexiconException lexicon) {
      return lexicon(lexicon);
    }
    if (told instanceof FileSystemException files) {
      return fileSystem(files);
    }
    if (told != null && told.getMessage() != null && !told.getMessage().isBlank()) {
      return oneLine(told.getMessage());
    }
    String message =
        root.getMessage() == null || root.getMessage().isBlank() ? "" : ": " + root.getMessage();
    return oneLine("unexpected " + root.getClass().getName() + message)
        + " (a bug in RoleLens: please report it with the command you ran; --verbose prints where"
        + " it happened)";
  }

  /**
   * Whether {@code t} is a problem RoleLens describes for the person running it (bad input or
   * values, files it cannot read or write, a refused bind), whose message is the whole story;
   * anything else (a null pointer, an illegal state, a class cast) is a bug.
   */
  private static boolean toldInItsOwnWords(Throwable t) {
    return t instanceof IOException
        || t instanceof IllegalArgumentException
        || t instanceof UnreadableInputException
        || t instanceof InsecureBindException
        || t instanceof ParameterException;
  }

  /**
   * "invalid lexicon F: line 3: …; line 9: … (and 4 more)" from the analyzer's list of problems.
   */
  private static String lexicon(LexiconException e) {
    List<String> problems = e.problems();
    String head = oneLine(e.getMessage()).replaceFirst(":$", "");
    // A file unusable as a whole (empty, binary) has one problem, its message: say it once.
    if (problems.isEmpty() || problems.equals(List.of(e.getMessage()))) {
      return head;
    }
    String shown =
        String.join("; ", problems.stream().limit(PROBLEMS_SHOWN).map(Failures::oneLine).toList());
    int more = problems.size() - PROBLEMS_SHOWN;
    return oneLine(head + ": " + shown + (more > 0 ? " (and " + more + " more)" : ""));
  }

  /** Java's file errors carry only the path as their message; say what happened to it. */
  private static String fileSystem(FileSystemException e) {
    String file = e.getFile();
    return switch (e) {
      case NoSuchFileException x -> "no such file or directory: " + file;
      case AccessDeniedException x -> "permission denied: " + file;
      case NotDirectoryException x -> file + " is not a directory";
      case FileAlreadyExistsException x -> file + " already exists and is in the way";
      case DirectoryNotEmptyException x -> file + " is a directory that is not empty";
      default -> oneLine(file + (e.getReason() == null ? "" : ": " + e.getReason()));
    };
  }

  /** The first line of {@code message}, cut to a length a terminal shows on one or two lines. */
  static String oneLine(String message) {
    String first = message.strip().lines().findFirst().orElse("").strip();
    return first.length() <= MAX_CHARS ? first : first.substring(0, MAX_CHARS) + "…";
  }
}
