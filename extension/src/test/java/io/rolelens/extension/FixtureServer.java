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

  private final HttpsServer server;
  private final Map<String, String> pages = new ConcurrentHashMap<>();

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

  /** A self-signed certificate made with the JDK's keytool, so nothing is checked in. */
  private static SSLContext sslContext(Path temp) throws IOException {
    Path store = temp.resolve("fixtures.p12");
    Files.deleteIfExists(store);
    Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
    Process process =
        new ProcessBuilder(
                keytool.toString(), "-genkeypair", "-alias", "fixtures", "-keyalg", "RSA", "-keysize", "2048",
                "-validity", "2", "-dname", "CN=rolelens-fixtures", "-storetype", "PKCS12",
                "-keystore", store.toString(), "-storepass", new String(PASSWORD), "-keypass", new String(PASSWORD))
            .redirectErrorStream(true)
            .start();
    try {
      String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      if (process.waitFor() != 0) {
        throw new IOException("keytool failed: " + output);
      }
      KeyStore keys = KeyStore.getInstance("PKCS12");
      try (InputStream in = Files.newInputStream(store)) {
        keys.load(in, PASSWORD);
      }
      KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
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
      String fixture = pages.get(exchange.getRequestURI().getPath());
      InputStream in = fixture == null ? null : FixtureServer.class.getResourceAsStream("/fixtures/" + fixture);
      if (in == null) {
        exchange.getResponseHeaders().set("Connection", "close");
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      byte[] body;
      try (in) {
        body = in.readAllBytes();
      }
      exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
      exchange.getResponseHeaders().set("Cache-Control", "no-store");
      exchange.getResponseHeaders().set("Connection", "close");
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
