package io.rolelens.scoring.csv;

/**
 * Reading an export stopped before its end: the file is truncated or damaged, or a quote is left
 * open so the rest of the file cannot be split into rows. The message is one sentence for a person,
 * naming the cause and where it happened. Nothing read before it should be kept as if complete.
 */
public final class UnreadableInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A stop whose {@code message} names the cause and the row or line. */
  public UnreadableInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
