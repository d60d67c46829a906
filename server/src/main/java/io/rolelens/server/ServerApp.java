package io.rolelens.server;

import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import io.rolelens.analyzer.RoleAnalyzer;
import io.rolelens.server.admission.AdmissionHandler;
import io.rolelens.server.admission.BodyBudget;
import io.rolelens.server.admission.HostAllowList;
import io.rolelens.server.api.AnalysisQueue;
import io.rolelens.server.api.AnalyzeController;
import io.rolelens.server.api.HealthController;
import io.rolelens.server.api.LexiconController;
import io.rolelens.server.api.Readiness;
import io.rolelens.server.api.RoleStyles;
import io.rolelens.server.api.StaticResources;
import io.rolelens.server.cache.AnalysisCache;
import io.rolelens.server.error.ErrorMapping;
import io.rolelens.server.error.JsonErrorHandler;
import io.rolelens.server.market.MarketIndex;
import io.rolelens.server.security.CorsRules;
import io.rolelens.server.security.SecurityHeaders;
import io.rolelens.server.security.TokenGuard;
import java.util.Objects;

/**
 * The front door of the highlight server: builds the Javalin app with every route, limit, CORS rule
 * and error mapping configured up front.
 *
 * <pre>{@code
 * RoleAnalyzer analyzer = RoleAnalyzer.builder().build();         // loads models once
 * Javalin app = ServerApp.create(analyzer, ServerSettings.builder().build());
 * app.start();                                                     // http://127.0.0.1:7070/
 * }</pre>
 *
 * <p>Routes: {@code GET /} (the page), {@code POST /api/v1/analyze}, {@code GET /api/v1/lexicon},
 * {@code GET /api/v1/openapi.json}, {@code GET /health}, {@code GET /ready}; each GET route answers
 * HEAD too. The app is thread-safe; the analyzer is shared by all requests.
 */
public final class ServerApp {
  /** Where the API lives. */
  public static final String API = "/api/v1";

  private static final String PAGE = "/io/rolelens/server/page/";

  private ServerApp() {}

  /**
   * Creates the app, unstarted, with no posting index: answers carry no {@code market}.
   *
   * @throws InsecureBindException when the host is not loopback and no token is set
   */
  public static Javalin create(RoleAnalyzer analyzer, ServerSettings settings) {
    return create(analyzer, settings, null);
  }

  /**
   * Creates the app, unstarted; with a posting index, each analysis answer carries its {@code
   * market}.
   *
   * @param market the index from {@code rolelens index}, or null for none; the app does not close
   *     it
   * @throws InsecureBindException when the host is not loopback and no token is set
   */
  public static Javalin create(RoleAnalyzer analyzer, ServerSettings settings, MarketIndex market) {
    Objects.requireNonNull(analyzer, "analyzer");
    Objects.requireNonNull(settings, "settings");
    if (!settings.isLoopback() && !settings.requiresToken()) {
      throw new InsecureBindException(settings.host());
    }
    AnalysisCache cache =
        new AnalysisCache(
            settings.cacheSize(), settings.cacheBytes(), analyzer.lexicon().version());
    AnalysisQueue analyses = new AnalysisQueue(settings.threads());
    Readiness readiness = new Readiness(analyses);
    AnalyzeController analyze =
        new AnalyzeController(
            analyzer,
            analyses,
            cache,
            readiness,
            settings.maxBodyBytes(),
            settings.maxMentions(),
            market);
    LexiconController lexicon = new LexiconController(analyzer.lexicon());
    HealthController health =
        new HealthController(analyzer.lexicon().version(), cache, analyses, readiness);
    StaticResources page =
        StaticResources.load(PAGE, "index.html", "app.js", "app.css", "examples.json");
    StaticResources docs = StaticResources.load("/io/rolelens/server/api/", "openapi.json");
    HostAllowList hosts = new HostAllowList(settings.host(), settings.allowedHosts());
    CorsRules cors = new CorsRules(settings, hosts);
    AdmissionHandler admission =
        new AdmissionHandler(
            hosts,
            cors,
            new TokenGuard(settings.token()),
            API + "/",
            new BodyBudget(settings.maxInflightBytes(), settings.maxInflightBytesPerClient()),
            settings.maxBodyBytes(),
            settings.bodyTimeout());

    return Javalin.create(
        config -> {
          config.startup.showJavalinBanner = false;
          config.startup.showOldJavalinVersionWarning = false;
          // A few threads read requests; analyses run on their own threads (see ServerThreads).
          config.jetty.threadPool = ServerThreads.pool();
          config.jetty.modifyServer(
              server -> {
                // Host, token and room for the body are checked, and the body read, before the app.
                server.setHandler(admission);
                server.setErrorHandler(new JsonErrorHandler());
              });
          config.jetty.addConnector(
              (server, http) -> ServerThreads.connector(server, http, settings));
          config.events.serverStopping(analyses::shutdown);
          config.events.serverStopped(analyses::shutdown);
          config.http.maxRequestSize = settings.maxBodyBytes();
          config.http.generateEtags = false;
          // Answers are a few kilobytes, mostly to a browser on the same machine: gzip (which
          // browsers ask for) would cost about 35 µs of CPU per answer, a seventh of an analysis,
          // to save nothing on loopback.
          config.http.compressionStrategy = CompressionStrategy.NONE;
          ErrorMapping.register(config);

          config.routes.before(SecurityHeaders::apply);
          config.routes.before(cors::apply);

          getAndHead(config.routes, "/", page.serve("index.html"));
          getAndHead(config.routes, "/app.js", page.serve("app.js"));
          getAndHead(config.routes, "/app.css", page.serve("app.css"));
          getAndHead(config.routes, "/roles.css", new RoleStyles()::serve);
          getAndHead(config.routes, "/examples.json", page.serve("examples.json"));
          getAndHead(config.routes, "/health", health::health);
          getAndHead(config.routes, "/ready", health::ready);

          config.routes.post(API + "/analyze", analyze::analyze);
          getAndHead(config.routes, API + "/lexicon", lexicon::lexicon);
          getAndHead(config.routes, API + "/openapi.json", docs.serve("openapi.json"));
          config.routes.options(API + "/*", cors::preflight);
          config.routes.options("/health", cors::preflight);
          config.routes.options("/ready", cors::preflight);
        });
  }

  /**
   * A GET route that answers HEAD the same way: Javalin would answer HEAD on a GET route without
   * running it, so with another Content-Type; run, it gets GET's status and headers, and Jetty
   * leaves the body out.
   */
  private static void getAndHead(RoutesConfig routes, String path, Handler handler) {
    routes.get(path, handler);
    routes.head(path, handler);
  }
}
