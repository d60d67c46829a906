package io.rolelens.server.error;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads and drops what is left of a request body before an error answer. A server that answers
 * (413, 401, 400...) and closes with request bytes still unread makes TCP reset the connection, and
 * a client still sending (browsers and Java's HttpClient do not wait for {@code 100 Continue}) then
 * loses the answer and sees only a dropped connection. Bodies declared longer than {@link #LIMIT}
 * are left unread, and dropping stops after {@link #MAX_NANOS}: the connection closes, and such a
 * client sees the reset.
 */
final class RefusedBody {
  /** The most bytes read and dropped for one refused request. */
  static final long LIMIT = 32L * 1024 * 1024;
  /** The longest time spent dropping one refused body: a client sending slowly must not hold a thread. */
  static final long MAX_NANOS = 2_000_000_000L;

  private RefusedBody() {}

  /** Drops the unread rest of the request body, if any and if not too long. Never throws. */
  static void discard(Context ctx) {
    long declared = ctx.req().getContentLengthLong();
    if (declared > LIMIT) {
      return;
    }
    try {
      InputStream in = ctx.req().getInputStream();
      byte[] sink = new byte[16 * 1024];
      long left = LIMIT;
      long deadline = System.nanoTime() + MAX_NANOS;
      int n;
      while (left > 0 && System.nanoTime() - deadline < 0 && (n = in.read(sink, 0, (int) Math.min(sink.length, left))) > 0) {
        left -= n;
      }
    } catch (IOException | RuntimeException e) {
      // The client went away or the stream is in another mode: the answer is all that is left.
    }
  }
}
