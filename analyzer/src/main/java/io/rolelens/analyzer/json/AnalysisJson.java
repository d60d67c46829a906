package io.rolelens.analyzer.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rolelens.analyzer.Analysis;
import io.rolelens.analyzer.LowerCaseId;
import io.rolelens.analyzer.Role;
import io.rolelens.analyzer.match.Field;
import io.rolelens.analyzer.match.Mention;
import io.rolelens.analyzer.otherjob.OtherJob;
import io.rolelens.analyzer.otherjob.OtherJobCue;
import io.rolelens.analyzer.otherjob.OtherJobEvidence;
import io.rolelens.analyzer.score.BodyStatus;
import io.rolelens.analyzer.score.Evidence;
import io.rolelens.analyzer.score.RoleProfile;
import io.rolelens.analyzer.suggest.SuggestedTitle;
import io.rolelens.analyzer.title.RoleFamily;
import io.rolelens.analyzer.title.TitleReading;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The JSON form of an {@link Analysis}: a contract that the command line, the server and the
 * browser extension share. Field names and value ids are stable; new fields may be added. Offsets
 * are UTF-16 {@code [start, end)} into the title or body. Thread-safe.
 *
 * <p>Over 250 lines on purpose: it writes the whole wire format, field by field in the order the
 * OpenAPI document gives them, streaming to a generator; one class keeps the contract readable
 * against that document in one pass.
 */
public final class AnalysisJson {
  /** Evidence items listed in the profile, largest contribution first. */
  static final int MAX_EVIDENCE = 10;

  private static final SerializableString FIELD = Encoded.name("field");
  private static final SerializableString START = Encoded.name("start");
  private static final SerializableString END = Encoded.name("end");
  private static final SerializableString TEXT = Encoded.name("text");
  private static final SerializableString ROLE = Encoded.name("role");
  private static final SerializableString CATEGORY = Encoded.name("category");
  private static final SerializableString ORIENTATION = Encoded.name("orientation");
  private static final SerializableString WEIGHT = Encoded.name("weight");
  private static final SerializableString PHRASE_ID = Encoded.name("phraseId");
  private static final SerializableString EXPLANATION = Encoded.name("explanation");
  private static final SerializableString NEGATED = Encoded.name("negated");
  private static final SerializableString SECTION = Encoded.name("section");
  private static final SerializableString COUNT = Encoded.name("count");
  private static final SerializableString CONTRIBUTION = Encoded.name("contribution");

  private final ObjectMapper mapper = new ObjectMapper();
  private final Encoded encoded = new Encoded();
  private final EntryFields entries = new EntryFields();

  /** The analysis as indented JSON text. */
  public String write(Analysis a) {
    return text(a, true);
  }

  /** The analysis as one line of JSON. */
  public String writeCompact(Analysis a) {
    return text(a, false);
  }

  /**
   * Streams the analysis to a generator, placing body spans with {@code spans}: the cheapest way to
   * answer a request, with no tree and no intermediate copy. Body mentions and evidence get a
   * {@code blockId} last when {@code spans} names one.
   */
  public void write(Analysis a, JsonGenerator g, BodySpans spans) throws IOException {
    write(a, g, spans, Integer.MAX_VALUE);
  }

