package io.rolelens.analyzer.otherjob;

import java.util.Objects;

/**
 * A cue of another job found in a body, at its first occurrence.
 *
 * <p>Offsets are UTF-16 {@code char} indexes into the original body, start inclusive and end
 * exclusive, so {@code body.substring(start, end).equals(text)} always holds.
 *
 * @param job the job the cue belongs to
 * @param text the cue exactly as written in the body
 * @param start first char of the cue
 * @param end one past the last char of the cue
 */
public record OtherJobCue(OtherJob job, String text, int start, int end) {
  public OtherJobCue {
    Objects.requireNonNull(job, "job");
    Objects.requireNonNull(text, "text");
    if (start < 0 || end <= start || end - start != text.length()) {
      throw new IllegalArgumentException(
          "cue offsets [" + start + ", " + end + ") do not fit text '" + text + "'");
    }
  }
}
