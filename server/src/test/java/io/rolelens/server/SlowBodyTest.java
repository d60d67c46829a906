package io.rolelens.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SlowBodyTest {

  @Test
  void refusesABodyThatTricklesInWith408AndKeepsServingOthers() {
    JavalinTest.test(
        TestServers.app(ServerSettings.builder().threads(1)),
        (server, client) -> {
          try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/analyze HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 100000\r\n\r\n{\"title\": \"Product Manager\", \"text\": \"")
                .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            long began = System.nanoTime();
            InputStream in = socket.getInputStream();
            String answer = "";
            for (int i = 0; i < 40 && answer.isEmpty(); i++) {
              Thread.sleep(100);
              try {
                out.write('x');
                out.flush();
              } catch (java.io.IOException closed) {
                // The server may close once it has answered; the answer is still there to read.
              }
              if (in.available() > 0) {
                answer = new String(in.readNBytes(in.available()), StandardCharsets.UTF_8);
              }
            }
            assertThat(answer).startsWith("HTTP/1.1 408").contains("\"code\":\"body_too_slow\"");
            assertThat((System.nanoTime() - began) / 1e9).isLessThan(4);
          }
          // The one thread is free again.
          assertThat(TestServers.postJson(client, "/api/v1/analyze", TestServers.analyzeBody("Product Manager", TestServers.PO_POSTING)).code()).isEqualTo(200);
        });
  }
}
