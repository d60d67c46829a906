package io.rolelens.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class SlowBodyTest {

  @Test
  void keepsAnsweringWhileABodyTricklesIn() {
    JavalinTest.test(
        TestServers.app(ServerSettings.builder().threads(1)),
        (server, client) -> {
          AtomicBoolean stop = new AtomicBoolean();
          Thread trickle =
              Thread.ofPlatform()
                  .start(
                      () -> {
                        try (Socket socket =
                            new Socket(InetAddress.getLoopbackAddress(), server.port())) {
                          OutputStream out = startAnalyze(socket, 100_000);
                          while (!stop.get()) {
                            out.write('x');
                            out.flush();
                            Thread.sleep(50);
                          }
                        } catch (IOException | InterruptedException e) {
                          // The server may close the connection; the test only needs it busy for a
                          // while.
                        }
                      });
          try {
            Thread.sleep(300);
            assertStillAnswers(client);
          } finally {
            stop.set(true);
            trickle.join();
          }
        });
  }

  @Test
  void keepsAnsweringWhileAClientHasSentPartOfABodyAndThenNothing() {
    JavalinTest.test(
        TestServers.app(ServerSettings.builder().threads(1)),
        (server, client) -> {
          try (Socket silent = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            startAnalyze(silent, 1000);
            Thread.sleep(300);
            // The one thread is not waiting for the rest of that body.
            assertStillAnswers(client);
          }
        });
  }

  /** Sends an analyze request's head and the start of a body declared {@code length} bytes long. */
  private static OutputStream startAnalyze(Socket socket, int length) throws IOException {
    OutputStream out = socket.getOutputStream();
    out.write(
        ("POST /api/v1/analyze HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Content-Length: "
                + length
                + "\r\n\r\n{\"title\": \"Product Manager\", \"text\": \"Own the")
            .getBytes(StandardCharsets.US_ASCII));
    out.flush();
    return out;
  }

  /** The server still answers a probe and an analysis, within seconds. */
  private static void assertStillAnswers(HttpClient client) {
    long began = System.nanoTime();
    assertThat(TestServers.get(client, "/health", Map.of()).code()).isEqualTo(200);
    assertThat(
            TestServers.postJson(
                    client,
                    "/api/v1/analyze",
                    TestServers.analyzeBody("Product Manager", TestServers.PO_POSTING))
                .code())
        .isEqualTo(200);
    assertThat((System.nanoTime() - began) / 1e9).isLessThan(5);
  }
}
