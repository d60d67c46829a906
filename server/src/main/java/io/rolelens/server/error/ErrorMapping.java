package io.rolelens.server.error;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.rolelens.analyzer.PostingException;
import java.util.Locale;
import org.eclipse.jetty.http.HttpException;

/**
 * Maps every failure to one JSON shape, {@code {"error": {"status", "code", "message"}}}, and never
 * lets a stack trace reach a response. Thread-safe.
 */
public final class ErrorMapping {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ErrorMapping() {}

  /** Registers the exception and status mappings on an app being configured. */
  public static void register(JavalinConfig config) {
    config.routes.exception(HttpResponseException.class, (e, ctx) -> write(ctx, e.getStatus(), codeOf(e), e.getMessage()));
    // Jetty's own refusals, such as a request body arriving too slowly (408), keep their status.
    config.routes.exception(HttpException.RuntimeException.class, (e, ctx) -> write(ctx, e.getCode(), jettyCode(e), jettyMessage(e)));
    config.routes.exception(
        PostingException.class, (e, ctx) -> write(ctx, 400, "invalid_posting", e.getMessage()));
    config.routes.exception(
        Exception.class,
        (e, ctx) -> {
          // A bug, not bad input: say so without details, and leave a trace for the operator.
          System.err.println("rolelens server: unexpected " + e.getClass().getName() + " on " + ctx.path() + ": " + e.getMessage());
          write(ctx, 500, "internal_error", "the server failed to handle this request; it has been logged");
        });
    config.routes.error(
        404,
        "*",
        ctx -> {
          if (ctx.result() == null) {
            write(ctx, 404, "not_found", "no route for " + ctx.method() + " " + ctx.path());
          }
        });
    config.routes.error(
        405,
        "*",
        ctx -> {
          if (ctx.result() == null) {
            write(ctx, 405, "method_not_allowed", ctx.method() + " is not allowed on " + ctx.path());
          }
        });
  }

  /** Writes the error shape with the given status. */
  public static void write(Context ctx, int status, String code, String message) {
    RefusedBody.discard(ctx);
    ObjectNode root = JSON.createObjectNode();
    ObjectNode error = root.putObject("error");
    error.put("status", status);
    error.put("code", code);
    error.put("message", message == null || message.isBlank() ? HttpStatus.forStatus(status).getMessage() : message);
    ctx.status(status).contentType("application/json").result(root.toString());
  }

  private static String jettyCode(HttpException.RuntimeException e) {
    return e.getCode() == 408 ? "body_too_slow" : statusName(e.getCode());
  }

  private static String jettyMessage(HttpException.RuntimeException e) {
    if (e.getCode() == 408) {
      return "the request body arrived too slowly (" + e.getReason() + ")";
    }
    return e.getReason();
  }

  private static String codeOf(HttpResponseException e) {
    String code = e.getDetails().get(ApiError.CODE);
    if (code != null) {
      return code;
    }
    // Javalin's own responses (such as its 413 on a declared Content-Length) carry no code.
    return statusName(e.getStatus());
  }

  /** The code for an error that carries none: its status's name, such as {@code content_too_large}. */
  private static String statusName(int status) {
    return HttpStatus.forStatus(status).name().toLowerCase(Locale.ROOT);
  }
}
