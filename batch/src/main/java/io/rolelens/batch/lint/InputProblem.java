package io.rolelens.batch.lint;

import java.util.Objects;

/**
 * A posting that could not be linted (missing, unreadable, not UTF-8, an extension lint does not
 * read), with the reason a person can act on; the other postings are still linted.
 *
 * @param path the path as given
 * @param reason what is wrong with it, one sentence
 */
public record InputProblem(String path, String reason) {
  public InputProblem {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(reason, "reason");
  }

  /** The line printed on standard error: {@code path: error: reason}. */
  public String line() {
    return path + ": error: " + reason;
  }
}
