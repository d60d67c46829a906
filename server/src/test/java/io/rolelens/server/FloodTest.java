package io.rolelens.server;

import static io.rolelens.server.TestServers.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Many clients that each start a large body and stop can neither fill the heap nor slow the probes
 * and ordinary analyses: bodies beyond the budget are refused at once (503), the rest time out
 * (408), and every one of them gets an answer. Sized to finish in seconds; the full-size figures
 * (400 connections of 1 MB) are in README, from {@code rolelens loadtest --flood}.
 */
class FloodTest {
  static final int HOLDERS = 120;
  static final int BODY = 256 * 1024;

  static ServerSettings.Builder smallBudget() {
    return ServerSettings.builder()
        .maxBodyBytes(BODY)
        .maxInflightBytes(16L * BODY)
        .maxInflightBytesPerClient(4L * BODY)
        .bodyTimeout(Duration.ofMillis(1500));
  }

  @Test
  void keepsAnsweringProbesAndOrdinaryPostingsWhileHundredsOfClientsHoldUnfinishedLargeBodies() {
    JavalinTest.test(
        app(smallBudget()),
        (server, client) -> {
          Map<Integer, AtomicInteger> outcomes = new ConcurrentHashMap<>();
          List<Thread> holders = startHolders(server.port(), "", outcomes);
          List<Long> healthMillis = Collections.synchronizedList(new ArrayList<>());
          int analysed = 0;
          long until = System.nanoTime() + Duration.ofSeconds(2).toNanos();
          while (System.nanoTime() < until) {
            long began = System.nanoTime();
            assertThat(get(client, "/health", Map.of()).code()).isEqualTo(200);
            healthMillis.add((System.nanoTime() - began) / 1_000_000);
            assertThat(
                    postJson(
                            client,
                            "/api/v1/analyze",
                            analyzeBody("Product Manager", PO_POSTING + analysed))
                        .code())
                .isEqualTo(200);
            analysed++;
          }
          for (Thread t : holders) {
            t.join();
          }
          assertThat(analysed).isGreaterThan(5);
          assertThat(Collections.max(healthMillis)).as("slowest /health in ms").isLessThan(1000);
          // Every holder got an answer: most refused at once, the few admitted timed out.
          assertThat(outcomes.keySet()).containsOnly(503, 408);
          assertThat(outcomes.get(503).get() + outcomes.get(408).get()).isEqualTo(HOLDERS);
          assertThat(outcomes.get(408).get()).isLessThanOrEqualTo(4);
        });
  }

  @Test
  void refusesBodiesWithoutTheTokenBeforeHoldingAnyOfThem() {
    JavalinTest.test(
        app(smallBudget().token("s3cret")),
        (server, client) -> {
          Map<Integer, AtomicInteger> outcomes = new ConcurrentHashMap<>();
          List<Thread> holders = startHolders(server.port(), "", outcomes);
          for (Thread t : holders) {
            t.join();
          }
          assertThat(outcomes.keySet()).containsOnly(401);
          assertThat(outcomes.get(401).get()).isEqualTo(HOLDERS);
          // None of them used the body budget: a client with the token still gets through.
          assertThat(
                  post(
                          client,
                          "/api/v1/analyze",
                          analyzeBody("PM", PO_POSTING),
                          TokenTest.JSON_WITH_TOKEN)
                      .code())
              .isEqualTo(200);
        });
  }

  @Test
  void answers408WhenABodyStopsArrivingWhetherItsLengthIsDeclaredOrChunked() {
    JavalinTest.test(
        app(ServerSettings.builder().bodyTimeout(Duration.ofMillis(700))),
        (server, client) -> {
          for (String framing :
              List.of(
                  "Content-Length: 1000\r\n\r\n{\"text\": \"Own th",
                  "Transfer-Encoding: chunked\r\n\r\n10\r\n{\"text\": \"Own th")) {
            long began = System.nanoTime();
            RawExchange.Answer answer =
                RawExchange.send(
                    server.port(),
                    "POST /api/v1/analyze HTTP/1.1\r\n"
                        + "Host: 127.0.0.1\r\n"
                        + "Content-Type: application/json\r\n"
                        + framing,
                    10_000);
            assertThat(answer.status()).as(framing).isEqualTo(408);
            assertThat(answer.body()).contains("\"code\":\"body_not_received\"", "within 0.7 s");
            assertThat((System.nanoTime() - began) / 1e9).isBetween(0.5, 5.0);
          }
        });
  }

  /** Clients that each declare a large body, send most of it and stop, then wait for the answer. */
  private static List<Thread> startHolders(
      int port, String extraHeaders, Map<Integer, AtomicInteger> outcomes) {
    byte[] head =
        RawExchange.analyzeHead("127.0.0.1", BODY, extraHeaders)
            .getBytes(StandardCharsets.US_ASCII);
    byte[] part = new byte[BODY - 1000];
    java.util.Arrays.fill(part, (byte) 'x');
    List<Thread> holders = new ArrayList<>();
    for (int i = 0; i < HOLDERS; i++) {
      holders.add(
          Thread.ofVirtual()
              .start(
                  () -> {
                    try (Socket socket = RawExchange.open(port, 15_000)) {
                      OutputStream out = socket.getOutputStream();
                      out.write(head);
                      out.write(part);
                      out.flush();
                      int status = RawExchange.read(socket).status();
                      outcomes.computeIfAbsent(status, k -> new AtomicInteger()).incrementAndGet();
                    } catch (IOException e) {
                      outcomes.computeIfAbsent(-1, k -> new AtomicInteger()).incrementAndGet();
                    }
                  }));
    }
    return holders;
  }
}
