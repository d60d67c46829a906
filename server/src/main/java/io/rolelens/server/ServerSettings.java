package io.rolelens.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How the highlight server listens and what it lets through. Build one with {@link #builder()};
 * every default lives in the builder.
 *
 * <p>Over 250 lines on purpose: it is every limit the server has, each with its default, its check
 * and its reason, in one immutable value and its builder; split, a default would stand apart from
 * the check that keeps it sane.
 *
 * @param host the address to bind, such as {@code 127.0.0.1}
 * @param port the port to bind; 0 picks a free one
 * @param token the bearer token every API call must carry, or null for none (loopback only)
 * @param maxBodyBytes the largest request body accepted; larger ones get 413
 * @param extensionOrigins exact extension origins allowed by CORS (such as {@code
 *     chrome-extension://abcdef…}); empty allows every {@code chrome-extension://} and {@code
 *     moz-extension://} origin
 * @param cacheSize how many analyses the cache keeps at most; 0 disables it
 * @param cacheBytes how much memory, by estimate, cached analyses may hold
 * @param threads the threads that analyse and answer requests, taking them from one queue in order
 *     (default: one per CPU)
 * @param allowedHosts names besides {@code localhost}, the bound host and IP addresses that
 *     requests may carry in {@code Host}
 * @param bodyTimeout how long a request body may take to arrive in full; slower ones get 408
 * @param maxInflightBytes the most request-body bytes held at once (read, queued or being
 *     analysed); requests beyond it get 503
 * @param maxInflightBytesPerClient the most bytes of large bodies one client address may have in
 *     flight
 * @param maxMentions the most mentions listed in one answer (the answer says when it has more)
 */
public record ServerSettings(
    String host,
    int port,
    String token,
    long maxBodyBytes,
    List<String> extensionOrigins,
    int cacheSize,
    long cacheBytes,
    int threads,
    List<String> allowedHosts,
    Duration bodyTimeout,
    long maxInflightBytes,
    long maxInflightBytesPerClient,
    int maxMentions) {

  public ServerSettings {
    Objects.requireNonNull(host, "host");
    if (host.isBlank()) {
      throw new IllegalArgumentException("host is blank: give an address such as 127.0.0.1");
    }
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be in 0..65535, was " + port);
    }
    if (token != null && token.isBlank()) {
      token = null;
    }
    if (maxBodyBytes < 1) {
      throw new IllegalArgumentException("maxBodyBytes must be positive, was " + maxBodyBytes);
    }
    extensionOrigins = List.copyOf(extensionOrigins);
    for (String origin : extensionOrigins) {
      if (!origin.startsWith("chrome-extension://") && !origin.startsWith("moz-extension://")) {
        throw new IllegalArgumentException(
            "extension origin must start with chrome-extension:// or moz-extension://, was '"
                + origin
                + "'");
      }
    }
    if (cacheSize < 0) {
      throw new IllegalArgumentException("cacheSize must be 0 (off) or more, was " + cacheSize);
    }
    if (cacheBytes < 1) {
      throw new IllegalArgumentException("cacheBytes must be positive, was " + cacheBytes);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be positive, was " + threads);
    }
    allowedHosts = List.copyOf(allowedHosts);
    for (String name : allowedHosts) {
      if (name.isBlank() || name.contains("/") || name.contains(" ")) {
        throw new IllegalArgumentException(
            "allowed host must be a host name such as rolelens.example.org, was '" + name + "'");
      }
    }
    if (bodyTimeout == null || bodyTimeout.toMillis() < 1) {
      throw new IllegalArgumentException("bodyTimeout must be at least 1 ms, was " + bodyTimeout);
    }
    if (maxInflightBytesPerClient < maxBodyBytes) {
      throw new IllegalArgumentException(
          "maxInflightBytesPerClient ("
              + maxInflightBytesPerClient
              + ") must be at least maxBodyBytes ("
              + maxBodyBytes
              + "), or no large body could ever be taken");
    }
    if (maxInflightBytes - maxInflightBytes / 4 < maxBodyBytes
        || maxInflightBytes < 4 * 64 * 1024) {
      throw new IllegalArgumentException(
          "maxInflightBytes ("
              + maxInflightBytes
              + ") must be at least 4/3 of maxBodyBytes ("
              + maxBodyBytes
              + ") and 256 KB: a quarter is kept for small bodies");
    }
    if (maxMentions < 0) {
      throw new IllegalArgumentException("maxMentions must be 0 or more, was " + maxMentions);
    }
  }

  /**
   * Starts from the defaults: {@code 127.0.0.1:7070}, no token, 1 MB bodies arriving within 10 s,
   * 64 MB of bodies in flight (16 MB per client), any extension, 1,024 cached analyses in at most
   * 16 MB, one thread per CPU, 1,000 mentions per answer.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Whether the host is a loopback address, so only this machine can connect. */
  public boolean isLoopback() {
    String h = host.toLowerCase(Locale.ROOT);
    if (h.equals("localhost")) {
      return true;
    }
    try {
      return InetAddress.getByName(h).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  /** Whether API calls must carry {@code Authorization: Bearer <token>}. */
  public boolean requiresToken() {
    return token != null;
  }

  /** Configures {@link ServerSettings}; the defaults live here and nowhere else. */
  public static final class Builder {
    private String host = "127.0.0.1";
    private int port = 7070;
    private String token;
    private long maxBodyBytes = 1024 * 1024;
    private List<String> extensionOrigins = List.of();
    private int cacheSize = 1024;
    private long cacheBytes = 16L * 1024 * 1024;
    private int threads = Runtime.getRuntime().availableProcessors();
    private List<String> allowedHosts = List.of();
    private Duration bodyTimeout = Duration.ofSeconds(10);
    private long maxInflightBytes = 64L * 1024 * 1024;
    private long maxInflightBytesPerClient = 16L * 1024 * 1024;
    private int maxMentions = 1000;

    private Builder() {}

    /** The address to bind (default {@code 127.0.0.1}). */
    public Builder host(String host) {
      this.host = host;
      return this;
    }

    /** The port to bind (default 7070; 0 picks a free one). */
    public Builder port(int port) {
      this.port = port;
      return this;
    }

    /** The bearer token API calls must carry (default none; required off loopback). */
    public Builder token(String token) {
      this.token = token;
      return this;
    }

    /** The largest request body in bytes (default 1 MB = 1,048,576). */
    public Builder maxBodyBytes(long maxBodyBytes) {
      this.maxBodyBytes = maxBodyBytes;
      return this;
    }

    /** Exact extension origins allowed by CORS (default: any extension). */
    public Builder extensionOrigins(List<String> origins) {
      this.extensionOrigins = origins;
      return this;
    }

    /** How many analyses to cache at most (default 1,024; 0 turns the cache off). */
    public Builder cacheSize(int cacheSize) {
      this.cacheSize = cacheSize;
      return this;
    }

    /** How much memory, by estimate, cached analyses may hold (default 16 MB). */
    public Builder cacheBytes(long cacheBytes) {
      this.cacheBytes = cacheBytes;
      return this;
    }

    /** Further host names requests may carry in {@code Host} (default none). */
    public Builder allowedHosts(List<String> names) {
      this.allowedHosts = names;
      return this;
    }

    /** How long a request body may take to arrive in full (default 10 s); slower ones get 408. */
    public Builder bodyTimeout(Duration timeout) {
      this.bodyTimeout = timeout;
      return this;
    }

    /** The most request-body bytes held at once (default 64 MB); requests beyond it get 503. */
    public Builder maxInflightBytes(long bytes) {
      this.maxInflightBytes = bytes;
      return this;
    }

    /** The most bytes of large bodies one client address may have in flight (default 16 MB). */
    public Builder maxInflightBytesPerClient(long bytes) {
      this.maxInflightBytesPerClient = bytes;
      return this;
    }

    /** The most mentions listed in one answer (default 1,000). */
    public Builder maxMentions(int maxMentions) {
      this.maxMentions = maxMentions;
      return this;
    }

    /**
     * The threads that analyse and answer requests (default: one per CPU: an analysis is CPU work,
     * so more only take turns on the CPUs).
     */
    public Builder threads(int threads) {
      this.threads = threads;
      return this;
    }

    public ServerSettings build() {
      return new ServerSettings(
          host,
          port,
          token,
          maxBodyBytes,
          extensionOrigins,
          cacheSize,
          cacheBytes,
          threads,
          allowedHosts,
          bodyTimeout,
          maxInflightBytes,
          maxInflightBytesPerClient,
          maxMentions);
    }
  }
}
