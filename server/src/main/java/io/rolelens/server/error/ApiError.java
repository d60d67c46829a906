package io.rolelens.server.error;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.HttpResponseException;
import io.javalin.http.UnauthorizedResponse;
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
        "request body is larger than the limit of " + limit + " bytes", Map.of(CODE, "body_too_large"));
  }

  /** 401: the bearer token is missing or wrong. */
  public static UnauthorizedResponse unauthorized(String message) {
    return new UnauthorizedResponse(message, Map.of(CODE, "unauthorized"));
  }
}
