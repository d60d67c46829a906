package io.rolelens.extension;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * Serves the fixture pages under {@code src/test/resources/fixtures} over HTTPS on loopback, at the
 * paths the boards use. The browser reaches it under the boards' host names through a resolver
 * rule, so every request stays on this machine; HTTPS because several boards are on the HSTS
 * preload list, and the certificate is a throwaway self-signed one the test browsers are told to
 * accept. Thread-safe.
 */
final class FixtureServer implements AutoCloseable {
  private static final char[] PASSWORD = "fixtures".toCharArray();

  /** A page made in the test: its bytes and media type. */
  private record Made(byte[] body, String contentType) {}

  private final HttpsServer server;
  private final Map<String, String> pages = new ConcurrentHashMap<>();
  private final Map<String, Made> made = new ConcurrentHashMap<>();

  FixtureServer(Path temp) {
    try {
      server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      server.setHttpsConfigurator(new HttpsConfigurator(sslContext(temp)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(Executors.newCachedThreadPool());
    server.createContext("/", this::handle);
    server.start();
  }

  /** Serves fixtures/{@code fixture} at {@code path} (on any host name). */
  FixtureServer page(String path, String fixture) {
    pages.put(path, fixture);
    return this;
  }

  /**
   * Serves {@code body} at {@code pathAndQuery} (on any host name); a query, when given, must match
   * as written. For pages the test builds, such as a real board page with a posting put in.
   */
  FixtureServer content(String pathAndQuery, String body, String contentType) {
    made.put(
        pathAndQuery,
        new Made(body.getBytes(java.nio.charset.StandardCharsets.UTF_8), contentType));
    return this;
  }

  /** A self-signed certificate made with the JDK's keytool, so nothing is checked in. */
  private static SSLContext sslContext(Path temp) throws IOException {
    Path store = temp.resolve("fixtures.p12");
    Files.deleteIfExists(store);
    Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
    Process process =
        new ProcessBuilder(
                keytool.toString(),
                "-genkeypair",
                "-alias",
                "fixtures",
                "-keyalg",
                "RSA",
                "-keysize",
                "2048",
                "-validity",
                "2",
                "-dname",
                "CN=rolelens-fixtures",
                "-storetype",
                "PKCS12",
                "-keystore",
                store.toString(),
                "-storepass",
                new String(PASSWORD),
                "-keypass",
                new String(PASSWORD))
            .redirectErrorStream(true)
            .start();
    try {
      String output =
          new String(
              process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      if (process.waitFor() != 0) {
        throw new IOException("keytool failed: " + output);
      }
      KeyStore keys = KeyStore.getInstance("PKCS12");
      try (InputStream in = Files.newInputStream(store)) {
        keys.load(in, PASSWORD);
      }
      KeyManagerFactory factory =
          KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      factory.init(keys, PASSWORD);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(factory.getKeyManagers(), null, null);
      return context;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while making a certificate", e);
    } catch (GeneralSecurityException e) {
      throw new IOException("cannot load the fixture certificate", e);
    }
  }

  int port() {
    return server.getAddress().getPort();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      String query = exchange.getRequestURI().getRawQuery();
      Made page = made.get(query == null ? path : path + "?" + query);
      if (page == null) {
        page = made.get(path);
      }
      if (page == null) {
        page = fixture(pages.get(path));
      }
      if (page == null) {
        exchange.getResponseHeaders().set("Connection", "close");
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      byte[] body = page.body();
      exchange.getResponseHeaders().set("Content-Type", page.contentType());
      exchange.getResponseHeaders().set("Cache-Control", "no-store");
      exchange.getResponseHeaders().set("Connection", "close");
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
    }
  }

  private static Made fixture(String name) throws IOException {
    InputStream in =
        name == null ? null : FixtureServer.class.getResourceAsStream("/fixtures/" + name);
    if (in == null) {
      return null;
    }
    try (in) {
      return new Made(in.readAllBytes(), "text/html; charset=utf-8");
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
