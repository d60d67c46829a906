package io.rolelens.server;

import static io.rolelens.server.TestServers.app;
import static io.rolelens.server.TestServers.get;
import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import io.rolelens.analyzer.Role;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The page's role colours and underlines come from the one place they are defined, as the
 * lexicon's.
 */
class RoleStylesTest {
  @Test
  void servesEachRolesColourAndUnderlineAsTheLexiconDoesAndThePageLinksThem() {
    JavalinTest.test(
        app(),
        (server, client) -> {
          Response css = get(client, "/roles.css", Map.of());
          assertThat(css.code()).isEqualTo(200);
          assertThat(css.headers().get("Content-Type").get(0)).startsWith("text/css");
          String text = css.body().string();
          String lexicon = get(client, "/api/v1/lexicon", Map.of()).body().string();
          for (Role r : Role.values()) {
            assertThat(text)
                .contains(".role-" + r.id() + " { text-decoration-color: " + r.colour())
                .contains("text-decoration-style: " + r.underline());
            assertThat(lexicon)
                .contains("\"colour\":\"" + r.colour() + "\"")
                .contains("\"label\":\"" + r.label() + "\"");
          }
          assertThat(text).contains(".role-product_owner { text-decoration-color: #009E73;");
          assertThat(get(client, "/", Map.of()).body().string())
              .contains("<link rel=\"stylesheet\" href=\"/roles.css\">");
          assertThat(get(client, "/app.css", Map.of()).body().string()).doesNotContain("#0072B2");
        });
  }
}
