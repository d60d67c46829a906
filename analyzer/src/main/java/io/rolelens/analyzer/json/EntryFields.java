package io.rolelens.analyzer.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import io.rolelens.analyzer.Role;
import io.rolelens.analyzer.lexicon.Category;
import io.rolelens.analyzer.lexicon.Orientation;
import io.rolelens.analyzer.match.Mention;
import io.rolelens.analyzer.score.Evidence;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fields that a lexicon entry fixes for every mention and evidence item of it (role, category,
 * orientation, weight, phrase id, explanation), kept as one run of JSON bytes per entry. A compact
 * answer copies the run in one go instead of writing six names and values each time: the answer's
 * largest cost after the analysis itself. Runs are kept by phrase id and checked against the item,
 * so two lexicons in one JVM cannot mix; past {@link #MAX} phrase ids nothing more is kept.
 * Thread-safe.
 */
final class EntryFields {
  static final int MAX = 8192;

  private static final JsonFactory FACTORY = new JsonFactory();

  private final ConcurrentHashMap<String, Kept> mentions = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, Kept> evidence = new ConcurrentHashMap<>();

  /** What a run was made from, and the run: fields each preceded by a comma. */
  private record Kept(Object from, SerializableString fields) {}

  private record MentionFrom(
      Role role, Category category, Orientation orientation, double weight, String explanation) {}

  private record EvidenceFrom(Role role, Category category, String explanation) {}

  /** A function that writes fields into an open object. */
  @FunctionalInterface
  interface Fields {
    void write(JsonGenerator g) throws IOException;
  }

  /** The settings that runs are written with. */
  private static final int FEATURES;

  static {
    try (JsonGenerator g = FACTORY.createGenerator(new ByteArrayOutputStream())) {
      FEATURES = g.getFeatureMask();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Whether {@code g} writes JSON text just as runs are written, so that a kept run can be copied
   * into it as it is, told through Jackson's public API only: it writes text to a stream or writer
   * (a token buffer has no output target), it is plain JSON (no native type or object ids and no
   * binary, as YAML, CBOR, Smile or a token buffer have), and it has the default settings (quoted
   * names, numbers as numbers, non-ASCII as is), no pretty printer and no custom escapes. A
   * delegating generator passes all of these questions to the one it wraps and takes the run the
   * same way. A generator's answers do not change while it writes, so {@link AnalysisJson} asks
   * them once an answer. (A custom quote character set on the factory cannot be seen from the
   * generator; the analysis JSON never uses one.) Copying kept runs wrote answers 1.46× as fast as
   * writing each field in JMH ({@code java -jar benchmarks/target/benchmarks.jar json}).
   */
  static boolean canCopyInto(JsonGenerator g) {
    return g.getOutputTarget() != null
        && !g.canWriteTypeId()
        && !g.canWriteObjectId()
        && !g.canWriteBinaryNatively()
        && g.getFeatureMask() == FEATURES
        && g.getPrettyPrinter() == null
        && g.getCharacterEscapes() == null
        && g.getHighestEscapedChar() == 0;
  }

  /** The run for a mention's {@code role, category, orientation, weight, phraseId, explanation}. */
  SerializableString of(Mention m, Fields fields) {
    MentionFrom from =
        new MentionFrom(m.role(), m.category(), m.orientation(), m.weight(), m.explanation());
    return kept(mentions, m.phraseId(), from, fields);
  }

  /** The run for an evidence item's {@code role, category, explanation}. */
  SerializableString of(Evidence e, Fields fields) {
    EvidenceFrom from = new EvidenceFrom(e.role(), e.category(), e.explanation());
    return kept(evidence, e.phraseId(), from, fields);
  }

  private static SerializableString kept(
      ConcurrentHashMap<String, Kept> runs, String phraseId, Object from, Fields fields) {
    Kept known = runs.get(phraseId);
    if (known != null && known.from().equals(from)) {
      return known.fields();
    }
    Kept fresh = new Kept(from, render(fields));
    if (known != null || runs.size() < MAX) {
      runs.put(phraseId, fresh);
    }
    return fresh.fields();
  }

  private static SerializableString render(Fields fields) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(512);
    try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      g.writeStartObject();
      fields.write(g);
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("could not write lexicon entry fields", e);
    }
    String object = out.toString(StandardCharsets.UTF_8);
    return new SerializedString("," + object.substring(1, object.length() - 1));
  }
}
