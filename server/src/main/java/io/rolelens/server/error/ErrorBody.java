package io.rolelens.server.error;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.HttpStatus;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The one JSON error shape, {@code {"error": {"status", "code", "message"}}}, for every layer that
 * answers with an error: Javalin's handlers, the admission checks in front of them and Jetty's own
 * protocol errors. Stateless.
 */
public final class ErrorBody {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ErrorBody() {}

  /** The error as JSON text; a blank message becomes the status's reason phrase. */
  public static String json(int status, String code, String message) {
    ObjectNode root = JSON.createObjectNode();
    ObjectNode error = root.putObject("error");
    error.put("status", status);
    error.put("code", code);
    error.put(
        "message",
        message == null || message.isBlank() ? HttpStatus.forStatus(status).getMessage() : message);
    return root.toString();
  }

  /** The error as UTF-8 JSON bytes. */
  public static byte[] bytes(int status, String code, String message) {
    return json(status, code, message).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The code for an error that carries none: its status's name, such as {@code content_too_large}.
   */
  public static String statusName(int status) {
    HttpStatus known = HttpStatus.forStatus(status);
    return known == HttpStatus.UNKNOWN ? "status_" + status : known.name().toLowerCase(Locale.ROOT);
  }
}
