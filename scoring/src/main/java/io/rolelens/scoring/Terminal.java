package io.rolelens.scoring;

import java.io.Console;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Whether the process talks to a person at a terminal, so a progress bar is welcome: the command
 * line's bars and Spark's console progress ask it. Stateless and thread-safe.
 */
public final class Terminal {
  /** Where Linux shows what standard error is open on. */
  private static final Path STDERR = Path.of("/proc/self/fd/2");

  private Terminal() {}

  /**
   * True when standard error, where the bars are drawn, goes to an interactive terminal and CI is
   * not set: on Linux asked of standard error itself (so {@code rolelens evaluate … > out.txt} at a
   * terminal still shows its bar), elsewhere of the console.
   */
  public static boolean isInteractive() {
    if (System.getenv("CI") != null) {
      return false;
    }
    return isTerminal(STDERR).orElseGet(Terminal::consoleIsTerminal);
  }

  /**
   * Whether the file descriptor link {@code fd} (such as {@code /proc/self/fd/2}) points at a
   * terminal device; empty when it cannot be read (no {@code /proc}, as on macOS).
   */
  static Optional<Boolean> isTerminal(Path fd) {
    try {
      String target = Files.readSymbolicLink(fd).toString();
      return Optional.of(target.startsWith("/dev/pts/") || target.startsWith("/dev/tty"));
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return Optional.empty();
    }
  }

  private static boolean consoleIsTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      // Java 22+ returns a console even when redirected; isTerminal() tells the difference.
      Method isTerminal = Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }
}
