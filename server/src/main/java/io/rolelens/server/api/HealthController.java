package io.rolelens.server.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.rolelens.server.cache.AnalysisCache;
import java.util.List;

/**
 * {@code GET /health} (the process answers) and {@code GET /ready} (it can answer an analysis now:
 * see {@link Readiness}; 503 with the reasons when not). Both run on the threads that read
 * requests, never queued behind analyses. Thread-safe.
 */
public final class HealthController {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String lexiconVersion;
  private final AnalysisCache cache;
  private final AnalysisQueue queue;
  private final Readiness readiness;

  public HealthController(
      String lexiconVersion, AnalysisCache cache, AnalysisQueue queue, Readiness readiness) {
    this.lexiconVersion = lexiconVersion;
    this.cache = cache;
    this.queue = queue;
    this.readiness = readiness;
  }

  /** Liveness. */
  public void health(Context ctx) {
    ctx.contentType("application/json").result("{\"status\":\"ok\"}");
  }

  /** Readiness, with the lexicon version, the cache's size and the analyses waiting. */
  public void ready(Context ctx) {
    List<String> problems = readiness.problems();
    ObjectNode body = JSON.createObjectNode();
    body.put("status", problems.isEmpty() ? "ready" : "not_ready");
    body.put("lexiconVersion", lexiconVersion);
    body.put("cachedAnalyses", cache.size());
    body.put("waitingAnalyses", queue.waiting());
    if (!problems.isEmpty()) {
      ArrayNode list = body.putArray("problems");
      problems.forEach(list::add);
    }
    ctx.status(problems.isEmpty() ? 200 : 503)
        .contentType("application/json")
        .result(body.toString());
  }
}
