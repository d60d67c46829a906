package io.rolelens.server.api;

import io.javalin.http.Context;
import io.rolelens.server.cache.AnalysisCache;

/**
 * {@code GET /health} (the process answers) and {@code GET /ready} (models loaded: the analyzer is
 * built before the app is created, so a server that answers is ready). Thread-safe.
 */
public final class HealthController {
  private final String lexiconVersion;
  private final AnalysisCache cache;

  public HealthController(String lexiconVersion, AnalysisCache cache) {
    this.lexiconVersion = lexiconVersion;
    this.cache = cache;
  }

  /** Liveness. */
  public void health(Context ctx) {
    ctx.contentType("application/json").result("{\"status\":\"ok\"}");
  }

  /** Readiness, with the lexicon version and the cache's size. */
  public void ready(Context ctx) {
    ctx.contentType("application/json")
        .result(
            "{\"status\":\"ready\",\"lexiconVersion\":\"" + lexiconVersion + "\",\"cachedAnalyses\":" + cache.size() + "}");
  }
}
