package io.rolelens.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.Response;
import io.rolelens.analyzer.RoleAnalyzer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Shared test plumbing: one analyzer per test JVM (models load once) and request helpers. */
final class TestServers {
  static final ObjectMapper JSON = new ObjectMapper();
  private static RoleAnalyzer analyzer;

  private TestServers() {}

  static synchronized RoleAnalyzer analyzer() {
    if (analyzer == null) {
      analyzer = RoleAnalyzer.builder().build();
    }
    return analyzer;
  }

  /** An app on loopback with a free port and the given settings otherwise. */
  static Javalin app(ServerSettings.Builder settings) {
    return ServerApp.create(analyzer(), settings.host("127.0.0.1").port(0).build());
  }

  static Javalin app() {
    return app(ServerSettings.builder());
  }

  static Response post(HttpClient client, String path, String body, Map<String, String> headers) {
    return client.request(
        path,
        b -> {
          b.post(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
          headers.forEach(b::header);
        });
  }

  static Response postJson(HttpClient client, String path, String body) {
    return post(client, path, body, Map.of("Content-Type", "application/json"));
  }

  static Response get(HttpClient client, String path, Map<String, String> headers) {
    return client.request(
        path,
        b -> {
          b.get();
          headers.forEach(b::header);
        });
  }

  /** A request with any method (the test client offers only some), through the JDK's client. */
  static Response request(
      HttpClient client, String method, String path, Map<String, String> headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(client.getOrigin() + path))
            .method(method, HttpRequest.BodyPublishers.noBody());
    headers.forEach(request::header);
    try {
      return new Response(
          java.net.http.HttpClient.newHttpClient()
              .send(request.build(), HttpResponse.BodyHandlers.ofString()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static JsonNode json(Response response) {
    try {
      return JSON.readTree(response.body().string());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String analyzeBody(String title, String text) {
    return JSON.createObjectNode().put("title", title).put("text", text).toString();
  }

  static final String PO_POSTING =
      "We are hiring a Product Manager to join a Scrum team.\n\n"
          + "Own the product backlog and prioritize the backlog based on value. "
          + "Write user stories with clear acceptance criteria. "
          + "Take part in sprint planning, sprint reviews and retrospectives.";

  /** A data analyst's posting: a different job from the three roles. */
  static final String DATA_ANALYST_POSTING =
      "We are looking for a data analyst to join our insights team.\n\n"
          + "Analyse large datasets to find trends. Write SQL and Python to clean the data. "
          + "Build reports in Tableau and Power BI. Run statistical models to forecast demand.";
}
