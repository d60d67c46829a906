package io.rolelens.server.error;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import org.eclipse.jetty.http.BadMessageException;
import org.junit.jupiter.api.Test;

class ErrorMappingTest {

  @Test
  void givesJettysOwnRefusalsTheirStatusInTheOneErrorShape() {
    Javalin app =
        Javalin.create(
            config -> {
              ErrorMapping.register(config);
              config.routes.post("/slow", ctx -> {
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
}
