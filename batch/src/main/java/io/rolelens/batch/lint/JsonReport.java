package io.rolelens.batch.lint;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rolelens.analyzer.Analysis;
import io.rolelens.analyzer.Role;
import io.rolelens.analyzer.hint.FixHints;
import io.rolelens.analyzer.hint.SeedDuty;
import io.rolelens.analyzer.match.Mention;
import java.io.IOException;
import java.io.PrintWriter;

/**
 * Writes a lint run as one JSON object: {@code postings} (each with its findings placed by line and
 * column, verdict, shares, suggested title and hints), {@code errors} (postings that could not be
 * read) and {@code summary}. Columns count what {@code columnKind} says. Stateless.
 */
final class JsonReport {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private JsonReport() {}

  static void write(LintRun run, PrintWriter out) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.put("gate", run.gate().spec())
        .put("columnKind", run.columns().sarifKind())
        .put("lexiconVersion", run.lexiconVersion());
    ArrayNode postings = root.putArray("postings");
    run.results().forEach(r -> posting(postings.addObject(), r));
    ArrayNode errors = root.putArray("errors");
    run.problems().forEach(p -> errors.addObject().put("path", p.path()).put("reason", p.reason()));
    root.putObject("summary")
        .put("linted", run.results().size())
        .put("passed", run.results().size() - run.failed())
        .put("failed", run.failed())
        .put("unreadable", run.problems().size());
    out.println(JSON.writeValueAsString(root));
  }

  private static void posting(ObjectNode node, LintResult r) {
    Analysis a = r.analysis();
    node.put("path", r.document().path())
        .put("format", r.document().format().name().toLowerCase(java.util.Locale.ROOT))
        .put("title", r.document().title())
        .put("titleSource", r.document().titleSource().name().toLowerCase(java.util.Locale.ROOT))
        .put("verdict", a.verdict().id())
        .put("confusionScore", a.confusionScore())
        .put("bodyStatus", a.bodyStatus().id())
        .put("bodyRole", a.bodyRole() == null ? null : a.bodyRole().id())
        .put("failed", r.failed());
    if (a.profile().sufficient()) {
      ObjectNode shares = node.putObject("shares");
      for (Role role : Role.values()) {
        shares.put(role.id(), Math.round(a.profile().share(role) * 1000) / 1000.0);
      }
    } else {
      node.putNull("shares");
    }
    if (a.suggestedTitle() == null) {
      node.putNull("suggestedTitle");
    } else {
      node.putObject("suggestedTitle")
          .put("title", a.suggestedTitle().title())
          .put("reason", a.suggestedTitle().reason());
    }
    ArrayNode findings = node.putArray("findings");
    r.findings().forEach(f -> finding(findings.addObject(), f));
    hints(node.putObject("hints"), r.hints(), r);
  }

  private static void finding(ObjectNode node, Finding f) {
    Mention m = f.mention();
    node.put("line", f.start().line())
        .put("column", f.start().column())
        .put("endLine", f.end().line())
        .put("endColumn", f.end().column())
        .put("text", m.text())
        .put("role", m.role().id())
        .put("category", m.category().id())
        .put("phraseId", m.phraseId())
        .put("section", m.section().id())
        .put("fitsTitle", f.fitsTitle())
        .put("explanation", m.explanation());
  }

  private static void hints(ObjectNode node, FixHints h, LintResult r) {
    node.put("retitle", h.retitle() == null ? null : h.retitle().title());
    ArrayNode phrases = node.putArray("otherRolePhrases");
    h.otherRolePhrases()
        .forEach(
            (role, sections) ->
                sections.forEach(
                    (section, mentions) -> {
                      ArrayNode list =
                          phrases
                              .addObject()
                              .put("role", role.id())
                              .put("section", section.id())
                              .putArray("phrases");
                      mentions.forEach(
                          m ->
                              r.findingOf(m)
                                  .ifPresent(
                                      f ->
                                          list.addObject()
                                              .put("text", m.text())
                                              .put("line", f.start().line())
                                              .put("column", f.start().column())));
                    }));
    ArrayNode missing = node.putArray("missingDuties");
    h.missingDuties()
        .forEach(
            (role, duties) -> {
              for (SeedDuty d : duties) {
                missing
                    .addObject()
                    .put("role", role.id())
                    .put("duty", d.id())
                    .put("definition", d.definition());
              }
            });
  }
}
