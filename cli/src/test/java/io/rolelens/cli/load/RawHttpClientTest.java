package io.rolelens.cli.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RawHttpClientTest {

  /** Answers each request on one connection with the next canned response. */
  static Thread serve(ServerSocket server, String... responses) {
    Thread t =
        Thread.ofPlatform()
            .start(
                () -> {
                  try (Socket s = server.accept()) {
                    BufferedReader in =
                        new BufferedReader(
                            new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII));
                    OutputStream out = s.getOutputStream();
                    for (String response : responses) {
                      int length = 0;
                      for (String line = in.readLine(); !line.isEmpty(); line = in.readLine()) {
                        if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                          length = Integer.parseInt(line.substring(15).strip());
                        }
                      }
                      in.skip(length);
                      out.write(response.getBytes(StandardCharsets.US_ASCII));
                      out.flush();
                    }
                  } catch (Exception e) {
                    throw new IllegalStateException(e);
                  }
                });
    return t;
  }

  @Test
  void readsFixedLengthAndChunkedAnswersInTurnOnOneKeepAliveConnection() throws Exception {
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Thread fake =
          serve(
              server,
              "HTTP/1.1 200 OK\r\ncontent-length: 5\r\n\r\nhello",
              "HTTP/1.1 201 Created\r\n"
                  + "Transfer-Encoding: chunked\r\n\r\n"
                  + "3\r\n"
                  + "abc\r\n"
                  + "a;ext=1\r\n"
                  + "0123456789\r\n"
                  + "0\r\n\r\n",
              "HTTP/1.1 400 Bad Request\r\nContent-Length:   2\r\nX-Other: 7\r\n\r\n{}");
      try (RawHttpClient client = new RawHttpClient(server.getLocalPort())) {
        assertThat(client.send("POST", "/a", "{\"x\":1}".getBytes(StandardCharsets.UTF_8)))
            .isEqualTo(200);
        assertThat(client.send("GET", "/b", null)).isEqualTo(201);
        assertThat(client.send("GET", "/c", null)).isEqualTo(400);
      }
      fake.join(5_000);
    }
  }
}
