package io.rolelens.server.dto;

import io.rolelens.analyzer.json.BodySpans;
import java.util.List;

/**
 * Maps body offsets of an analysis made on blocks joined by {@link AnalyzeRequest#BLOCK_SEPARATOR}
 * back to the blocks: each body mention and evidence item gains a {@code blockId} and offsets into
 * that block's text (UTF-16, {@code [start, end)}). An item that runs across a block boundary is
 * dropped from the lists (it still counts in the profile, which reads the joined body); the matcher
 * never crosses a blank line, so in practice none does. Thread-safe.
 */
public final class BlockMapper implements BodySpans {
  private final List<Block> blocks;
  private final int[] starts;

  /** Prepares the mapping for these blocks, in the order they were joined. */
  public BlockMapper(List<Block> blocks) {
    this.blocks = List.copyOf(blocks);
    this.starts = new int[blocks.size()];
    int offset = 0;
    for (int i = 0; i < blocks.size(); i++) {
      starts[i] = offset;
      offset += blocks.get(i).text().length() + AnalyzeRequest.BLOCK_SEPARATOR.length();
    }
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
