package io.rolelens.cli;

import io.rolelens.server.ServerSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The options of {@code rolelens serve}, and the server settings they make: where it binds, the
 * token, the limits on bodies, memory, threads and time, the cache, and the market index.
 */
final class ServeOptions {
  @Option(
      names = "--host",
      paramLabel = "HOST",
      defaultValue = "127.0.0.1",
      description = "Address to bind (default: ${DEFAULT-VALUE}).")
  String host;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      defaultValue = "7070",
      description = "Port to bind; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--token",
      paramLabel = "TOKEN",
      defaultValue = "${env:ROLELENS_TOKEN}",
      description =
          "Bearer token every API call must carry (default: the ROLELENS_TOKEN environment"
              + " variable).")
  String token;

  @Option(
      names = "--cache-size",
      paramLabel = "N",
      defaultValue = "1024",
      description =
          "Most analyses kept in the cache, and with --index the similar postings of as many"
              + " bodies; 0 turns both off (default: ${DEFAULT-VALUE}).")
  int cacheSize;

  @Option(
      names = "--cache-bytes",
      paramLabel = "N",
      defaultValue = "16777216",
      description =
          "Most memory, by estimate, that cached analyses may hold (default: ${DEFAULT-VALUE}).")
  long cacheBytes;

  @Option(
      names = "--max-body-bytes",
      paramLabel = "N",
      defaultValue = "1048576",
      description = "Largest request body; larger ones get 413 (default: ${DEFAULT-VALUE}).")
  long maxBodyBytes;

  @Option(
      names = "--max-inflight-bytes",
      paramLabel = "N",
      defaultValue = "67108864",
      description =
          "Most request-body bytes held at once, read, queued or being analysed; more get 503 with"
              + " Retry-After. A quarter is kept for bodies of 64 KB or less (default:"
              + " ${DEFAULT-VALUE}).")
  long maxInflightBytes;

  @Option(
      names = "--max-inflight-bytes-per-client",
      paramLabel = "N",
      defaultValue = "16777216",
      description =
          "Most bytes of bodies over 64 KB one client address may have in flight (default:"
              + " ${DEFAULT-VALUE}).")
  long maxInflightBytesPerClient;

  @Option(
      names = "--body-timeout",
      paramLabel = "SECONDS",
      defaultValue = "10",
      description =
          "Seconds a request body may take to arrive in full; slower ones get 408 (default:"
              + " ${DEFAULT-VALUE}).")
  double bodyTimeoutSeconds;

  @Option(
      names = "--analysis-timeout",
      paramLabel = "MS",
      defaultValue = "500",
      description =
          "Milliseconds one analysis may run before it stops with 422 analysis_timeout; 0 for no"
              + " limit (default: ${DEFAULT-VALUE}; ordinary postings take under 1 ms).")
  long analysisTimeoutMillis;

  @Option(
      names = "--max-mentions",
      paramLabel = "N",
      defaultValue = "1000",
      description =
          "Most mentions listed in one answer; the answer says when there were more (default:"
              + " ${DEFAULT-VALUE}).")
  int maxMentions;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description =
          "Threads that analyse and answer requests, taking them in order (default: one per CPU).")
  Integer threads;

  @Option(
      names = "--allowed-host",
      paramLabel = "NAME",
      description =
          "Also answer requests whose Host is NAME (repeatable). Always answered: localhost, the"
              + " bound host and IP addresses; other names get 421, which stops web pages that"
              + " point their own names at this machine (DNS rebinding).")
  List<String> allowedHosts = List.of();

  @Option(
      names = "--extension-origin",
      paramLabel = "ORIGIN",
      description =
          "Allow only this extension origin, e.g. chrome-extension://<id> (repeatable; default: any"
              + " extension).")
  List<String> extensionOrigins = List.of();

  @Option(
      names = "--index",
      paramLabel = "DIR",
      description =
          "A posting index from 'rolelens index': each analysis then carries its market, how"
              + " postings with the same title role read that quarter (default: none).")
  Path index;

  /**
   * The server settings these options give.
   *
   * @throws IllegalArgumentException naming the option whose value is out of range
   */
  ServerSettings settings() {
    ServerSettings.Builder builder =
        ServerSettings.builder()
            .host(host)
            .port(port)
            .token(token)
            .cacheSize(cacheSize)
            .cacheBytes(cacheBytes)
            .maxBodyBytes(maxBodyBytes)
            .maxInflightBytes(maxInflightBytes)
            .maxInflightBytesPerClient(maxInflightBytesPerClient)
            .bodyTimeout(seconds(bodyTimeoutSeconds, "--body-timeout"))
            .maxMentions(maxMentions)
            .allowedHosts(allowedHosts)
            .extensionOrigins(extensionOrigins);
    if (threads != null) {
      builder.threads(threads);
    }
    ServerSettings settings = builder.build();
    analysisTimeout();
    return settings;
  }

  /**
   * The longest an analysis may run, zero for no limit.
   *
   * @throws IllegalArgumentException when negative
   */
  Duration analysisTimeout() {
    if (analysisTimeoutMillis < 0) {
      throw new IllegalArgumentException(
          "--analysis-timeout must be 0 (no limit) or more milliseconds, was "
              + analysisTimeoutMillis);
    }
    return Duration.ofMillis(analysisTimeoutMillis);
  }

  /** The settings' names for their values, as the options a user of this command typed. */
  private static final String[][] OPTION_NAMES = {
    {"maxInflightBytesPerClient", "--max-inflight-bytes-per-client"},
    {"maxInflightBytes", "--max-inflight-bytes"},
    {"maxBodyBytes", "--max-body-bytes"},
    {"cacheBytes", "--cache-bytes"},
    {"cacheSize", "--cache-size"},
    {"maxMentions", "--max-mentions"},
    {"threads must", "--threads must"},
    {"bodyTimeout", "--body-timeout"},
  };

  /** {@code message} with the settings' names written as the options a user typed. */
  static String asOptions(String message) {
    String text = message;
    for (String[] name : OPTION_NAMES) {
      text = text.replace(name[0], name[1]);
    }
    return text;
  }

  private static Duration seconds(double seconds, String option) {
    if (!(seconds > 0) || seconds > 3600) {
      throw new IllegalArgumentException(
          option + " must be more than 0 and at most 3600 seconds, was " + seconds);
    }
    return Duration.ofMillis(Math.max(1, Math.round(seconds * 1000)));
  }
}
