package io.rolelens.analyzer.nlp;

import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Instances of a tool that is not thread-safe (OpenNLP's detectors, tokenizers and taggers), lent
 * to one caller at a time and kept for the next. Unlike one instance per thread, this stays small
 * under virtual threads and thread pools that come and go: it holds at most as many instances as
 * calls ever ran at once. Thread-safe.
 */
public final class ToolPool<T> {
  private final Supplier<T> create;
  private final ConcurrentLinkedQueue<T> idle = new ConcurrentLinkedQueue<>();

  public ToolPool(Supplier<T> create) {
    this.create = Objects.requireNonNull(create, "create");
  }

  /** Runs {@code use} with an instance no other caller holds meanwhile, and returns its result. */
  public <R> R with(Function<T, R> use) {
    T tool = idle.poll();
    if (tool == null) {
      tool = create.get();
    }
    try {
      return use.apply(tool);
    } finally {
      idle.offer(tool);
    }
  }

  /** Instances waiting to be lent (for tests). */
  int idle() {
    return idle.size();
  }
}
