package io.rolelens.server.dto;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Maps body offsets of an analysis made on blocks joined by {@link AnalyzeRequest#BLOCK_SEPARATOR}
 * back to the blocks: each body mention and evidence item gains a {@code blockId} and offsets
 * into that block's text (UTF-16, {@code [start, end)}). An item that runs across a block boundary
 * is dropped from the lists (it still counts in the profile, which reads the joined body); the
 * matcher never crosses a blank line, so in practice none does. Thread-safe.
 */
public final class BlockMapper {
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

  /** Rewrites the analysis tree in place: body mentions and profile evidence get block ids. */
  public void apply(ObjectNode analysis) {
    remap((ArrayNode) analysis.get("mentions"), true);
    JsonNode profile = analysis.get("profile");
    if (profile != null && profile.get("evidence") instanceof ArrayNode evidence) {
      remap(evidence, false);
    }
  }

  private void remap(ArrayNode items, boolean hasField) {
    for (int i = items.size() - 1; i >= 0; i--) {
      ObjectNode item = (ObjectNode) items.get(i);
      if (hasField && !"body".equals(item.path("field").asText())) {
        continue;
      }
      int start = item.get("start").asInt();
      int end = item.get("end").asInt();
      int block = blockAt(start);
      if (block < 0 || end > starts[block] + blocks.get(block).text().length()) {
        items.remove(i);
        continue;
      }
      item.put("start", start - starts[block]);
      item.put("end", end - starts[block]);
      item.put("blockId", blocks.get(block).id());
    }
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
