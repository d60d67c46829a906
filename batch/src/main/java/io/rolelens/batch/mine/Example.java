package io.rolelens.batch.mine;

import java.util.Objects;

/**
 * One sentence in which a mined phrase occurs, trimmed to about {@value ExampleText#WIDTH}
 * characters around it, whitespace collapsed, with the phrase marked as {@code **phrase**}.
 *
 * @param postingId the id of the posting the sentence is from
 * @param text the sentence, with the phrase marked
 */
public record Example(String postingId, String text) {
  public Example {
    Objects.requireNonNull(postingId, "postingId");
    if (!text.contains("**")) {
      throw new IllegalArgumentException("an example marks its phrase with **: " + text);
    }
  }
}
