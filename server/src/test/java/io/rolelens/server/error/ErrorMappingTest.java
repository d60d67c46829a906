package io.rolelens.server.error;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jetty.http.BadMessageException;
import org.junit.jupiter.api.Test;

class ErrorMappingTest {

  @Test
  void givesJettysOwnRefusalsTheirStatusInTheOneErrorShape() {
    Javalin app =
        Javalin.create(
            config -> {
              ErrorMapping.register(config);
              config.routes.post(
                  "/slow",
                  ctx -> {
                    throw new BadMessageException(408, "Request content data rate < 16384 B/s");
                  });
            });
    JavalinTest.test(
        app,
        (server, client) -> {
          var response = client.post("/slow", "{}");
          assertThat(response.code()).isEqualTo(408);
          assertThat(response.body().string())
              .contains("\"code\":\"request_timeout\"")
              .contains("Request content data rate < 16384 B/s");
        });
  }

  @Test
  void logsAnUnexpectedErrorWithItsStackTraceAndTellsTheClientOnlyThePlainJsonError()
      throws Exception {
    Javalin app =
        Javalin.create(
            config -> {
              ErrorMapping.register(config);
              config.routes.post(
                  "/bug",
                  ctx -> {
                    throw new IllegalStateException("secret detail of a bug");
                  });
            });
    JavalinTest.test(
        app,
        (server, client) -> {
          var response = client.post("/bug", "{}");
          assertThat(response.code()).isEqualTo(500);
          assertThat(response.body().string())
              .contains("\"code\":\"internal_error\"")
              .doesNotContain("secret detail")
              .doesNotContain("IllegalStateException");
        });
    // src/test/resources/simplelogger.properties sends the server's log to this file.
    assertThat(Files.readString(Path.of("target", "server-tests.log"), StandardCharsets.UTF_8))
        .contains("ERROR ErrorMapping - unexpected java.lang.IllegalStateException on POST /bug")
        .contains("java.lang.IllegalStateException: secret detail of a bug")
        .contains("\tat io.rolelens.server.error.ErrorMappingTest");
  }
}
