package io.rolelens.scoring;

import java.io.Console;
import java.lang.reflect.Method;

/**
 * Whether the process talks to a person at a terminal, so a progress bar is welcome: the command
 * line's bars and Spark's console progress ask it. Stateless and thread-safe.
 */
public final class Terminal {
  private Terminal() {}

  /** True when standard error goes to an interactive terminal and CI is not set. */
  public static boolean isInteractive() {
    Console console = System.console();
    if (console == null || System.getenv("CI") != null) {
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