  /**
   * Like {@link #write(Analysis, JsonGenerator, BodySpans)}, listing at most {@code maxMentions}
   * mentions (title first, then body, by offset): a megabyte of text can hold tens of thousands,
   * and an answer listing them all would be many times the size of the text. {@code mentionCount}
   * always counts every mention, and {@code truncated} says whether the list stops short of it.
   */
  public void write(Analysis a, JsonGenerator g, BodySpans spans, int maxMentions)
      throws IOException {
    if (maxMentions < 0) {
      throw new IllegalArgumentException("maxMentions must be 0 or more, was " + maxMentions);
    }
    // Whether kept entry runs can be copied into g: its settings do not change within one answer.
    boolean copy = EntryFields.canCopyInto(g);
    g.writeStartObject();
    g.writeFieldName("title");
    title(a.title(), g);
    g.writeFieldName("profile");
    profile(a.profile(), a.bodyStatus().bodyRead(a.language()), g, spans, copy);
    g.writeStringField("bodyRole", a.bodyRole() == null ? null : a.bodyRole().id());
    g.writeStringField("bodyStatus", a.bodyStatus().id());
    g.writeFieldName("otherJob");
    otherJob(a.bodyStatus() == BodyStatus.OTHER_JOB ? a.otherJob() : null, g);
    g.writeNumberField("confidence", a.confidence());
    g.writeStringField("verdict", a.verdict().id());
    if (a.confusionScore() == null) {
      g.writeNullField("confusionScore");
    } else {
      g.writeNumberField("confusionScore", a.confusionScore().intValue());
    }
    g.writeFieldName("suggestedTitle");
    suggestedTitle(a.suggestedTitle(), g);
    g.writeNumberField("outcomeOutputIndex", a.outcomeOutputIndex());
    g.writeStringField("language", a.language().code());
    g.writeNumberField("languageConfidence", round(a.language().confidence()));
    g.writeStringField("lexiconVersion", a.lexiconVersion());
    g.writeStringField("summary", a.summary());
    g.writeArrayFieldStart("mentions");
    int listed = 0;
    int count = 0;
    for (Mention m : a.mentions()) {
      BodySpans.Placed at = placed(m, spans);
      if (at == null) {
        continue;
      }
      count++;
      if (listed < maxMentions) {
        mention(m, at, g, copy);
        listed++;
      }
    }
    g.writeEndArray();
    g.writeNumberField("mentionCount", count);
    g.writeBooleanField("truncated", listed < count);
    g.writeEndObject();
  }

  private String text(Analysis a, boolean indent) {
    StringWriter out = new StringWriter(8192);
    try (JsonGenerator g = mapper.getFactory().createGenerator(out)) {
      if (indent) {
        g.setPrettyPrinter(new DefaultPrettyPrinter());
      }
      write(a, g, BodySpans.AS_IS);
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the analysis as JSON", e);
    }
    return out.toString();
  }

  private static void title(TitleReading t, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("text", t.text());
    g.writeStringField("role", t.role().id());
    g.writeArrayFieldStart("families");
    for (RoleFamily f : t.families()) {
      g.writeString(f.id());
    }
    g.writeEndArray();
    g.writeStringField("seniority", t.seniority().id());
    g.writeBooleanField("hybrid", t.hybrid());
    g.writeEndObject();
  }

