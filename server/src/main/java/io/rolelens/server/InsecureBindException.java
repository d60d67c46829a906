package io.rolelens.server;

/** The server refuses to listen beyond this machine without a bearer token. */
public final class InsecureBindException extends IllegalStateException {
  InsecureBindException(String host) {
    super(
        "refusing to listen on "
            + host
            + " without a token: anyone who can reach it could use the API. Bind to 127.0.0.1, or"
            + " set a token with --token or the ROLELENS_TOKEN environment variable.");
  }
}
