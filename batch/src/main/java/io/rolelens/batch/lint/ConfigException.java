package io.rolelens.batch.lint;

/**
 * A {@code .rolelens.yml} lint cannot use; the message names the file, the line and what to fix.
 */
public final class ConfigException extends Exception {
  private static final long serialVersionUID = 1L;

  public ConfigException(String message) {
    super(message);
  }
}
