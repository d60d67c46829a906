package io.rolelens.analyzer.section;

import java.util.Objects;

/**
 * One part of a posting: its kind and where it lies, as UTF-16 offsets {@code [start, end)} into
 * the posting's text.
 */
public record Section(SectionKind kind, int start, int end) {
  public Section {
    Objects.requireNonNull(kind, "kind");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException(
          "a section needs 0 <= start <= end, was [" + start + ", " + end + ")");
    }
  }
}
