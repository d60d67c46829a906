package io.rolelens.server;

import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.EagerContentHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The server's threads: a fixed set of platform threads that take every task (read a request,
 * analyse and answer one, serve a page) from one queue, first come first served, plus one thread
 * that accepts connections and one that waits for their input.
 *
 * <p>Why not virtual threads and a separate analysis pool: an analysis is CPU work, so more busy
 * threads than cores only makes the OS switch between them. With virtual request threads handing
 * analyses to one platform thread per CPU, three threads were busy on a 2-core machine and each
 * analysis took measurably longer than in-process. Here only the workers are busy, and under load
 * none of them sleeps: each finished task is followed by the next one in the queue. Measured
 * side by side on 2 cores, that is about 8% more requests per second with a lower p99 (README).
 */
final class ServerThreads {
  /** Threads that accept connections; one is plenty for a local server. */
  static final int ACCEPTORS = 1;
  /** Threads that wait for input on open connections and queue the work it brings. */
  static final int SELECTORS = 1;

  /**
   * Blocking reads of a request body give up below this rate (bytes per second), checked at each
   * read: with so few threads, a client that sends slowly must not hold one for long. Bodies up to
   * the limit are read before a thread takes the request ({@link #bodiesFirst}); this covers the
   * rest, such as dropping a refused body. Loopback and any local network are thousands of times
   * faster.
   */
  static final long MIN_REQUEST_BYTES_PER_SECOND = 16 * 1024;

  private ServerThreads() {}

  /**
   * A pool with exactly {@code workers} threads for tasks besides the acceptor and selector. No
   * threads are held in reserve: a reserved thread lets Jetty run a task on the thread that read
   * its input, ahead of tasks already queued, which is faster for one connection and unfair to
   * the rest.
   */
  static QueuedThreadPool pool(int workers) {
    if (workers < 1) {
      throw new IllegalArgumentException("threads must be positive, was " + workers);
    }
    int size = workers + ACCEPTORS + SELECTORS;
    QueuedThreadPool pool = new QueuedThreadPool(size, size);
    pool.setName("rolelens");
    pool.setReservedThreads(0);
    return pool;
  }

  /**
   * A handler to put in front of the application that reads a request's body as it arrives, without
   * a thread, and hands the request on once all of it (up to {@code maxBodyBytes}) is there. The
   * application reads bodies with blocking reads; without this, a client that sent part of a body
   * and then nothing held one of the few threads until the connection idled out.
   */
  static EagerContentHandler bodiesFirst(long maxBodyBytes) {
    // Retained chunks are counted with a few bytes of framing each: leave room for them.
    long retained = maxBodyBytes + 64 * 1024;
    return new EagerContentHandler(new EagerContentHandler.RetainedContentLoaderFactory(retained, -1, false));
  }

  /** Sets {@link #MIN_REQUEST_BYTES_PER_SECOND} on the server's HTTP configuration. */
  static void limitSlowBodies(HttpConfiguration http) {
    http.setMinRequestDataRate(MIN_REQUEST_BYTES_PER_SECOND);
  }

  /** The HTTP connector on the settings' host and port, with {@link #ACCEPTORS} and {@link #SELECTORS}. */
  static ServerConnector connector(Server server, HttpConfiguration http, ServerSettings settings) {
    ServerConnector connector = new ServerConnector(server, ACCEPTORS, SELECTORS, new HttpConnectionFactory(http));
    connector.setHost(settings.host());
    connector.setPort(settings.port());
    return connector;
  }
}
