package io.rolelens.analyzer.otherjob;

import java.util.Objects;

/**
 * A job other than the three roles, as the cue file names it: data analysis and data science,
 * software engineering, sales and so on.
 *
 * @param id a stable lower-case id such as {@code data_analysis}
 * @param name what a person reads, such as "data analysis and data science"
 */
public record OtherJob(String id, String name) {
  public OtherJob {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    if (!id.matches("[a-z][a-z_]*")) {
      throw new IllegalArgumentException(
          "job id '" + id + "' must be lower-case letters and underscores");
    }
    if (name.isBlank()) {
      throw new IllegalArgumentException("job " + id + " has no name");
    }
  }
}
