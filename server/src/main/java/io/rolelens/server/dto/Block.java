package io.rolelens.server.dto;

import java.util.Objects;

/**
 * One text block of a posting as the extension found it in the page.
 *
 * @param id the caller's id for the block, echoed back on the mentions found in it
 * @param text the block's text; mention offsets index into it
 */
public record Block(String id, String text) {
  public Block {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
  }
}
