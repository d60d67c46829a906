package io.rolelens.analyzer.section;

import java.util.List;

/** The parts of one posting, in order, covering its whole text without gaps. Immutable. */
public final class PostingSections {
  private final List<Section> sections;
  private final int[] starts;

  PostingSections(List<Section> sections) {
    this.sections = List.copyOf(sections);
    this.starts = this.sections.stream().mapToInt(Section::start).toArray();
  }

  /** The sections, in text order. */
  public List<Section> sections() {
    return sections;
  }

  /** The kind of section the char at {@code offset} lies in. */
  public SectionKind kindAt(int offset) {
    int lo = 0;
    int hi = starts.length - 1;
    int found = 0;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (starts[mid] <= offset) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return sections.isEmpty() ? SectionKind.INTRO : sections.get(found).kind();
  }
}
