package io.rolelens.bench;

import java.util.List;

/**
 * Hands out a list's items in turn, from the first again after the last: the per-thread cursor a
 * benchmark's {@code @State(Scope.Thread)} class extends. Not thread-safe (one per thread).
 */
public class RoundRobin {
  private int next;

  /** The next item of {@code items}. */
  protected <T> T take(List<T> items) {
    T item = items.get(next);
    next = (next + 1) % items.size();
    return item;
  }
}
