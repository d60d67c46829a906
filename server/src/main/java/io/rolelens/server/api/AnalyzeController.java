package io.rolelens.server.api;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import io.javalin.http.Context;
import io.rolelens.analyzer.Analysis;
import io.rolelens.analyzer.AnalysisTimeoutException;
import io.rolelens.analyzer.RoleAnalyzer;
import io.rolelens.analyzer.json.AnalysisJson;
import io.rolelens.analyzer.json.BodySpans;
import io.rolelens.server.cache.AnalysisCache;
import io.rolelens.server.dto.AnalyzeRequest;
import io.rolelens.server.dto.AnalyzeRequestReader;
import io.rolelens.server.dto.BlockMapper;
import io.rolelens.server.error.ApiError;
import io.rolelens.server.market.Market;
import io.rolelens.server.market.MarketIndex;
import io.rolelens.server.market.MarketJson;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/**
 * {@code POST /api/v1/analyze}: reads {@code {title, text}} or {@code {title, blocks}}, answers
 * with the analysis JSON contract (plus {@code blockId} on body mentions when blocks were sent, and
 * {@code market} when the server has a posting index). Thread-safe.
 */
public final class AnalyzeController {
  private final RoleAnalyzer analyzer;
  private final AnalysisQueue answers;
  private final AnalysisCache cache;
  private final Readiness readiness;
  private final long maxBodyBytes;
  private final int maxMentions;
  private final MarketIndex market;
  private final AnalyzeRequestReader reader = new AnalyzeRequestReader();
  private final AnalysisJson json = new AnalysisJson();

  /** Writer buffers come from one pool shared by the server's threads. */
  private static final JsonFactory JSON_FACTORY =
      JsonFactory.builder().recyclerPool(JsonRecyclerPools.sharedConcurrentDequePool()).build();

  /**
   * @param answers where the analysis and the answer run once the request is read, in order
   * @param readiness told when an analysis runs out of memory
   * @param maxMentions the most mentions listed in one answer
   * @param market the posting index that puts each posting in its market, or null for none
   */
  public AnalyzeController(
      RoleAnalyzer analyzer,
      AnalysisQueue answers,
      AnalysisCache cache,
      Readiness readiness,
      long maxBodyBytes,
      int maxMentions,
      MarketIndex market) {
    this.analyzer = analyzer;
    this.answers = answers;
    this.cache = cache;
    this.readiness = readiness;
    this.maxBodyBytes = maxBodyBytes;
    this.maxMentions = maxMentions;
    this.market = market;
  }

  /** Handles one analyze call. */
  public void analyze(Context ctx) throws IOException {
    // The raw header: the servlet API parses its charset and throws on one it does not know.
    requireJson(ctx.header("Content-Type"));
    AnalyzeRequest request = reader.read(readBody(ctx));
    // The analysis and the answer run as a task of their own, queued behind the tasks already
    // waiting. Answering on this thread would let Jetty read this connection's next request
    // straight away, ahead of everyone else's: a client that answers fast enough keeps a thread
    // to itself while others wait seconds (measured, with virtual and with platform threads).
    CompletableFuture<Void> answered = new CompletableFuture<>();
    answers.submit(
        () -> {
          try {
            answer(ctx, request);
            answered.complete(null);
          } catch (OutOfMemoryError e) {
            readiness.outOfMemory();
            answered.completeExceptionally(ApiError.outOfMemory());
          } catch (Throwable t) {
            // The failure itself, not wrapped: Javalin maps it like one thrown here, and takes a
            // client that went away mid-answer (EofException) for what it is.
            answered.completeExceptionally(t);
          }
        });
    ctx.future(() -> answered);
  }

  private void answer(Context ctx, AnalyzeRequest request) throws IOException {
    String body = request.body();
    Analysis analysis;
    try {
      analysis = cache.get(request.title(), body, () -> analyzer.analyze(request.title(), body));
    } catch (AnalysisTimeoutException e) {
      throw ApiError.tooSlow(e.getMessage());
    }
    BodySpans spans = request.hasBlocks() ? new BlockMapper(request.blocks()) : BodySpans.AS_IS;
    Market context =
        market == null
            ? null
            : market.contextFor(
                analysis.title().role().id(),
                request.datePosted(),
                analysis.confusionScore(),
                body);
    ctx.contentType("application/json");
    // Streamed straight into the response: no tree, no byte[] copy. Jetty still sends a
    // Content-Length when the whole answer fits its output buffer. The servlet's own stream, not
    // Javalin's wrapper, which looks up headers to decide on compression the server never uses.
    try (JsonGenerator g =
        JSON_FACTORY.createGenerator(ctx.res().getOutputStream(), JsonEncoding.UTF8)) {
      json.write(
          analysis,
          context == null ? g : new TrailingFields(g, out -> MarketJson.writeField(context, out)),
          spans,
          maxMentions);
    }
  }

  private static void requireJson(String contentType) {
    if (contentType == null) {
      throw ApiError.badRequest(
          "wrong_content_type", "Content-Type is missing: send application/json");
    }
    String[] parts = contentType.split(";");
    String media = parts[0].strip().toLowerCase(Locale.ROOT);
    if (!media.equals("application/json")) {
      throw ApiError.badRequest(
          "wrong_content_type",
          "Content-Type must be application/json, was '" + contentType.strip() + "'");
    }
    for (int i = 1; i < parts.length; i++) {
      String param = parts[i].strip();
      int eq = param.indexOf('=');
      if (eq < 0 || !param.substring(0, eq).strip().equalsIgnoreCase("charset")) {
        continue;
      }
      String charset = param.substring(eq + 1).strip();
      if (charset.length() >= 2 && charset.startsWith("\"") && charset.endsWith("\"")) {
        charset = charset.substring(1, charset.length() - 1);
      }
      if (!charset.equalsIgnoreCase("utf-8") && !charset.equalsIgnoreCase("utf8")) {
        throw ApiError.unsupportedCharset(
            charset.length() > 40 ? charset.substring(0, 40) + "…" : charset);
      }
    }
  }

  private byte[] readBody(Context ctx) {
    try {
      return readBodyBytes(ctx);
    } catch (IOException e) {
      // The client stopped sending (idle timeout) or went away: nothing to analyse.
      throw ApiError.bodyNotReceived(e.getMessage());
    }
  }

  private byte[] readBodyBytes(Context ctx) throws IOException {
    long declared = ctx.req().getContentLengthLong();
    if (declared > maxBodyBytes) {
      throw ApiError.tooLarge(maxBodyBytes);
    }
    if (declared >= 0) {
      return ctx.req().getInputStream().readNBytes((int) declared);
    }
    // Chunked bodies declare no length: read one byte past the limit to tell.
    InputStream in = ctx.req().getInputStream();
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBodyBytes + 1));
    if (bytes.length > maxBodyBytes) {
      throw ApiError.tooLarge(maxBodyBytes);
    }
    return bytes;
  }
}
