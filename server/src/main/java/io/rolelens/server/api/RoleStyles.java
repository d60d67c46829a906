package io.rolelens.server.api;

import io.javalin.http.Context;
import io.rolelens.analyzer.Role;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * {@code GET /roles.css}: each role's highlight, tag and bar colours and underline style for the
 * page, written once from {@link Role}, the one place they are defined (the same values {@code GET
 * /api/v1/lexicon} serves the extension). A same-origin stylesheet, so the page's strict content
 * security policy needs no inline styles. Immutable and thread-safe.
 */
public final class RoleStyles {
  private final byte[] css = render().getBytes(StandardCharsets.UTF_8);

  /** Answers with the stylesheet. */
  public void serve(Context ctx) {
    ctx.contentType("text/css; charset=utf-8").result(css);
  }

  /** The stylesheet's text. */
  static String render() {
    StringBuilder out =
        new StringBuilder("/* Written by the server from io.rolelens.analyzer.Role. */\n");
    for (Role r : Role.values()) {
      int rgb = Integer.parseInt(r.colour().substring(1), 16);
      out.append(
          String.format(
              Locale.ROOT,
              ".role-%1$s { text-decoration-color: %2$s; text-decoration-style: %3$s;"
                  + " background: rgba(%4$d, %5$d, %6$d, .13); }%n"
                  + ".role-%1$s .tag, .bg-%1$s { background: %2$s; }%n",
              r.id(),
              r.colour(),
              r.underline(),
              rgb >> 16,
              (rgb >> 8) & 0xff,
              rgb & 0xff));
    }
    return out.toString();
  }
}
