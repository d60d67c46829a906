package io.rolelens.server.admission;

import io.rolelens.server.security.CorsRules;
import io.rolelens.server.security.TokenGuard;
import java.time.Duration;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The first handler every request meets, before the application: everything that can be decided
 * from a request's head is decided here, before a byte of its body is held. In order: the {@code
 * Host} must be one of the server's own names ({@link HostAllowList}, 421 otherwise); API calls
 * must carry the token when the server has one (401); a declared body must be within the limit
 * (413) and fit the {@link BodyBudget} (503 with {@code Retry-After}). Then the body is read as it
 * arrives, without a thread ({@link BodyLoader}), and must arrive in full within the body timeout
 * (408); only then does the application get the request, with its body in memory, so none of the
 * few worker threads ever waits for a client. Thread-safe.
 */
public final class AdmissionHandler extends Handler.Wrapper {
  /** Seconds a client refused for lack of room is asked to wait. */
  static final String RETRY_AFTER_SECONDS = "2";

  /** The longest a refused body is read and dropped before the refusal is sent. */
  static final Duration DRAIN_TIME = Duration.ofSeconds(2);

  /** Refused bodies declared longer than this are not read at all: the connection just closes. */
  static final long DRAIN_LIMIT = 32L * 1024 * 1024;

  private final HostAllowList hosts;
  private final CorsRules cors;
  private final TokenGuard token;
  private final String apiPrefix;
  private final BodyBudget budget;
  private final long maxBodyBytes;
  private final Duration bodyTimeout;

  /**
   * @param cors the application's CORS rules, which its refusals follow too
   * @param apiPrefix paths that start with it need the token, such as {@code /api/}
   * @param bodyTimeout how long a whole body may take to arrive
   */
  public AdmissionHandler(
      HostAllowList hosts,
      CorsRules cors,
      TokenGuard token,
      String apiPrefix,
      BodyBudget budget,
      long maxBodyBytes,
      Duration bodyTimeout) {
    this.hosts = hosts;
    this.cors = cors;
    this.token = token;
    this.apiPrefix = apiPrefix;
    this.budget = budget;
    this.maxBodyBytes = maxBodyBytes;
    this.bodyTimeout = bodyTimeout;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    String host = request.getHeaders().get(HttpHeader.HOST);
    if (!hosts.allows(host)) {
      refuse(
          request,
          response,
          callback,
          new EarlyAnswer(
              421,
              "unknown_host",
              "this server answers only to its own names and addresses, and '"
                  + shorten(host)
                  + "' is not one (start it with --allowed-host NAME to add a name)"));
      return true;
    }
    if (request.getHttpURI().getPath().startsWith(apiPrefix)
        && !HttpMethod.OPTIONS.is(request.getMethod())) {
      TokenGuard.Check check = token.check(request.getHeaders().get(HttpHeader.AUTHORIZATION));
      if (check != TokenGuard.Check.PASSED) {
        refuse(
            request,
            response,
            callback,
            new EarlyAnswer(
                401,
                "unauthorized",
                check.message(),
                Map.of("WWW-Authenticate", check.challenge())));
        return true;
      }
    }
    long declared = request.getLength();
    boolean chunked = isChunked(request);
    if (declared <= 0 && !chunked) {
      return super.handle(request, response, callback);
    }
    if (declared > maxBodyBytes) {
      refuse(request, response, callback, new EarlyAnswer(413, "body_too_large", tooLarge()));
      return true;
    }
    BodyBudget.Reservation reservation =
        budget.tryReserve(Request.getRemoteAddr(request), chunked ? maxBodyBytes : declared);
    if (reservation == null) {
      refuse(
          request,
          response,
          callback,
          new EarlyAnswer(
              503,
              "busy",
              "the server is holding as many request bodies as it has room for; try again in a"
                  + " moment",
              Map.of("Retry-After", RETRY_AFTER_SECONDS)));
      return true;
    }
    Callback released = Callback.from(callback, reservation::close);
    new BodyLoader(request, maxBodyBytes, true, new Outcome(request, response, released))
        .start(bodyTimeout);
    return true;
  }

  /** Hands a fully read body on to the application, or answers what went wrong. */
  private final class Outcome implements BodyLoader.Outcome {
    private final Request request;
    private final Response response;
    private final Callback callback;

    /** Whether the loader is still inside {@link #handle}, on a worker thread that may go on. */
    private final Thread handling = Thread.currentThread();

    Outcome(Request request, Response response, Callback callback) {
      this.request = request;
      this.response = response;
      this.callback = callback;
    }

    @Override
    public void arrived(byte[] body, int length) {
      Runnable next =
          () -> handleLoaded(new LoadedRequest(request, body, length), response, callback);
      if (Thread.currentThread() == handling) {
        next.run();
      } else {
        // Called on Jetty's network thread, which must never run application code.
        request.getContext().execute(next);
      }
    }

    @Override
    public void tooLarge() {
      // A body of undeclared length that outgrew the limit: the client may still be sending, so
      // the rest is read and dropped first (as every refusal does), else closing with unread bytes
      // resets the connection and the client never hears why (seen now and then in BadInputTest).
      refuse(
          request,
          response,
          callback,
          new EarlyAnswer(413, "body_too_large", AdmissionHandler.this.tooLarge()));
    }

    @Override
    public void late() {
      new EarlyAnswer(
              408,
              "body_not_received",
              "the request body did not arrive in full within " + seconds(bodyTimeout))
          .send(request, response, callback, cors);
    }

    @Override
    public void failed(Throwable cause) {
      new EarlyAnswer(
              408,
              "body_not_received",
              "the request body did not arrive in full ("
                  + (cause.getMessage() == null
                      ? cause.getClass().getSimpleName()
                      : cause.getMessage())
                  + ")")
          .send(request, response, callback, cors);
    }
  }

  private void handleLoaded(Request request, Response response, Callback callback) {
    try {
      if (!super.handle(request, response, callback)) {
        Response.writeError(request, response, callback, 404);
      }
    } catch (Throwable t) {
      Response.writeError(request, response, callback, t);
    }
  }

  /**
   * Answers with an error after reading and dropping what the client is still sending, so it gets
   * the answer rather than a reset connection; bodies declared too long to drain are not read.
   */
  private void refuse(Request request, Response response, Callback callback, EarlyAnswer error) {
    long declared = request.getLength();
    Runnable answer = () -> error.send(request, response, callback, cors);
    if ((declared <= 0 && !isChunked(request)) || declared > DRAIN_LIMIT) {
      answer.run();
      return;
    }
    new BodyLoader(request, DRAIN_LIMIT, false, BodyLoader.Outcome.always(answer))
        .start(DRAIN_TIME);
  }

  /** Whether a request sends a body of undeclared length. */
  private static boolean isChunked(Request request) {
    return request.getLength() < 0 && request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING);
  }

  private String tooLarge() {
    return "request body is larger than the limit of " + maxBodyBytes + " bytes";
  }

  private static String seconds(Duration d) {
    long millis = d.toMillis();
    return millis % 1000 == 0
        ? millis / 1000 + " s"
        : String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
  }

  private static String shorten(String s) {
    return s.length() <= 60 ? s : s.substring(0, 60) + "…";
  }
}
