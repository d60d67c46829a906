package io.rolelens.extension;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback reverse proxy in front of the RoleLens server that counts analyze calls and can be
 * made slow, so tests can tell how often the extension asked and what it does when the server lags.
 * Thread-safe.
 */
final class CountingProxy implements AutoCloseable {
  private static final Set<String> HOP_HEADERS =
      Set.of(
          "connection",
          "content-length",
          "host",
          "transfer-encoding",
          "upgrade",
          "keep-alive",
          "expect");

  private final HttpServer server;
  private final String target;
  private final HttpClient client = HttpClient.newHttpClient();
  private final AtomicInteger analyzeCalls = new AtomicInteger();
  private volatile long delayMillis;

  CountingProxy(String target) {
    this.target = target;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(Executors.newCachedThreadPool());
    server.createContext("/", this::forward);
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  int analyzeCalls() {
    return analyzeCalls.get();
  }

  void delay(long millis) {
    this.delayMillis = millis;
  }

  private void forward(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      if (method.equals("POST") && exchange.getRequestURI().getPath().equals("/api/v1/analyze")) {
        analyzeCalls.incrementAndGet();
      }
      if (delayMillis > 0) {
        Thread.sleep(delayMillis);
      }
      byte[] body = exchange.getRequestBody().readAllBytes();
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(target + exchange.getRequestURI()))
              .method(
                  method,
                  body.length == 0
                      ? HttpRequest.BodyPublishers.noBody()
                      : HttpRequest.BodyPublishers.ofByteArray(body));
      exchange
          .getRequestHeaders()
          .forEach(
              (name, values) -> {
                if (!HOP_HEADERS.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                  values.forEach(v -> request.header(name, v));
                }
              });
      HttpResponse<byte[]> response = send(request.build());
      response
          .headers()
          .map()
          .forEach(
              (name, values) -> {
                if (!HOP_HEADERS.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                  exchange.getResponseHeaders().put(name, List.copyOf(values));
                }
              });
      byte[] answer = response.body();
      exchange.sendResponseHeaders(response.statusCode(), answer.length == 0 ? -1 : answer.length);
      if (answer.length > 0) {
        exchange.getResponseBody().write(answer);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      // the browser gave up (a timeout test): nothing to answer
    }
  }

  /**
   * Sends, and once more on an IOException: a pooled keep-alive connection the server closed for
   * idleness fails the request that reuses it, and the client retries only idempotent methods
   * itself.
   */
  private HttpResponse<byte[]> send(HttpRequest request) throws IOException, InterruptedException {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException stale) {
      return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
