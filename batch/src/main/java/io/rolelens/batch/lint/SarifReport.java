package io.rolelens.batch.lint;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rolelens.analyzer.Role;
import io.rolelens.analyzer.lexicon.Category;
import io.rolelens.analyzer.lexicon.Lexicon;
import io.rolelens.analyzer.lexicon.LexiconEntry;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a lint run as a SARIF 2.1.0 log that GitHub code scanning accepts: one rule per lexicon
 * category (its help text made of the lexicon's explanations for that category) and one for the
 * posting's verdict. Code scanning opens an alert for every result, so only postings that fail the
 * gate have results: one per phrase of a role the title does not name, with its region in line and
 * column (counted as {@code run.columnKind} says), and one at line 1 with the verdict and fix
 * hints. Paths are relative to the repository root ({@link ArtifactUri}). Unreadable postings are
 * tool execution notifications. Stateless.
 */
final class SarifReport {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** The rule of the posting-level result. */
  static final String VERDICT_RULE = "title-body-agreement";

  private SarifReport() {}

  /** Writes the log; {@code root} is the repository root paths are given relative to. */
  static void write(LintRun run, Lexicon lexicon, Path root, PrintWriter out) throws IOException {
    ObjectNode log = JSON.createObjectNode();
    log.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json").put("version", "2.1.0");
    ObjectNode sarifRun = log.putArray("runs").addObject();
    ObjectNode driver = sarifRun.putObject("tool").putObject("driver");
    driver.put("name", "RoleLens").put("version", run.lexiconVersion());
    List<String> ruleIds = rules(driver.putArray("rules"), lexicon);
    sarifRun.put("columnKind", run.columns().sarifKind());
    ArrayNode results = sarifRun.putArray("results");
    for (LintResult r : run.results()) {
      if (r.failed()) {
        failing(results, ruleIds, r, run.gate(), root);
      }
    }
    ObjectNode invocation = sarifRun.putArray("invocations").addObject();
    invocation.put("executionSuccessful", run.problems().isEmpty());
    ArrayNode notes = invocation.putArray("toolExecutionNotifications");
    for (InputProblem p : run.problems()) {
      ObjectNode note = notes.addObject().put("level", "error");
      note.putObject("message").put("text", p.path() + ": " + p.reason());
      ArtifactUri.put(
          note.putArray("locations")
              .addObject()
              .putObject("physicalLocation")
              .putObject("artifactLocation"),
          p.path(),
          root);
    }
    out.println(JSON.writeValueAsString(log));
  }

  /**
   * A failing posting's results: each phrase of a role the title does not name, and the verdict
   * with its fix hints. Code scanning opens an alert for every result, so phrases that fit the
   * title and postings that pass have none.
   */
  private static void failing(
      ArrayNode results, List<String> ruleIds, LintResult r, Gate gate, Path root) {
    for (Finding f : r.findings()) {
      if (f.fitsTitle()) {
        continue;
      }
      ObjectNode result = result(results, ruleIds, f.ruleId(), "error", Wording.finding(f));
      ObjectNode region = location(result, r.document().path(), root);
      region
          .put("startLine", f.start().line())
          .put("startColumn", f.start().column())
          .put("endLine", f.end().line())
          .put("endColumn", f.end().column());
      region
          .putObject("snippet")
          .put("text", r.document().source().substring(f.sourceStart(), f.sourceEnd()));
      result
          .putObject("properties")
          .put("role", f.mention().role().id())
          .put("phraseId", f.mention().phraseId())
          .put("section", f.mention().section().id());
    }
    List<String> lines =
        new ArrayList<>(
            List.of(
                Wording.verdict(r),
                Wording.shares(r.analysis()),
                Wording.suggestedTitle(r.analysis()),
                Wording.outcome(r, gate)));
    lines.addAll(Wording.hints(r));
    ObjectNode verdict = result(results, ruleIds, VERDICT_RULE, "error", String.join("\n", lines));
    location(verdict, r.document().path(), root).put("startLine", 1).put("startColumn", 1);
  }

  private static ObjectNode result(
      ArrayNode results, List<String> ruleIds, String ruleId, String level, String message) {
    ObjectNode result =
        results
            .addObject()
            .put("ruleId", ruleId)
            .put("ruleIndex", ruleIds.indexOf(ruleId))
            .put("level", level);
    result.putObject("message").put("text", message);
    return result;
  }

  /** Adds the result's one location in {@code path} and returns its region to fill in. */
  private static ObjectNode location(ObjectNode result, String path, Path root) {
    ObjectNode physical = result.putArray("locations").addObject().putObject("physicalLocation");
    ArtifactUri.put(physical.putObject("artifactLocation"), path, root);
    return physical.putObject("region");
  }

  /** The rules, one per category then the verdict's; returns their ids in index order. */
  private static List<String> rules(ArrayNode rules, Lexicon lexicon) {
    Map<Category, Set<String>> help = new LinkedHashMap<>();
    for (LexiconEntry e : lexicon.entries()) {
      help.computeIfAbsent(e.category(), c -> new LinkedHashSet<>()).add(e.explanation());
    }
    List<String> ids = new ArrayList<>();
    for (Category c : Category.values()) {
      Role role = owner(c);
      String who = role == null ? "the role of the entry that matched" : "a " + role.displayName();
      ObjectNode rule = rules.addObject().put("id", c.id()).put("name", pascal(c.id()));
      rule.putObject("shortDescription").put("text", c.displayName());
      rule.putObject("fullDescription")
          .put("text", c.displayName() + ": phrases that point to " + who + ".");
      List<String> explanations = new ArrayList<>(help.getOrDefault(c, Set.of()));
      rule.putObject("help")
          .put(
              "text",
              c.displayName()
                  + " points to "
                  + who
                  + ". Why the lexicon counts its phrases:\n- "
                  + String.join("\n- ", explanations))
          .put(
              "markdown",
              "**"
                  + c.displayName()
                  + "** points to "
                  + who
                  + ". Why the lexicon counts its phrases:\n\n- "
                  + String.join("\n- ", explanations));
      rule.putObject("defaultConfiguration").put("level", "warning");
      ObjectNode properties = rule.putObject("properties");
      properties.putArray("tags").add("role-confusion").add(role == null ? "any-role" : role.id());
      ids.add(c.id());
    }
    ObjectNode verdict =
        rules.addObject().put("id", VERDICT_RULE).put("name", "TitleBodyAgreement");
    verdict
        .putObject("shortDescription")
        .put("text", "The title and the body describe the same role");
    verdict
        .putObject("fullDescription")
        .put(
            "text",
            "Whether the body describes the role the title names (Product Manager, Project Manager"
                + " or Product Owner).");
    verdict
        .putObject("help")
        .put(
            "text",
            "A posting fails when its verdict meets the gate (mismatch by default). Fix it by"
                + " retitling it as suggested, or keep the title and rework the body: move the"
                + " other role's phrases out and describe the title's duties the seed lists.");
    verdict.putObject("defaultConfiguration").put("level", "error");
    ids.add(VERDICT_RULE);
    return ids;
  }

  /** The role a category belongs to; null for those any role's entries use. */
  private static Role owner(Category c) {
    List<Role> owners = java.util.Arrays.stream(Role.values()).filter(c::allows).toList();
    return owners.size() == 1 ? owners.get(0) : null;
  }

  private static String pascal(String id) {
    StringBuilder out = new StringBuilder();
    for (String part : id.split("_")) {
      out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
    }
    return out.toString();
  }
}
