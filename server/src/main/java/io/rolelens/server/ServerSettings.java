package io.rolelens.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How the highlight server listens and what it lets through. Build one with {@link #builder()};
 * every default lives in the builder.
 *
 * @param host the address to bind, such as {@code 127.0.0.1}
 * @param port the port to bind; 0 picks a free one
 * @param token the bearer token every API call must carry, or null for none (loopback only)
 * @param maxBodyBytes the largest request body accepted; larger ones get 413
 * @param extensionOrigins exact extension origins allowed by CORS (such as {@code
 *     chrome-extension://abcdef…}); empty allows every {@code chrome-extension://} and {@code
 *     moz-extension://} origin
 * @param cacheSize how many analyses the LRU cache keeps; 0 disables it
 * @param threads the worker threads that read, analyse and answer requests, taking tasks from one
 *     queue in order (default: one per CPU)
 */
public record ServerSettings(
    String host, int port, String token, long maxBodyBytes, List<String> extensionOrigins, int cacheSize, int threads) {

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
            "extension origin must start with chrome-extension:// or moz-extension://, was '" + origin + "'");
      }
    }
    if (cacheSize < 0) {
      throw new IllegalArgumentException("cacheSize must be 0 (off) or more, was " + cacheSize);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be positive, was " + threads);
    }
  }

  /** Starts from the defaults: {@code 127.0.0.1:7070}, no token, 1 MB bodies, any extension, 1,024 cached, one thread per CPU. */
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
    private int threads = Runtime.getRuntime().availableProcessors();

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

    /** How many analyses to cache (default 1,024; 0 turns the cache off). */
    public Builder cacheSize(int cacheSize) {
      this.cacheSize = cacheSize;
      return this;
    }

    /**
     * The worker threads that read, analyse and answer requests (default: one per CPU: no thread
     * waits for a request body, so each can keep a CPU busy, and more only take turns on the CPUs).
     */
    public Builder threads(int threads) {
      this.threads = threads;
      return this;
    }

    public ServerSettings build() {
      return new ServerSettings(host, port, token, maxBodyBytes, extensionOrigins, cacheSize, threads);
    }
  }
}
