package io.rolelens.server.admission;

import io.rolelens.server.error.ErrorBody;
import io.rolelens.server.security.SecurityHeaders;
import java.nio.ByteBuffer;
import java.util.Map;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * An error answered before the application sees the request (wrong host, missing token, no room for
 * the body, a body that did not arrive): the same JSON error shape and security headers as every
 * other answer, and the connection closed after it, since the rest of the request may still be on
 * its way. Stateless.
 */
final class EarlyAnswer {
  private EarlyAnswer() {}

  /** Writes the error and completes {@code callback} once it is sent. */
  static void send(
      Response response,
      Callback callback,
      int status,
      String code,
      String message,
      Map<String, String> headers) {
    if (response.isCommitted()) {
      callback.failed(
          new IllegalStateException("answer already started; cannot send " + status + " " + code));
      return;
    }
    response.setStatus(status);
    HttpFields.Mutable fields = response.getHeaders();
    SecurityHeaders.apply(fields);
    fields.put(HttpHeader.CONTENT_TYPE, "application/json");
    fields.put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
    headers.forEach(fields::put);
    response.write(true, ByteBuffer.wrap(ErrorBody.bytes(status, code, message)), callback);
  }
}
