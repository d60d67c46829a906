package io.rolelens.scoring;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Maps the items of an iterator on a pool of threads and hands the results back in the items'
 * order, holding a bounded window in flight: items are taken from the source in small batches on
 * the calling thread, each batch mapped on the pool, at most four batches per thread ahead of the
 * one being read. Memory therefore stays flat whatever the source's length. The source is read on
 * the consumer's thread, so its exceptions reach the consumer as they are; a mapping that fails is
 * reported as an {@link IllegalStateException} naming the work (an {@link Error} as it is), and an
 * interrupted wait as a {@link CancellationException} with the thread's interrupt flag set. {@link
 * #close} stops the pool (done too when the last result is taken). Not thread-safe: one consumer.
 *
 * @param <T> the items
 * @param <R> the results
 */
public final class InOrder<T, R> implements Iterator<R>, AutoCloseable {
  private static final int BATCH = 32;

  private final String work;
  private final Iterator<T> source;
  private final Function<T, R> map;
  private final ExecutorService pool;
  private final int maxInFlight;
  private final ArrayDeque<Future<List<R>>> window = new ArrayDeque<>();
  private Iterator<R> current = List.<R>of().iterator();

  /**
   * Maps {@code source}'s items with {@code map} on {@code threads} daemon threads, named for the
   * {@code work} they do ("scoring").
   */
  public InOrder(Iterator<T> source, Function<T, R> map, int threads, String work) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    this.work = work;
    this.source = source;
    this.map = map;
    this.maxInFlight = threads * 4;
    this.pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "rolelens-" + work);
              t.setDaemon(true);
              return t;
            });
  }

  @Override
  public boolean hasNext() {
    while (!current.hasNext()) {
      fill();
      if (window.isEmpty()) {
        close();
        return false;
      }
      current = take(window.poll()).iterator();
    }
    return true;
  }

  @Override
  public R next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return current.next();
  }

  /** Submits batches until the window is full or the source is done. */
  private void fill() {
    while (window.size() < maxInFlight && source.hasNext()) {
      List<T> batch = new ArrayList<>(BATCH);
      while (batch.size() < BATCH && source.hasNext()) {
        batch.add(source.next());
      }
      window.add(pool.submit(() -> batch.stream().map(map).toList()));
    }
  }

  private List<R> take(Future<List<R>> next) {
    try {
      return next.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      close();
      CancellationException stop = new CancellationException(work + " interrupted");
      stop.initCause(e);
      throw stop;
    } catch (ExecutionException e) {
      close();
      if (e.getCause() instanceof Error fatal) {
        throw fatal;
      }
      throw new IllegalStateException(
          "a " + work + " thread failed: " + e.getCause(), e.getCause());
    }
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
