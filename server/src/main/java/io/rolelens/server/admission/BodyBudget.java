package io.rolelens.server.admission;

import java.util.HashMap;
import java.util.Map;

/**
 * Bytes of request bodies the server lets be in flight at once: read, queued or being analysed. A
 * request reserves its declared length (or the body limit, for a chunked body) before a byte of its
 * body is read, and gives it back when its answer is sent; a request that does not fit gets 503
 * straight away. So hundreds of clients that each start a large body and stop cannot fill the heap,
 * and bodies of ordinary postings still get through while they try: large bodies (over {@link
 * #SMALL_BODY}) may use only three quarters of the total, and each client address at most its own
 * share of that. Thread-safe.
 */
public final class BodyBudget {
  /** Bodies up to this size are ordinary postings: a quarter of the budget is kept for them. */
  public static final long SMALL_BODY = 64 * 1024;

  private final long total;
  private final long largeTotal;
  private final long perClient;
  private final Map<String, Long> largeByClient = new HashMap<>();
  private long inFlight;
  private long largeInFlight;

  /**
   * @param total the most body bytes in flight at once
   * @param perClient the most bytes of large bodies one client address may have in flight
   */
  public BodyBudget(long total, long perClient) {
    if (total < SMALL_BODY * 4) {
      throw new IllegalArgumentException(
          "the body budget must be at least " + SMALL_BODY * 4 + " bytes, was " + total);
    }
    if (perClient < 1) {
      throw new IllegalArgumentException(
          "the per-client body budget must be positive, was " + perClient);
    }
    this.total = total;
    this.largeTotal = total - total / 4;
    this.perClient = perClient;
  }

  /** A reservation of body bytes; {@link #close()} gives them back (more than once is harmless). */
  public final class Reservation implements AutoCloseable {
    private final String client;
    private final long bytes;
    private boolean closed;

    private Reservation(String client, long bytes) {
      this.client = client;
      this.bytes = bytes;
    }

    @Override
    public void close() {
      release(this);
    }
  }

  /**
   * Reserves {@code bytes} for a body from {@code client} (its address), or returns null when the
   * budget cannot take it now.
   */
  public synchronized Reservation tryReserve(String client, long bytes) {
    if (bytes < 0) {
      throw new IllegalArgumentException("bytes must be 0 or more, was " + bytes);
    }
    if (inFlight + bytes > total) {
      return null;
    }
    if (bytes > SMALL_BODY) {
      long mine = largeByClient.getOrDefault(client, 0L);
      if (largeInFlight + bytes > largeTotal || mine + bytes > perClient) {
        return null;
      }
      largeInFlight += bytes;
      largeByClient.put(client, mine + bytes);
    }
    inFlight += bytes;
    return new Reservation(client, bytes);
  }

  /** Body bytes reserved now. */
  public synchronized long inFlight() {
    return inFlight;
  }

  private synchronized void release(Reservation r) {
    if (r.closed) {
      return;
    }
    r.closed = true;
    inFlight -= r.bytes;
    if (r.bytes > SMALL_BODY) {
      largeInFlight -= r.bytes;
      long left = largeByClient.get(r.client) - r.bytes;
      if (left == 0) {
        largeByClient.remove(r.client);
      } else {
        largeByClient.put(r.client, left);
      }
    }
  }
}
