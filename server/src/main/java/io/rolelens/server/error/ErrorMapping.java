package io.rolelens.server.error;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.rolelens.analyzer.PostingException;
import org.eclipse.jetty.http.HttpException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps every failure to one JSON shape, {@code {"error": {"status", "code", "message"}}}, and never
 * lets a stack trace reach a response. Thread-safe.
 */
public final class ErrorMapping {
  private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);

  private ErrorMapping() {}

  /** Registers the exception and status mappings on an app being configured. */
  public static void register(JavalinConfig config) {
    // A wrong method on a known path is 405 with Allow, not 404.
    config.http.prefer405over404 = true;
    config.routes.exception(
        HttpResponseException.class,
        (e, ctx) -> {
          if (e.getStatus() == 405) {
            methodNotAllowed(
                ctx,
                e.getDetails()
                    .getOrDefault("availableMethods", e.getDetails().get("Available methods")));
            return;
          }
          write(ctx, e.getStatus(), codeOf(e), e.getMessage());
        });
    // Jetty's own refusals keep their status.
    config.routes.exception(
        HttpException.RuntimeException.class,
        (e, ctx) -> write(ctx, e.getCode(), ErrorBody.statusName(e.getCode()), e.getReason()));
    config.routes.exception(
        PostingException.class, (e, ctx) -> write(ctx, 400, "invalid_posting", e.getMessage()));
    config.routes.exception(
        Exception.class,
        (e, ctx) -> {
          // A bug, not bad input: say so without details, and leave the stack trace for the
          // operator.
          LOG.error("unexpected {} on {} {}", e.getClass().getName(), ctx.method(), ctx.path(), e);
          write(
              ctx,
              500,
              "internal_error",
              "the server failed to handle this request; it has been logged");
        });
    config.router.javaLangErrorHandler(
        (res, error) -> {
          // Errors such as OutOfMemoryError or StackOverflowError: one line for the operator, and
          // for the client the same JSON shape as every other answer.
          LOG.error("{} while answering a request", error.getClass().getName(), error);
          boolean memory = error instanceof OutOfMemoryError;
          int status = memory ? 503 : 500;
          res.setStatus(status);
          res.setContentType("application/json");
          try {
            res.getOutputStream()
                .write(
                    ErrorBody.bytes(
                        status,
                        memory ? "out_of_memory" : "internal_error",
                        memory
                            ? "the server ran out of memory for this request; try again in a moment"
                            : "the server failed to handle this request; it has been logged"));
          } catch (java.io.IOException | RuntimeException ignored) {
            // The client is gone; nothing left to tell it.
          }
        });
    config.routes.error(
        404,
        "*",
        ctx -> {
          if (ctx.result() == null) {
            write(ctx, 404, "not_found", "no route for " + ctx.method() + " " + ctx.path());
          }
        });
  }

  /**
   * 405 with {@code Allow} for a wrong method on a route that exists; 404 for a path that only the
   * CORS preflight route (OPTIONS on every API path) matches, since nothing lives there.
   */
  private static void methodNotAllowed(Context ctx, String allowed) {
    boolean onlyPreflight =
        allowed == null || allowed.replace("OPTIONS", "").replace(",", "").isBlank();
    if (onlyPreflight) {
      write(ctx, 404, "not_found", "no route for " + ctx.method() + " " + ctx.path());
      return;
    }
    ctx.header("Allow", allowed);
    write(
        ctx,
        405,
        "method_not_allowed",
        ctx.method() + " is not allowed on " + ctx.path() + "; use " + allowed);
  }

  /** Writes the error shape with the given status. */
  public static void write(Context ctx, int status, String code, String message) {
    ctx.status(status)
        .contentType("application/json")
        .result(ErrorBody.json(status, code, message));
  }

  private static String codeOf(HttpResponseException e) {
    String code = e.getDetails().get(ApiError.CODE);
    if (code != null) {
      return code;
    }
    // Javalin's own responses (such as its 413 on a declared Content-Length) carry no code.
    return ErrorBody.statusName(e.getStatus());
  }
}
