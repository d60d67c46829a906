package io.rolelens.analyzer.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import io.rolelens.analyzer.Role;
import io.rolelens.analyzer.lexicon.Category;
import io.rolelens.analyzer.lexicon.Orientation;
import io.rolelens.analyzer.match.Field;
import io.rolelens.analyzer.match.Mention;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The runs of JSON a lexicon entry fixes for each of its mentions, kept and copied. */
class EntryFieldsTest {
  static Mention mention(Role role, double weight, String explanation) {
    return new Mention(
        Field.BODY,
        0,
        7,
        "backlog",
        role,
        Category.values()[0],
        Orientation.values()[0],
        weight,
        "po.backlog",
        explanation,
        false,
        io.rolelens.analyzer.section.SectionKind.INTRO);
  }

  static String run(EntryFields fields, Mention m) {
    SerializableString run =
        fields.of(
            m,
            g -> {
              g.writeStringField("role", m.role().id());
              g.writeNumberField("weight", m.weight());
              g.writeStringField("explanation", m.explanation());
            });
    return run.getValue();
  }

  @Test
  void keepsOneRunOfFieldsEachPrecededByAComma() {
    EntryFields fields = new EntryFields();
    Mention m = mention(Role.PRODUCT_OWNER, 1.5, "Orders the \"backlog\": the Scrum role’s job");
    assertThat(run(fields, m))
        .isEqualTo(
            ",\"role\":\"product_owner\",\"weight\":1.5,\"explanation\":\"Orders the"
                + " \\\"backlog\\\": the Scrum role’s job\"");
    assertThat(
            fields.of(
                m,
                g -> {
                  throw new AssertionError("kept run not reused");
                }))
        .isNotNull();
  }

  @Test
  void givesASamePhraseIdFromAnotherLexiconItsOwnFields() {
    EntryFields fields = new EntryFields();
    run(fields, mention(Role.PRODUCT_OWNER, 1.5, "one"));
    assertThat(run(fields, mention(Role.PRODUCT_OWNER, 2.0, "one"))).contains("\"weight\":2.0");
    assertThat(run(fields, mention(Role.PROJECT_MANAGER, 2.0, "one"))).contains("project_manager");
    assertThat(run(fields, mention(Role.PROJECT_MANAGER, 2.0, "two"))).contains("\"two\"");
  }

  @Test
  void copiesOnlyIntoCompactJsonWrittenWithTheDefaultSettings() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    try (JsonGenerator plain = mapper.getFactory().createGenerator(new StringWriter())) {
      assertThat(EntryFields.canCopyInto(plain)).isTrue();
    }
    try (JsonGenerator pretty = mapper.getFactory().createGenerator(new StringWriter())) {
      pretty.setPrettyPrinter(new DefaultPrettyPrinter());
      assertThat(EntryFields.canCopyInto(pretty)).isFalse();
    }
    try (JsonGenerator ascii = mapper.getFactory().createGenerator(new StringWriter())) {
      ascii.setHighestNonEscapedChar(127);
      assertThat(EntryFields.canCopyInto(ascii)).isFalse();
    }
    JsonFactory numbersAsStrings =
        JsonFactory.builder().enable(JsonWriteFeature.WRITE_NUMBERS_AS_STRINGS).build();
    try (JsonGenerator strings = numbersAsStrings.createGenerator(new StringWriter())) {
      assertThat(EntryFields.canCopyInto(strings)).isFalse();
    }
    JsonFactory bareNames =
        JsonFactory.builder().disable(JsonWriteFeature.QUOTE_FIELD_NAMES).build();
    try (JsonGenerator bare = bareNames.createGenerator(new StringWriter())) {
      assertThat(EntryFields.canCopyInto(bare)).isFalse();
    }
    JsonFactory pooled =
        JsonFactory.builder().recyclerPool(JsonRecyclerPools.sharedConcurrentDequePool()).build();
    try (JsonGenerator server =
        pooled.createGenerator(new ByteArrayOutputStream(), JsonEncoding.UTF8)) {
      assertThat(EntryFields.canCopyInto(server)).isTrue();
    }
    try (JsonGenerator tree = new TokenBuffer(mapper, false)) {
      assertThat(EntryFields.canCopyInto(tree)).isFalse();
    }
    try (JsonGenerator wrapped =
        new JsonGeneratorDelegate(mapper.getFactory().createGenerator(new StringWriter()))) {
      assertThat(EntryFields.canCopyInto(wrapped))
          .as("a delegate asks the generator it wraps")
          .isTrue();
    }
    try (JsonGenerator wrappedPretty =
        new JsonGeneratorDelegate(mapper.getFactory().createGenerator(new StringWriter()))) {
      wrappedPretty.setPrettyPrinter(new DefaultPrettyPrinter());
      assertThat(EntryFields.canCopyInto(wrappedPretty)).isFalse();
    }
  }
}
