package io.rolelens.server.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Checks {@code Authorization: Bearer <token>} when the server has a token. Compares in constant
 * time. Checked from the request's headers before a byte of its body is read, so a client without
 * the token cannot make the server hold a body. Thread-safe (immutable).
 */
public final class TokenGuard {
  /** How an {@code Authorization} header fares. */
  public enum Check {
    /** No token is needed, or the right one was sent. */
    PASSED("", ""),
    /** No {@code Authorization} header. */
    MISSING("this server needs a token: send 'Authorization: Bearer <token>'", "Bearer"),
    /** A header with another token or another scheme. */
    WRONG("the bearer token is wrong", "Bearer error=\"invalid_token\"");

    private final String message;
    private final String challenge;

    Check(String message, String challenge) {
      this.message = message;
      this.challenge = challenge;
    }

    /** The sentence a refused client gets. */
    public String message() {
      return message;
    }

    /** The {@code WWW-Authenticate} header value a refused client gets. */
    public String challenge() {
      return challenge;
    }
  }

  private final byte[] expected;

  /** A guard for this token, or one that lets everything through when the token is null. */
  public TokenGuard(String token) {
    this.expected = token == null ? null : ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
  }

  /** Checks an {@code Authorization} header value (null when absent). */
  public Check check(String authorization) {
    if (expected == null) {
      return Check.PASSED;
    }
    if (authorization == null) {
      return Check.MISSING;
    }
    return MessageDigest.isEqual(expected, authorization.getBytes(StandardCharsets.UTF_8))
        ? Check.PASSED
        : Check.WRONG;
  }
}
