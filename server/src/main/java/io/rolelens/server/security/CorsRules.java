package io.rolelens.server.security;

import io.javalin.http.Context;
import io.rolelens.server.ServerSettings;
import io.rolelens.server.admission.HostAllowList;
import io.rolelens.server.error.ErrorMapping;
import java.util.List;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;

/**
 * Cross-origin rules: browser extensions ({@code chrome-extension://}, {@code moz-extension://}, or
 * exactly the configured extension origins) and the server's own page, served under one of its own
 * names ({@link HostAllowList}), may call the API; any other origin gets no CORS headers at all, so
 * browsers keep its pages from reading responses. Since the analyze route only takes {@code
 * application/json}, such pages cannot even send it a request without a preflight, which they fail.
 * Thread-safe (immutable).
 */
public final class CorsRules {
  private static final String ALLOWED_METHODS = "GET, POST, OPTIONS";
  private static final String ALLOWED_HEADERS = "Content-Type, Authorization";
  private static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";

  private final List<String> extensionOrigins;
  private final HostAllowList hosts;

  public CorsRules(ServerSettings settings, HostAllowList hosts) {
    this.extensionOrigins = settings.extensionOrigins();
    this.hosts = hosts;
  }

  /** Before every request: adds CORS headers when the origin is allowed. */
  public void apply(Context ctx) {
    String origin = ctx.header("Origin");
    ctx.header("Vary", "Origin");
    if (origin != null && allows(origin, ctx)) {
      ctx.header(ALLOW_ORIGIN, origin);
    }
  }

  /**
   * The same headers on an answer written before the application sees the request (a refused token,
   * a body too large…), so a client at an allowed origin can read why it was refused.
   */
  public void apply(Request request, HttpFields.Mutable answer) {
    String origin = request.getHeaders().get(HttpHeader.ORIGIN);
    answer.put(HttpHeader.VARY, "Origin");
    if (origin != null
        && allows(
            origin, request.getHttpURI().getScheme(), request.getHeaders().get(HttpHeader.HOST))) {
      answer.put(ALLOW_ORIGIN, origin);
    }
  }

  /** Answers a preflight: 204 with the allowed methods and headers, or 403 for other origins. */
  public void preflight(Context ctx) {
    String origin = ctx.header("Origin");
    if (origin == null || !allows(origin, ctx)) {
      ErrorMapping.write(
          ctx,
          403,
          "origin_not_allowed",
          "origin " + (origin == null ? "(none)" : "'" + origin + "'") + " may not call this API");
      return;
    }
    ctx.header("Access-Control-Allow-Methods", ALLOWED_METHODS);
    ctx.header("Access-Control-Allow-Headers", ALLOWED_HEADERS);
    ctx.header("Access-Control-Max-Age", "600");
    ctx.status(204);
  }

  /** Whether a request from this origin may read API responses. */
  public boolean allows(String origin, Context ctx) {
    return allows(origin, ctx.scheme(), ctx.host());
  }

  /** Whether a request from this origin, to this scheme and {@code Host}, may read responses. */
  private boolean allows(String origin, String scheme, String host) {
    // The server's own page, but only under one of the server's own names: a page whose name
    // was pointed at this machine (DNS rebinding) has an origin equal to scheme://Host too.
    if (host != null && origin.equals(scheme + "://" + host) && hosts.allows(host)) {
      return true;
    }
    if (extensionOrigins.isEmpty()) {
      return isExtension(origin, "chrome-extension://") || isExtension(origin, "moz-extension://");
    }
    return extensionOrigins.contains(origin);
  }

  private static boolean isExtension(String origin, String scheme) {
    if (!origin.startsWith(scheme)) {
      return false;
    }
    String id = origin.substring(scheme.length());
    // Chrome ids are 32 letters a-p; Firefox uses UUIDs: letters, digits and dashes.
    return !id.isEmpty()
        && id.length() <= 64
        && id.chars().allMatch(c -> (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-');
  }
}
