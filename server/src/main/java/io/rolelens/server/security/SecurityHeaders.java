package io.rolelens.server.security;

import io.javalin.http.Context;

/**
 * Headers that keep the page safe in a browser: a content security policy allowing only the
 * server's own scripts, styles and API (no inline script), no MIME sniffing, no framing, no
 * referrer. Set on every response; harmless on JSON. Stateless.
 */
public final class SecurityHeaders {
  /** The page's content security policy. */
  public static final String CSP =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
          + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

  private SecurityHeaders() {}

  /** Before every request: sets the headers. */
  public static void apply(Context ctx) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("Cache-Control", "no-store");
  }
}
