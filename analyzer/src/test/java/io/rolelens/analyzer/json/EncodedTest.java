package io.rolelens.analyzer.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class EncodedTest {
  @Test
  void writesAKeptStringExactlyAsThePlainStringWouldBeWritten() throws IOException {
    Encoded encoded = new Encoded();
    String tricky = "Owns the \"why\" — résumé\\path\n\ttab 🚀 ünïcödé";
    assertThat(json(encoded.of(tricky))).isEqualTo(json(tricky));
  }

  @Test
  void keepsOneCopyOfARepeatedString() {
    Encoded encoded = new Encoded();
    assertThat(encoded.of("pm.roadmap.own-roadmap")).isSameAs(encoded.of("pm.roadmap.own-roadmap"));
  }

  @Test
  void keepsNoMoreThanItsBoundAndStillWritesEveryStringCorrectly() throws IOException {
    Encoded encoded = new Encoded();
    for (int i = 0; i < Encoded.MAX; i++) {
      encoded.of("s" + i);
    }
    String past = "past the bound \"" + Encoded.MAX + "\"";
    assertThat(encoded.of(past)).isNotSameAs(encoded.of(past));
    assertThat(json(encoded.of(past))).isEqualTo(json(past));
    assertThat(encoded.of("s0")).isSameAs(encoded.of("s0"));
  }

  private static String json(Object value) throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      if (value instanceof SerializableString s) {
        g.writeString(s);
      } else {
        g.writeString((String) value);
      }
    }
    return out.toString();
  }
}
