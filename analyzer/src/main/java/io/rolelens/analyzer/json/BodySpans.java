package io.rolelens.analyzer.json;

/**
 * Where a body span goes in the JSON: a caller that analysed several text blocks joined into one
 * body uses this to point each body mention and evidence item back into its own block. Offsets are
 * UTF-16 {@code [start, end)}. Implementations must be thread-safe or used by one thread.
 */
@FunctionalInterface
public interface BodySpans {
  /** Body offsets as they are, with no block id. */
  BodySpans AS_IS = (start, end) -> new Placed(null, start, end);

  /**
   * Where the body span {@code [start, end)} is reported, or {@code null} to leave the item out of
   * the lists (for example a span that runs across two blocks).
   */
  Placed place(int start, int end);

  /** A placed span: offsets into the block {@code blockId}, or into the body when it is null. */
  record Placed(String blockId, int start, int end) {}
}
