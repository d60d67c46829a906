package io.rolelens.server.error;

import io.rolelens.server.security.SecurityHeaders;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own error answers (a request line or headers it cannot parse, 400; a URI too long, 414;
 * headers too large, 431; and any error raised before the application has the request) in the same
 * JSON shape and with the same security headers as every other answer, instead of Jetty's HTML
 * page. Thread-safe (stateless).
 */
public final class JsonErrorHandler extends ErrorHandler {
  /**
   * Every method gets the error, not only GET, POST and HEAD as Jetty's default has it: a preflight
   * refused with 431 or 414 would otherwise get an empty answer that says nothing.
   */
  @Override
  public boolean errorPageForMethod(String method) {
    return true;
  }

  @Override
  protected void generateResponse(
      Request request,
      Response response,
      int code,
      String message,
      Throwable cause,
      Callback callback) {
    SecurityHeaders.apply(response.getHeaders());
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
    String text =
        message == null || message.isBlank() || message.startsWith("org.eclipse.jetty")
            ? HttpStatus.getMessage(code)
            : message;
    response.write(
        true, ByteBuffer.wrap(ErrorBody.bytes(code, codeFor(code), plain(code, text))), callback);
  }

  private static String codeFor(int code) {
    return switch (code) {
      case 400 -> "bad_request";
      case 414 -> "uri_too_long";
      case 431 -> "headers_too_large";
      default -> ErrorBody.statusName(code);
    };
  }

  /** A sentence a person can act on, with Jetty's own reason when it says more than the status. */
  private static String plain(int code, String reason) {
    String detail = reason.equalsIgnoreCase(HttpStatus.getMessage(code)) ? "" : " (" + reason + ")";
    return switch (code) {
      case 400 -> "the request is not valid HTTP" + detail;
      case 414 -> "the request's URI is too long" + detail;
      case 431 -> "the request's headers are too large" + detail;
      default -> reason;
    };
  }
}
