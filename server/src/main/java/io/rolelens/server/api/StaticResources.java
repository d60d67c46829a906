package io.rolelens.server.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Serves a fixed set of classpath files (the page, its script and style, the OpenAPI document),
 * read once at start-up, so nothing outside the list can ever be served. Thread-safe (immutable).
 */
public final class StaticResources {
  private record File(byte[] bytes, String contentType) {}

  private final Map<String, File> files;

  private StaticResources(Map<String, File> files) {
    this.files = Map.copyOf(files);
  }

  /**
   * Loads each resource under {@code base}, keyed by name, with its content type from its suffix.
   */
  public static StaticResources load(String base, String... names) {
    Map<String, File> files = new LinkedHashMap<>();
    for (String name : names) {
      try (InputStream in = StaticResources.class.getResourceAsStream(base + name)) {
        if (in == null) {
          throw new IllegalStateException("resource missing from the classpath: " + base + name);
        }
        files.put(name, new File(in.readAllBytes(), contentType(name)));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read resource " + base + name, e);
      }
    }
    return new StaticResources(files);
  }

  /** A handler answering with the named file. */
  public Handler serve(String name) {
    File file = files.get(name);
    if (file == null) {
      throw new IllegalArgumentException("no resource loaded under the name " + name);
    }
    return ctx -> write(ctx, file);
  }

  private static void write(Context ctx, File file) {
    ctx.contentType(file.contentType()).result(file.bytes());
  }

  private static String contentType(String name) {
    if (name.endsWith(".html")) {
      return "text/html; charset=utf-8";
    } else if (name.endsWith(".js")) {
      return "text/javascript; charset=utf-8";
    } else if (name.endsWith(".css")) {
      return "text/css; charset=utf-8";
    } else if (name.endsWith(".json")) {
      return "application/json";
    } else if (name.endsWith(".svg")) {
      return "image/svg+xml";
    }
    return "text/plain; charset=utf-8";
  }
}
