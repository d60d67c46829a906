package io.rolelens.server.dto;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A validated {@code POST /api/v1/analyze} body: a title and either one text or a list of blocks.
 *
 * @param title the posting's title, "" when none was sent
 * @param text the body when sent as one text, or null when blocks were sent
 * @param blocks the body's blocks, empty when one text was sent
 * @param datePosted when the posting was published, or null when not sent; it picks the quarter of
 *     the market context
 */
public record AnalyzeRequest(String title, String text, List<Block> blocks, LocalDate datePosted) {
  public AnalyzeRequest {
    Objects.requireNonNull(title, "title");
    blocks = List.copyOf(blocks);
    if ((text == null) == blocks.isEmpty()) {
      throw new IllegalArgumentException("exactly one of text and blocks must be given");
    }
  }

  /** A request with no date. */
  public AnalyzeRequest(String title, String text, List<Block> blocks) {
    this(title, text, blocks, null);
  }

  /** Whether the body came as blocks. */
  public boolean hasBlocks() {
    return text == null;
  }

  /**
   * The body the analyzer reads: the text, or the blocks joined as {@link BlockMapper} joins them.
   */
  public String body() {
    return text != null ? text : new BlockMapper(blocks).body();
  }
}
