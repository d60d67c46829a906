package io.rolelens.server;

import io.javalin.testtools.DefaultTestConfig;
import org.junit.jupiter.api.extension.Extension;

/**
 * Turns off {@code JavalinTest}'s cookie cleanup before any test starts (registered for every test
 * through {@code META-INF/services} and {@code junit-platform.properties}). After each test it
 * sends a DELETE through one HTTP client shared by every test; when a new server gets the port of
 * one stopped before, that client may reuse a connection the old server closed, and a DELETE is not
 * retried: "HTTP/1.1 header parser received no bytes", a failure of no test's own. RoleLens sets no
 * cookies, so there is nothing to clean.
 */
public final class NoCookieCleanup implements Extension {
  static {
    DefaultTestConfig.setClearCookies(false);
  }
}
