package io.rolelens.server.dto;

import io.rolelens.analyzer.json.BodySpans;
import java.util.List;

/**
 * Joins blocks into the one body the analyzer reads and maps the body offsets of its analysis back
 * to the blocks: each body mention and evidence item gains a {@code blockId} and offsets into that
 * block's text (UTF-16, {@code [start, end)}). The joining and the mapping are one rule, kept here
 * only: a {@link #SEPARATOR} between every two blocks, empty ones included, so block {@code i}
 * starts where the body built so far ends. An item that runs across a block boundary is dropped
 * from the lists (it still counts in the profile, which reads the joined body); the matcher never
 * crosses a blank line, so in practice none does. Thread-safe (immutable).
 */
public final class BlockMapper implements BodySpans {
  /** What joins blocks into one body: a blank line, so no sentence runs across two blocks. */
  public static final String SEPARATOR = "\n\n";

  private final List<Block> blocks;
  private final int[] starts;
  private final String body;

  /** Joins these blocks, in this order, and prepares the mapping back to them. */
  public BlockMapper(List<Block> blocks) {
    this.blocks = List.copyOf(blocks);
    this.starts = new int[blocks.size()];
    StringBuilder joined = new StringBuilder();
    for (int i = 0; i < blocks.size(); i++) {
      if (i > 0) {
        joined.append(SEPARATOR);
      }
      starts[i] = joined.length();
      joined.append(blocks.get(i).text());
    }
    this.body = joined.toString();
  }

  /** The blocks joined by {@link #SEPARATOR}: the body the analyzer reads. */
  public String body() {
    return body;
  }

  /**
   * The block holding the body span {@code [start, end)} and the span's offsets in it, or {@code
   * null} when the span runs across a block boundary or starts on a separator.
   */
  @Override
  public Placed place(int start, int end) {
    int block = blockAt(start);
    if (block < 0 || end > starts[block] + blocks.get(block).text().length()) {
      return null;
    }
    return new Placed(blocks.get(block).id(), start - starts[block], end - starts[block]);
  }

  /** The index of the block holding this body offset, or -1 when it falls on a separator. */
  int blockAt(int offset) {
    int lo = 0;
    int hi = starts.length - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (starts[mid] <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return offset < starts[lo] + blocks.get(lo).text().length() ? lo : -1;
  }
}
