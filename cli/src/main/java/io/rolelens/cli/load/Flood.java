package io.rolelens.cli.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Clients that each declare a large analyze body, send most of it and then nothing, and wait for
 * the answer: what a careless or hostile client does to a server that buffers bodies. Each holder
 * runs on a virtual thread with a blocking socket. Thread-safe.
 */
public final class Flood {
  private final List<Thread> holders = new ArrayList<>();
  private final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
  private final AtomicLong lastSent = new AtomicLong();

  private Flood() {}

  /**
   * Starts {@code connections} holders against {@code 127.0.0.1:port}, each declaring {@code
   * declared} bytes and sending {@code sent} of them.
   */
  public static Flood start(int port, int connections, int declared, int sent) {
    byte[] head =
        ("POST /api/v1/analyze HTTP/1.1\r\nHost: 127.0.0.1:"
                + port
                + "\r\nContent-Type: application/json\r\nContent-Length: "
                + declared
                + "\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII);
    byte[] body = new byte[sent];
    Arrays.fill(body, (byte) 'x');
    Flood flood = new Flood();
    for (int i = 0; i < connections; i++) {
      flood.holders.add(Thread.ofVirtual().start(() -> flood.hold(port, head, body)));
    }
    return flood;
  }

  private void hold(int port, byte[] head, byte[] body) {
    int status;
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.setSoTimeout(60_000);
      OutputStream out = socket.getOutputStream();
      out.write(head);
      out.write(body);
      out.flush();
      lastSent.accumulateAndGet(System.nanoTime(), Math::max);
      status = status(socket.getInputStream());
    } catch (IOException e) {
      status = -1;
    }
    statuses.computeIfAbsent(status, k -> new AtomicInteger()).incrementAndGet();
  }

  /**
   * The status of the answer, read from its first line; -1 when the connection closed without one.
   */
  private static int status(InputStream in) throws IOException {
    byte[] line = new byte[12];
    int n = in.readNBytes(line, 0, line.length);
    return n == line.length
        ? Integer.parseInt(new String(line, 9, 3, StandardCharsets.US_ASCII))
        : -1;
  }

  /** Waits until every holder has its answer (or lost its connection). */
  public void await() throws InterruptedException {
    for (Thread t : holders) {
      t.join();
    }
  }

  /**
   * When the last holder finished sending its part of a body ({@link System#nanoTime()}); from then
   * on every connection is holding, or has been answered.
   */
  public long allSent() {
    return lastSent.get();
  }

  /** How many holders got each status (-1: closed without an answer). */
  public Map<Integer, Integer> statuses() {
    Map<Integer, Integer> counts = new TreeMap<>();
    statuses.forEach((status, n) -> counts.put(status, n.get()));
    return counts;
  }
}
