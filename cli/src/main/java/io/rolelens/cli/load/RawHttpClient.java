package io.rolelens.cli.load;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A minimal blocking HTTP/1.1 client over one keep-alive connection, so the load test measures the
 * server rather than a client library: it parses the response head in its own buffer without
 * building strings and skips the body. Loopback only. Not thread-safe: one per client thread.
 */
public final class RawHttpClient implements Closeable {
  private static final byte[] CONTENT_LENGTH =
      "content-length:".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] TRANSFER_ENCODING =
      "transfer-encoding:".getBytes(StandardCharsets.US_ASCII);

  private final int port;
  private final Socket socket;
  private final InputStream in;
  private final OutputStream out;
  private final byte[] buf = new byte[64 * 1024];
  private int pos;
  private int limit;

  /** Where the line {@link #lineEnd()} last found starts. */
  private int lineStart;

  /** Connects to {@code 127.0.0.1:port}. */
  public RawHttpClient(int port) throws IOException {
    this.port = port;
    this.socket = new Socket(InetAddress.getLoopbackAddress(), port);
    socket.setTcpNoDelay(true);
    socket.setSoTimeout(30_000);
    this.in = socket.getInputStream();
    this.out = socket.getOutputStream();
  }

  /** Sends a request and returns its status; the response body is read and discarded. */
  public int send(String method, String path, byte[] body) throws IOException {
    StringBuilder head = new StringBuilder(160);
    head.append(method)
        .append(' ')
        .append(path)
        .append(" HTTP/1.1\r\nHost: 127.0.0.1:")
        .append(port)
        .append("\r\n");
    if (body != null) {
      head.append("Content-Type: application/json\r\nContent-Length: ")
          .append(body.length)
          .append("\r\n");
    }
    head.append("\r\n");
    byte[] headBytes = head.toString().getBytes(StandardCharsets.US_ASCII);
    if (body == null) {
      out.write(headBytes);
    } else {
      byte[] request = new byte[headBytes.length + body.length];
      System.arraycopy(headBytes, 0, request, 0, headBytes.length);
      System.arraycopy(body, 0, request, headBytes.length, body.length);
      out.write(request);
    }
    out.flush();
    return readResponse();
  }

  private int readResponse() throws IOException {
    int statusEnd = lineEnd();
    if (statusEnd - lineStart < 12) {
      throw new IOException("malformed status line");
    }
    int code = (int) number(lineStart + 9, lineStart + 12, 10);
    long length = -1;
    boolean chunked = false;
    while (true) {
      int end = lineEnd();
      int start = lineStart;
      if (end == start) {
        break;
      }
      if (startsWithIgnoreCase(start, end, CONTENT_LENGTH)) {
        length = number(start + CONTENT_LENGTH.length, end, 10);
      } else if (startsWithIgnoreCase(start, end, TRANSFER_ENCODING)) {
        chunked =
            new String(buf, start, end - start, StandardCharsets.US_ASCII).contains("chunked");
      }
    }
    if (chunked) {
      for (long size = chunkSize(); size > 0; size = chunkSize()) {
        skip(size);
        lineEnd();
      }
      lineEnd();
    } else if (length > 0) {
      skip(length);
    }
    return code;
  }

  private long chunkSize() throws IOException {
    int end = lineEnd();
    return number(lineStart, end, 16);
  }

  /**
   * Advances past the next CRLF (or LF) and returns the index where that line's content ends; it
   * starts at {@link #lineStart}. Compacts the buffer when the line runs off its end.
   */
  private int lineEnd() throws IOException {
    while (true) {
      for (int i = pos; i < limit; i++) {
        if (buf[i] == '\n') {
          int end = i > pos && buf[i - 1] == '\r' ? i - 1 : i;
          lineStart = pos;
          pos = i + 1;
          return end;
        }
      }
      if (pos > 0) {
        System.arraycopy(buf, pos, buf, 0, limit - pos);
        limit -= pos;
        pos = 0;
      }
      if (limit == buf.length) {
        throw new IOException("response head line longer than " + buf.length + " bytes");
      }
      fill();
    }
  }

  private void fill() throws IOException {
    int n = in.read(buf, limit, buf.length - limit);
    if (n < 0) {
      throw new EOFException("connection closed mid-response");
    }
    limit += n;
  }

  private void skip(long n) throws IOException {
    long left = n;
    while (left > 0) {
      if (pos == limit) {
        pos = 0;
        limit = 0;
        fill();
      }
      int take = (int) Math.min(left, limit - pos);
      pos += take;
      left -= take;
    }
  }

  private boolean startsWithIgnoreCase(int start, int end, byte[] lowerPrefix) {
    if (end - start < lowerPrefix.length) {
      return false;
    }
    for (int i = 0; i < lowerPrefix.length; i++) {
      int c = buf[start + i];
      if (c >= 'A' && c <= 'Z') {
        c += 'a' - 'A';
      }
      if (c != lowerPrefix[i]) {
        return false;
      }
    }
    return true;
  }

  private long number(int start, int end, int radix) throws IOException {
    long value = 0;
    boolean any = false;
    for (int i = start; i < end; i++) {
      int digit = Character.digit(buf[i], radix);
      if (digit >= 0) {
        value = value * radix + digit;
        any = true;
      } else if (any && buf[i] != ' ') {
        break;
      }
    }
    if (!any) {
      throw new IOException("expected a number in the response head");
    }
    return value;
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