  /**
   * The other jobs a body describes, each with the cues found as written, or null: written only for
   * a body whose status is other_job, so that a role's answer does not list the SQL in its
   * requirements as if it said something.
   */
  private static void otherJob(OtherJobEvidence evidence, JsonGenerator g) throws IOException {
    if (evidence == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    g.writeNumberField("cueCount", evidence.count());
    g.writeArrayFieldStart("jobs");
    for (Map.Entry<OtherJob, List<OtherJobCue>> job : evidence.byJob().entrySet()) {
      g.writeStartObject();
      g.writeStringField("id", job.getKey().id());
      g.writeStringField("name", job.getKey().name());
      g.writeArrayFieldStart("cues");
      for (OtherJobCue cue : job.getValue()) {
        g.writeString(cue.text());
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void suggestedTitle(SuggestedTitle suggested, JsonGenerator g) throws IOException {
    if (suggested == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    g.writeStringField("title", suggested.title());
    g.writeStringField("reason", suggested.reason());
    g.writeEndObject();
  }

  private void profile(
      RoleProfile p, boolean readable, JsonGenerator g, BodySpans spans, boolean copy)
      throws IOException {
    g.writeStartObject();
    boolean ok = readable && p.sufficient();
    g.writeStringField("status", ok ? "ok" : "insufficient_evidence");
    for (Role r : Role.values()) {
      if (ok) {
        g.writeNumberField(r.id(), round(p.share(r)));
      } else {
        g.writeNullField(r.id());
      }
    }
    g.writeNumberField("totalWeight", round(p.totalWeight()));
    g.writeArrayFieldStart("evidence");
    List<Evidence> evidence = p.evidence();
    for (int i = 0; i < Math.min(MAX_EVIDENCE, evidence.size()); i++) {
      evidence(evidence.get(i), g, spans, copy);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private void evidence(Evidence e, JsonGenerator g, BodySpans spans, boolean copy)
      throws IOException {
    BodySpans.Placed at = spans.place(e.start(), e.end());
    if (at == null) {
      return;
    }
    g.writeStartObject();
    known(g, PHRASE_ID, e.phraseId());
    entryFields(e, g, copy);
    g.writeFieldName(TEXT);
    g.writeString(e.text());
    span(g, at);
    g.writeFieldName(COUNT);
    g.writeNumber(e.count());
    g.writeFieldName(CONTRIBUTION);
    g.writeNumber(e.contribution());
    blockId(at, g);
    g.writeEndObject();
  }

  /**
   * The evidence item's fields that its lexicon entry fixes: its kept run when {@code copy} (the
   * answer's generator can take one), else field by field.
   */
  private void entryFields(Evidence e, JsonGenerator g, boolean copy) throws IOException {
    if (copy) {
      g.writeRaw(entries.of(e, h -> entryFields(e, h, false)));
      return;
    }
    known(g, ROLE, e.role());
    known(g, CATEGORY, e.category());
    known(g, EXPLANATION, e.explanation());
  }

  /** Where a mention goes in the answer, or null when it runs across two blocks. */
  private static BodySpans.Placed placed(Mention m, BodySpans spans) {
    return m.field() == Field.BODY
        ? spans.place(m.start(), m.end())
        : new BodySpans.Placed(null, m.start(), m.end());
  }

  private void mention(Mention m, BodySpans.Placed at, JsonGenerator g, boolean copy)
      throws IOException {
    g.writeStartObject();
    known(g, FIELD, m.field());
    span(g, at);
    g.writeFieldName(TEXT);
    g.writeString(m.text());
    entryFields(m, g, copy);
    g.writeFieldName(NEGATED);
    g.writeBoolean(m.negated());
    if (m.field() == Field.BODY) {
      known(g, SECTION, m.section());
    }
    blockId(at, g);
    g.writeEndObject();
  }

  /**
   * The mention's fields that its lexicon entry fixes: its kept run when {@code copy} (the answer's
   * generator can take one), else field by field.
   */
  private void entryFields(Mention m, JsonGenerator g, boolean copy) throws IOException {
    if (copy) {
      g.writeRaw(entries.of(m, h -> entryFields(m, h, false)));
      return;
    }
    known(g, ROLE, m.role());
    known(g, CATEGORY, m.category());
    known(g, ORIENTATION, m.orientation());
    g.writeFieldName(WEIGHT);
    g.writeNumber(m.weight());
    known(g, PHRASE_ID, m.phraseId());
    known(g, EXPLANATION, m.explanation());
  }

  private static void span(JsonGenerator g, BodySpans.Placed at) throws IOException {
    g.writeFieldName(START);
    g.writeNumber(at.start());
    g.writeFieldName(END);
    g.writeNumber(at.end());
  }

  /** Writes a field whose value repeats across answers (ids, explanations) from its kept bytes. */
  private void known(JsonGenerator g, SerializableString name, String value) throws IOException {
    g.writeFieldName(name);
    g.writeString(encoded.of(value));
  }

  private void known(JsonGenerator g, SerializableString name, LowerCaseId value)
      throws IOException {
    g.writeFieldName(name);
    g.writeString(encoded.of(value));
  }

  private static void blockId(BodySpans.Placed at, JsonGenerator g) throws IOException {
    if (at.blockId() != null) {
      g.writeStringField("blockId", at.blockId());
    }
  }

  private static double round(double x) {
    return Math.round(x * 1000) / 1000.0;
  }
}
