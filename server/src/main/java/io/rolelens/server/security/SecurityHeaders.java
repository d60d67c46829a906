package io.rolelens.server.security;

import io.javalin.http.Context;
import java.util.List;
import org.eclipse.jetty.ee10.servlet.ServletContextResponse;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.PreEncodedHttpField;

/**
 * Headers that keep the page safe in a browser: a content security policy allowing only the
 * server's own scripts, styles and API (no inline script), no MIME sniffing, no framing, no
 * referrer. Set on every response; harmless on JSON. Stateless.
 */
public final class SecurityHeaders {
  /** The page's content security policy. */
  public static final String CSP =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self';"
          + " base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

  /** Encoded once: every answer carries them, and Jetty copies pre-encoded fields as bytes. */
  private static final List<HttpField> FIELDS =
      List.of(
          new PreEncodedHttpField("Content-Security-Policy", CSP),
          new PreEncodedHttpField("X-Content-Type-Options", "nosniff"),
          new PreEncodedHttpField("X-Frame-Options", "DENY"),
          new PreEncodedHttpField("Referrer-Policy", "no-referrer"),
          new PreEncodedHttpField("Cache-Control", "no-store"));

  private SecurityHeaders() {}

  /** Before every request: sets the headers. */
  public static void apply(Context ctx) {
    HttpFields.Mutable headers;
    try {
      headers = ServletContextResponse.getServletContextResponse(ctx.res()).getHeaders();
    } catch (IllegalStateException notJetty) {
      // A response that is not Jetty's (a servlet container other than Javalin's own) gets them
      // the servlet way.
      FIELDS.forEach(field -> ctx.header(field.getName(), field.getValue()));
      return;
    }
    apply(headers);
  }

  /** Sets the headers on a response Jetty writes itself, before any application code runs. */
  public static void apply(HttpFields.Mutable headers) {
    FIELDS.forEach(headers::put);
  }
}
