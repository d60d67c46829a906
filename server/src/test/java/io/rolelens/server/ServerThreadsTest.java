package io.rolelens.server;

import static io.rolelens.server.TestServers.PO_POSTING;
import static io.rolelens.server.TestServers.analyzeBody;
import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.junit.jupiter.api.Test;

class ServerThreadsTest {

  @Test
  void sizesThePoolForItsRequestThreadsPlusTheAcceptorAndTheSelectorWithNoneInReserve() {
    QueuedThreadPool pool = ServerThreads.pool();
    assertThat(pool.getMaxThreads())
        .isEqualTo(
            ServerThreads.REQUEST_THREADS + ServerThreads.ACCEPTORS + ServerThreads.SELECTORS);
    assertThat(pool.getMinThreads()).isEqualTo(pool.getMaxThreads());
    assertThat(pool.getReservedThreads()).isZero();
  }

  @Test
  void takesClientsInTurnWhenThereAreMoreClientsThanThreads() {
    // One thread, sixteen clients that each send their next request as soon as the last is
    // answered.
    // Answering on the thread that read the request let one such client keep the thread to itself
    // while the others waited (answers per client 13 to 1,520 in one run); in turns, each client
    // gets about a sixteenth of them (503 to 506).
    String body = analyzeBody("Product Manager", PO_POSTING);
    int clients = 16;
    AtomicLongArray answered = new AtomicLongArray(clients);
    AtomicInteger failures = new AtomicInteger();
    AtomicBoolean stop = new AtomicBoolean();
    JavalinTest.test(
        TestServers.app(ServerSettings.builder().threads(1).cacheSize(0)),
        (server, client) -> {
          List<Thread> threads = new ArrayList<>();
          for (int c = 0; c < clients; c++) {
            int me = c;
            threads.add(
                Thread.ofPlatform()
                    .start(
                        () -> {
                          // One keep-alive connection per client, each sending its next request
                          // when answered.
                          try (HttpClient http =
                              HttpClient.newBuilder()
                                  .version(HttpClient.Version.HTTP_1_1)
                                  .build()) {
                            HttpRequest request =
                                HttpRequest.newBuilder(
                                        URI.create(
                                            "http://127.0.0.1:"
                                                + server.port()
                                                + "/api/v1/analyze"))
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(body))
                                    .build();
                            while (!stop.get()) {
                              if (http.send(request, HttpResponse.BodyHandlers.discarding())
                                      .statusCode()
                                  == 200) {
                                answered.incrementAndGet(me);
                              } else {
                                failures.incrementAndGet();
                              }
                            }
                          } catch (Exception e) {
                            failures.incrementAndGet();
                          }
                        }));
          }
          Thread.sleep(3_000);
          stop.set(true);
          for (Thread t : threads) {
            t.join();
          }
        });
    long[] counts = new long[clients];
    for (int c = 0; c < clients; c++) {
      counts[c] = answered.get(c);
    }
    long total = Arrays.stream(counts).sum();
    assertThat(failures.get()).isZero();
    assertThat(total).as("answers in 3 s").isGreaterThanOrEqualTo(clients * 3L);
    assertThat(Arrays.stream(counts).min().orElseThrow())
        .as("answers per client %s", Arrays.toString(counts))
        .isGreaterThanOrEqualTo(total / clients / 3);
  }
}
