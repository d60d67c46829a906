package io.rolelens.server.admission;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.thread.Invocable;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Reads a request body as it arrives, without holding a thread while it waits for more: each chunk
 * is copied out of Jetty's network buffer and the buffer released at once, so a client that
 * trickles a byte at a time holds a few bytes, not a buffer per byte. Ends exactly once: with the
 * whole body, or when the body passes its limit, fails (the client went away or idled out), or does
 * not arrive in full before its deadline. In drop mode the bytes are counted and thrown away, which
 * lets a refused request's body be read off the connection before the refusal is sent (a client
 * still sending would otherwise see the connection reset instead of the answer). Thread-safe: the
 * outcome is decided by whichever of the reader and the deadline gets there first.
 */
final class BodyLoader implements Invocable.Task {
  /** What became of a body; exactly one method is called, once. */
  interface Outcome {
    /** All of the body arrived: {@code body[0, length)} (empty in drop mode). */
    void arrived(byte[] body, int length);

    /** The body is longer than the limit. */
    void tooLarge();

    /** The body did not arrive in full before the deadline. */
    void late();

    /** Reading failed: the client went away or stopped sending until the connection idled out. */
    void failed(Throwable cause);

    /**
     * An outcome that does the same whatever became of the body, as after dropping a refused one.
     */
    static Outcome always(Runnable then) {
      return new Outcome() {
        @Override
        public void arrived(byte[] body, int length) {
          then.run();
        }

        @Override
        public void tooLarge() {
          then.run();
        }

        @Override
        public void late() {
          then.run();
        }

        @Override
        public void failed(Throwable cause) {
          then.run();
        }
      };
    }
  }

  private static final int FIRST_BUFFER = 16 * 1024;

  private final Request request;
  private final long limit;
  private final boolean keep;
  private final Outcome outcome;
  private final AtomicBoolean ended = new AtomicBoolean();
  private byte[] buffer = new byte[0];
  private long size;
  private volatile Scheduler.Task deadline;
  private Duration timeout;
  private long began;

  /**
   * @param limit the most body bytes to read; one more ends the load as {@link Outcome#tooLarge}
   * @param keep whether to keep the bytes (else they are dropped)
   */
  BodyLoader(Request request, long limit, boolean keep, Outcome outcome) {
    this.request = request;
    this.limit = limit;
    this.keep = keep;
    this.outcome = outcome;
  }

  /**
   * Starts reading on the calling thread; the clock for the whole body starts now, but a timer is
   * set only if the body is not all there at once (for an ordinary posting it came with the head).
   */
  void start(Duration timeout) {
    this.timeout = timeout;
    this.began = System.nanoTime();
    read();
  }

  /** More of the body may have arrived (Jetty calls this on its network thread). */
  @Override
  public void run() {
    read();
  }

  @Override
  public InvocationType getInvocationType() {
    return InvocationType.NON_BLOCKING;
  }

  private void read() {
    while (!ended.get()) {
      Content.Chunk chunk;
      try {
        chunk = request.read();
      } catch (RuntimeException e) {
        end(() -> outcome.failed(e));
        return;
      }
      if (chunk == null) {
        if (deadline == null) {
          long left = timeout.toNanos() - (System.nanoTime() - began);
          deadline =
              request
                  .getComponents()
                  .getScheduler()
                  .schedule(this::expire, Math.max(0, left), TimeUnit.NANOSECONDS);
        }
        request.demand(this);
        return;
      }
      if (Content.Chunk.isFailure(chunk)) {
        Throwable cause = chunk.getFailure();
        end(() -> outcome.failed(cause));
        return;
      }
      boolean last = chunk.isLast();
      boolean over = take(chunk.getByteBuffer());
      chunk.release();
      if (over) {
        end(outcome::tooLarge);
        return;
      }
      if (last) {
        end(() -> outcome.arrived(buffer, (int) size));
        return;
      }
    }
  }

  /** Copies (or counts) a chunk's bytes; true when the body is now over the limit. */
  private boolean take(ByteBuffer bytes) {
    int n = bytes.remaining();
    if (size + n > limit) {
      return true;
    }
    if (keep && n > 0) {
      if (size + n > buffer.length) {
        long wanted = Math.max(size + n, Math.max(FIRST_BUFFER, buffer.length * 2L));
        long declared = request.getLength();
        buffer =
            Arrays.copyOf(buffer, (int) Math.min(wanted, declared >= size + n ? declared : limit));
      }
      bytes.get(buffer, (int) size, n);
    }
    size += n;
    return false;
  }

  private void expire() {
    end(outcome::late);
  }

  private void end(Runnable action) {
    if (ended.compareAndSet(false, true)) {
      Scheduler.Task clock = deadline;
      if (clock != null) {
        clock.cancel();
      }
      action.run();
    }
  }
}
