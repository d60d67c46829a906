package io.rolelens.analyzer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The fixture postings under {@code src/test/resources/postings}, written for these tests. A UTF-8
 * file cannot hold a lone surrogate, so {@code {HIGH}} and {@code {LOW}} in a fixture stand for
 * one.
 */
final class Fixtures {
  private Fixtures() {}

  /** A fixture posting: the title it is analysed with and its body. */
  record Posting(String name, String title, String body) {
    @Override
    public String toString() {
      return name;
    }
  }

  static final List<String[]> TITLES =
      List.of(
          new String[] {"pm-payments.txt", "Senior Product Manager, Payments"},
          new String[] {"pjm-office-move.txt", "IT Project Manager"},
          new String[] {"po-scrum-team.txt", "Product Owner (m/w/d)"},
          new String[] {"pm-title-pjm-body.txt", "Product Manager"},
          new String[] {"crlf-bullets.txt", "Product Owner \u2013 Logistics"},
          new String[] {
            "emoji-accents.txt", "\uD83D\uDE80 Product Manager \u2014 Z\u00FCrich \u00E9quipe"
          },
          new String[] {
            "rtl-mixed.txt",
            "Project Manager \u2014 \u0645\u062F\u064A\u0631 \u05DE\u05E0\u05D4\u05DC"
          },
          new String[] {"lone-surrogate.txt", "Product Owner \uD83D"},
          new String[] {"shouting-caps.txt", "PROJECT MANAGER \u0130STANBUL"});

  /** Every fixture posting, in a fixed order. */
  static List<Posting> all() {
    return TITLES.stream().map(t -> new Posting(t[0], t[1], body(t[0]))).toList();
  }

  /** The body of one fixture, with surrogate markers replaced. */
  static String body(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/postings/" + name)) {
      if (in == null) {
        throw new IllegalStateException("no fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .replace("{HIGH}", "\uD83D")
          .replace("{LOW}", "\uDC4D");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
