package io.rolelens.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * A request written byte for byte on a socket, for what HTTP clients will not send: a wrong Host, a
 * body that stops, a broken request line, a header too large.
 */
final class RawExchange {
  private RawExchange() {}

  /** An answer as it came off the wire: status, head and body. */
  record Answer(int status, String head, String body) {
    boolean hasHeader(String name, String value) {
      return head.toLowerCase(java.util.Locale.ROOT)
          .contains((name + ": " + value).toLowerCase(java.util.Locale.ROOT));
    }
  }

  /**
   * Sends {@code request} as is and reads the answer until the server closes or {@code
   * timeoutMillis} pass.
   */
  static Answer send(int port, String request, int timeoutMillis) throws IOException {
    try (Socket socket = open(port, timeoutMillis)) {
      socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
      socket.getOutputStream().flush();
      return read(socket);
    }
  }

  static Socket open(int port, int timeoutMillis) throws IOException {
    Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
    socket.setSoTimeout(timeoutMillis);
    return socket;
  }

  /** Reads one answer off an open socket (until the end of its body, or the server closes). */
  static Answer read(Socket socket) throws IOException {
    InputStream in = socket.getInputStream();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try {
      int n;
      while ((n = in.read(buffer)) > 0) {
        bytes.write(buffer, 0, n);
        if (complete(bytes.toString(StandardCharsets.UTF_8))) {
          break;
        }
      }
    } catch (SocketTimeoutException | java.net.SocketException e) {
      // What arrived is the answer; an empty one fails the caller's checks.
    }
    String text = bytes.toString(StandardCharsets.UTF_8);
    int split = text.indexOf("\r\n\r\n");
    if (split < 0) {
      return new Answer(-1, text, "");
    }
    String head = text.substring(0, split);
    int status = Integer.parseInt(head.substring(9, 12));
    return new Answer(status, head, text.substring(split + 4));
  }

  private static boolean complete(String text) {
    int split = text.indexOf("\r\n\r\n");
    if (split < 0) {
      return false;
    }
    for (String line : text.substring(0, split).split("\r\n")) {
      if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
        int length = Integer.parseInt(line.substring(15).strip());
        return text.getBytes(StandardCharsets.UTF_8).length - (split + 4) >= length;
      }
    }
    return false;
  }

  /** The head of an analyze request declaring a body of {@code length} bytes. */
  static String analyzeHead(String host, long length, String extraHeaders) {
    return "POST /api/v1/analyze HTTP/1.1\r\nHost: "
        + host
        + "\r\nContent-Type: application/json\r\n"
        + extraHeaders
        + "Content-Length: "
        + length
        + "\r\n\r\n";
  }
}
