package io.rolelens.server.error;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.HttpResponseException;
import io.javalin.http.ServiceUnavailableResponse;
import java.util.Map;

/**
 * The errors the API throws, each a Javalin {@link HttpResponseException} carrying a stable
 * machine-readable {@code code} in its details; {@link ErrorMapping} turns them into the one JSON
 * error shape. Stateless.
 */
public final class ApiError {
  /** The details key holding the error code. */
  public static final String CODE = "code";

  private ApiError() {}

  /** 400 with the given code, such as {@code missing_field}, and a message naming the problem. */
  public static BadRequestResponse badRequest(String code, String message) {
    return new BadRequestResponse(message, Map.of(CODE, code));
  }

  /** 413: the body is over the configured limit. */
  public static ContentTooLargeResponse tooLarge(long limit) {
    return new ContentTooLargeResponse(
        "request body is larger than the limit of " + limit + " bytes",
        Map.of(CODE, "body_too_large"));
  }

  /** 408: the request body did not arrive in full (the client stopped sending, or went away). */
  public static HttpResponseException bodyNotReceived(String reason) {
    return new HttpResponseException(
        408,
        "the request body did not arrive in full"
            + (reason == null || reason.isBlank() ? "" : " (" + reason + ")"),
        Map.of(CODE, "body_not_received"));
  }

  /** 503: the server cannot take the request now, such as while it stops. */
  public static ServiceUnavailableResponse unavailable(String message) {
    return new ServiceUnavailableResponse(message, Map.of(CODE, "unavailable"));
  }

  /** 503: so many requests wait for an analysis that more would only wait longer. */
  public static ServiceUnavailableResponse overloaded(int waiting) {
    return new ServiceUnavailableResponse(
        "the server is overloaded ("
            + waiting
            + " requests are waiting for an analysis); try again in a moment",
        Map.of(CODE, "overloaded"));
  }

  /** 503: the server ran out of memory for this request. */
  public static ServiceUnavailableResponse outOfMemory() {
    return new ServiceUnavailableResponse(
        "the server ran out of memory for this request; try again in a moment, or send a shorter"
            + " posting",
        Map.of(CODE, "out_of_memory"));
  }

  /** 422: the analysis ran past its time budget. */
  public static HttpResponseException tooSlow(String message) {
    return new HttpResponseException(422, message, Map.of(CODE, "analysis_timeout"));
  }

  /** 400: the body is declared in a character set other than UTF-8. */
  public static BadRequestResponse unsupportedCharset(String charset) {
    return badRequest(
        "unsupported_charset",
        "JSON must be UTF-8, but the body was declared as charset=" + charset);
  }
}
