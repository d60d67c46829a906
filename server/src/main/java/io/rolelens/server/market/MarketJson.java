package io.rolelens.server.market;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * Writes a {@link Market} as the analysis answer's {@code market} object. Stateless and
 * thread-safe.
 */
public final class MarketJson {
  private MarketJson() {}

  /** Writes {@code "market": {...}} into the object the generator is in. */
  public static void writeField(Market m, JsonGenerator g) throws IOException {
    g.writeObjectFieldStart("market");
    g.writeStringField("quarter", m.quarter());
    g.writeStringField("titleRole", m.titleRole());
    g.writeNumberField("postings", m.postings());
    number(g, "readAsAnotherRole", m.readAsAnotherRole());
    number(g, "flagged", m.flagged());
    if (m.percentile() == null) {
      g.writeNullField("percentile");
    } else {
      g.writeNumberField("percentile", m.percentile().intValue());
    }
    g.writeArrayFieldStart("similar");
    for (SimilarPosting s : m.similar()) {
      g.writeStartObject();
      g.writeStringField("id", s.id());
      g.writeStringField("title", s.title());
      g.writeStringField("company", s.company());
      g.writeStringField("quarter", s.quarter());
      g.writeStringField("verdict", s.verdict());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void number(JsonGenerator g, String name, Double value) throws IOException {
    if (value == null) {
      g.writeNullField(name);
    } else {
      g.writeNumberField(name, value.doubleValue());
    }
  }
}
