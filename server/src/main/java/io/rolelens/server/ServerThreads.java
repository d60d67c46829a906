package io.rolelens.server;

import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * Jetty's threads: one that accepts connections, one that waits for their input, and a few that
 * read requests, serve the page and the probes, and hand analyses to the analysis threads ({@link
 * io.rolelens.server.api.AnalysisQueue}). Their work is short, and none of them ever waits for a
 * request body (bodies are read as they arrive, before a thread takes the request), so a few are
 * enough and {@code /health} is answered at once even while every analysis thread is busy.
 */
final class ServerThreads {
  /** Threads that accept connections; one is plenty for a local server. */
  static final int ACCEPTORS = 1;

  /** Threads that wait for input on open connections and queue the work it brings. */
  static final int SELECTORS = 1;

  /** Threads that read requests and answer everything but analyses. */
  static final int REQUEST_THREADS = 2;

  /**
   * Connections the kernel may hold for the acceptor. Java's default is 50: when hundreds of
   * clients connect at once the rest of their SYNs are dropped, and each such client (a health
   * probe among them) waits a second for its retry.
   */
  static final int ACCEPT_QUEUE = 1024;

  private ServerThreads() {}

  /**
   * A pool with exactly {@link #REQUEST_THREADS} threads for tasks besides the acceptor and
   * selector. No threads are held in reserve: a reserved thread lets Jetty run a task on the thread
   * that read its input, ahead of tasks already queued, which is faster for one connection and
   * unfair to the rest.
   */
  static QueuedThreadPool pool() {
    int size = REQUEST_THREADS + ACCEPTORS + SELECTORS;
    QueuedThreadPool pool = new QueuedThreadPool(size, size);
    pool.setName("rolelens");
    pool.setReservedThreads(0);
    return pool;
  }

  /**
   * The HTTP connector on the settings' host and port, with {@link #ACCEPTORS} and {@link
   * #SELECTORS}.
   */
  static ServerConnector connector(Server server, HttpConfiguration http, ServerSettings settings) {
    // Jetty keeps the header fields a connection sent before and, by default, takes a later value
    // differing only in case for the kept one: after "Bearer s3cret", "Bearer S3CRET" on the same
    // connection would read as the right token.
    http.setHeaderCacheCaseSensitive(true);
    ServerConnector connector =
        new ServerConnector(server, ACCEPTORS, SELECTORS, new HttpConnectionFactory(http));
    connector.setHost(settings.host());
    connector.setPort(settings.port());
    connector.setAcceptQueueSize(ACCEPT_QUEUE);
    return connector;
  }
}
