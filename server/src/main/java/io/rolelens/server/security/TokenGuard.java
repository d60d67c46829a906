package io.rolelens.server.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Checks {@code Authorization: Bearer <token>} when the server has a token. The scheme is read in
 * any case ({@code bearer}, {@code BEARER}), as RFC 7235 §2.1 has it; the token is compared in
 * constant time. Checked from the request's headers before a byte of its body is read, so a client
 * without the token cannot make the server hold a body. Thread-safe (immutable).
 */
public final class TokenGuard {
  /** How an {@code Authorization} header fares. */
  public enum Check {
    /** No token is needed, or the right one was sent. */
    PASSED,
    /** No {@code Authorization} header. */
    MISSING,
    /** A header with another token or another scheme. */
    WRONG;

    /** The sentence a refused client gets (empty when it passed). */
    public String message() {
      return switch (this) {
        case PASSED -> "";
        case MISSING -> "this server needs a token: send 'Authorization: Bearer <token>'";
        case WRONG -> "the bearer token is wrong";
      };
    }

    /** The {@code WWW-Authenticate} header value a refused client gets (empty when it passed). */
    public String challenge() {
      return switch (this) {
        case PASSED -> "";
        case MISSING -> "Bearer";
        case WRONG -> "Bearer error=\"invalid_token\"";
      };
    }
  }

  private static final String SCHEME = "Bearer";

  private final byte[] expected;

  /** A guard for this token, or one that lets everything through when the token is null. */
  public TokenGuard(String token) {
    this.expected = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
  }

  /** Checks an {@code Authorization} header value (null when absent). */
  public Check check(String authorization) {
    if (expected == null) {
      return Check.PASSED;
    }
    if (authorization == null) {
      return Check.MISSING;
    }
    int space = authorization.indexOf(' ');
    // The scheme is no secret; only the token is compared in constant time.
    if (space != SCHEME.length() || !authorization.regionMatches(true, 0, SCHEME, 0, space)) {
      return Check.WRONG;
    }
    byte[] sent = authorization.substring(space).stripLeading().getBytes(StandardCharsets.UTF_8);
    return MessageDigest.isEqual(expected, sent) ? Check.PASSED : Check.WRONG;
  }
}
