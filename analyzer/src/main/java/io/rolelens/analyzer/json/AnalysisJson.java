package io.rolelens.analyzer.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rolelens.analyzer.Analysis;
import io.rolelens.analyzer.Role;
import io.rolelens.analyzer.match.Mention;
import io.rolelens.analyzer.score.Evidence;
import io.rolelens.analyzer.score.RoleProfile;
import io.rolelens.analyzer.title.RoleFamily;
import io.rolelens.analyzer.title.TitleReading;

/**
 * The JSON form of an {@link Analysis}: a contract that the command line, the server and the
 * browser extension share. Field names and value ids are stable; new fields may be added. Offsets
 * are UTF-16 {@code [start, end)} into the title or body. Thread-safe.
 */
public final class AnalysisJson {
  /** Evidence items listed in the profile, largest contribution first. */
  static final int MAX_EVIDENCE = 10;

  private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** The analysis as a JSON tree. */
  public ObjectNode toTree(Analysis a) {
    ObjectNode root = mapper.createObjectNode();
    root.set("title", title(a.title()));
    root.set("profile", profile(a.profile(), a.language().isEnglish()));
    root.put("bodyRole", a.bodyRole() == null ? null : a.bodyRole().id());
    root.put("confidence", a.confidence());
    root.put("verdict", a.verdict().id());
    root.put("confusionScore", a.confusionScore());
    root.put("outcomeOutputIndex", a.outcomeOutputIndex());
    root.put("language", a.language().code());
    root.put("languageConfidence", round(a.language().confidence()));
    root.put("lexiconVersion", a.lexiconVersion());
    root.put("summary", a.summary());
    ArrayNode mentions = root.putArray("mentions");
    for (Mention m : a.mentions()) {
      mentions.add(mention(m));
    }
    return root;
  }

  /** The analysis as indented JSON text. */
  public String write(Analysis a) {
    return toTree(a).toPrettyString();
  }

  /** The analysis as one line of JSON. */
  public String writeCompact(Analysis a) {
    return toTree(a).toString();
  }

  private ObjectNode title(TitleReading t) {
    ObjectNode node = mapper.createObjectNode();
    node.put("text", t.text());
    node.put("role", t.role().id());
    ArrayNode families = node.putArray("families");
    for (RoleFamily f : t.families()) {
      families.add(f.id());
    }
    node.put("seniority", t.seniority().id());
    node.put("hybrid", t.hybrid());
    return node;
  }

  private ObjectNode profile(RoleProfile p, boolean english) {
    ObjectNode node = mapper.createObjectNode();
    boolean ok = english && p.sufficient();
    node.put("status", ok ? "ok" : "insufficient_evidence");
    for (Role r : Role.values()) {
      if (ok) {
        node.put(r.id(), round(p.share(r)));
      } else {
        node.putNull(r.id());
      }
    }
    node.put("totalWeight", round(p.totalWeight()));
    ArrayNode evidence = node.putArray("evidence");
    p.evidence().stream().limit(MAX_EVIDENCE).forEach(e -> evidence.add(evidence(e)));
    return node;
  }

  private ObjectNode evidence(Evidence e) {
    ObjectNode node = mapper.createObjectNode();
    node.put("phraseId", e.phraseId());
    node.put("role", e.role().id());
    node.put("category", e.category().id());
    node.put("text", e.text());
    node.put("start", e.start());
    node.put("end", e.end());
    node.put("count", e.count());
    node.put("contribution", e.contribution());
    node.put("explanation", e.explanation());
    return node;
  }

  private ObjectNode mention(Mention m) {
    ObjectNode node = mapper.createObjectNode();
    node.put("field", m.field().id());
    node.put("start", m.start());
    node.put("end", m.end());
    node.put("text", m.text());
    node.put("role", m.role().id());
    node.put("category", m.category().id());
    node.put("orientation", m.orientation().id());
    node.put("weight", m.weight());
    node.put("phraseId", m.phraseId());
    node.put("explanation", m.explanation());
    node.put("negated", m.negated());
    return node;
  }

  private static double round(double x) {
    return Math.round(x * 1000) / 1000.0;
  }
}
