package io.rolelens.server.admission;

import io.rolelens.server.error.ErrorBody;
import io.rolelens.server.security.CorsRules;
import io.rolelens.server.security.SecurityHeaders;
import java.nio.ByteBuffer;
import java.util.Map;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * An error answered before the application sees the request (wrong host, missing token, no room for
 * the body, a body that did not arrive): the same JSON error shape and security headers as every
 * other answer, CORS headers as the application gives them (so a client at an allowed origin can
 * read the reason), and the connection closed after it, since the rest of the request may still be
 * on its way. Immutable.
 *
 * @param status the HTTP status
 * @param code the stable error code, such as {@code body_too_large}
 * @param message what went wrong, for a person
 * @param headers headers the answer carries besides the usual ones ({@code Retry-After}, …)
 */
record EarlyAnswer(int status, String code, String message, Map<String, String> headers) {
  /** An answer with no extra headers. */
  EarlyAnswer(int status, String code, String message) {
    this(status, code, message, Map.of());
  }

  /** Writes the error to {@code request} and completes {@code callback} once it is sent. */
  void send(Request request, Response response, Callback callback, CorsRules cors) {
    if (response.isCommitted()) {
      callback.failed(
          new IllegalStateException("answer already started; cannot send " + status + " " + code));
      return;
    }
    response.setStatus(status);
    HttpFields.Mutable fields = response.getHeaders();
    SecurityHeaders.apply(fields);
    cors.apply(request, fields);
    fields.put(HttpHeader.CONTENT_TYPE, "application/json");
    fields.put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
    headers.forEach(fields::put);
    response.write(true, ByteBuffer.wrap(ErrorBody.bytes(status, code, message)), callback);
  }
}
