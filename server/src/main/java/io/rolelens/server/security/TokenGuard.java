package io.rolelens.server.security;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.rolelens.server.error.ApiError;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Checks {@code Authorization: Bearer <token>} on API calls when the server has a token; preflights
 * pass, since browsers never send credentials on them. Compares in constant time. Thread-safe.
 */
public final class TokenGuard {
  private final byte[] expected;

  /** A guard for this token, or one that lets everything through when the token is null. */
  public TokenGuard(String token) {
    this.expected = token == null ? null : ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
  }

  /** Before every API call: throws 401 unless the right bearer token is present. */
  public void check(Context ctx) {
    if (expected == null || ctx.method() == HandlerType.OPTIONS) {
      return;
    }
    String header = ctx.header("Authorization");
    if (header == null) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw ApiError.unauthorized("this server needs a token: send 'Authorization: Bearer <token>'");
    }
    if (!MessageDigest.isEqual(expected, header.getBytes(StandardCharsets.UTF_8))) {
      ctx.header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
      throw ApiError.unauthorized("the bearer token is wrong");
    }
  }
}
