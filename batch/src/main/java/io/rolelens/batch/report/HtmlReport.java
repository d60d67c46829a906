package io.rolelens.batch.report;

import java.util.List;
import java.util.Map;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Renders a {@link Report} as one self-contained HTML page: a headline band of big-number cards, a
 * table of contents, then a section per table (a reading hint, a chart where one helps, a compact
 * table and the full one collapsed). Inline CSS with print rules, inline SVG charts, no scripts and
 * nothing fetched. Text goes in through jsoup, so it is always escaped. Stateless and thread-safe.
 */
final class HtmlReport {
  private static final List<String> SHARES =
      List.of("postings", "other_role_share", "mismatch_share", "mean_confusion");
  private static final Map<String, HtmlTables.View> VIEWS =
      Map.of(
          "headline",
          new HtmlTables.View(
              List.of(
                  "title_role",
                  "postings",
                  "postings_qoq",
                  "other_role_share",
                  "other_role_share_qoq_pp",
                  "mismatch_share",
                  "mean_confusion",
                  "mean_confusion_qoq"),
              "quarter",
              "other_role_share",
              true),
          "by_company",
          breakdown("company"),
          "by_location",
          breakdown("location"),
          "by_seniority",
          breakdown("seniority"),
          "driving_phrases",
          new HtmlTables.View(
              List.of("phrase", "postings", "share_of_kind"), "kind", "share_of_kind", false),
          "certifications",
          new HtmlTables.View(
              List.of("certification", "certification_id", "postings", "share_of_title_role"),
              "title_role",
              "share_of_title_role",
              false));

  /**
   * Tables whose compact view leaves out or reshapes columns, so the full table follows, collapsed.
   */
  private static final java.util.Set<String> WITH_FULL_TABLE =
      java.util.Set.of("headline", "driving_phrases", "certifications");

  private HtmlReport() {}

  private static HtmlTables.View breakdown(String key) {
    List<String> columns = new java.util.ArrayList<>(List.of(key));
    columns.addAll(SHARES);
    return new HtmlTables.View(columns, "title_role", "other_role_share", false);
  }

  static String render(Report report) {
    Document doc = Document.createShell("");
    doc.outputSettings().prettyPrint(false).charset("UTF-8");
    doc.selectFirst("html").attr("lang", "en");
    doc.head().appendElement("meta").attr("charset", "utf-8");
    doc.head()
        .appendElement("meta")
        .attr("name", "viewport")
        .attr("content", "width=device-width, initial-scale=1");
    doc.title("RoleLens role-confusion report: " + report.meta().get("scope"));
    doc.head().appendElement("style").appendChild(new DataNode(HtmlStyle.CSS));
    Element body = doc.body();
    masthead(body.appendElement("header"), report);
    java.util.Optional<Glance> glance = Glance.of(report);
    contents(body, report, glance.isPresent());
    Element main = body.appendElement("main");
    glance.ifPresent(
        g ->
            HtmlGlance.render(
                section(main, Sections.GLANCE_ID, Sections.GLANCE_TITLE + ": " + g.quarter()), g));
    int minGroup = report.minGroupSize();
    for (Table t : report.tables()) {
      Element section = section(main, t.name(), t.title());
      String note = Sections.note(t);
      if (!note.isEmpty()) {
        section.appendElement("p").addClass("note").text(note);
      }
      chartFor(t, minGroup).ifPresent(svg -> figure(section, svg));
      if (t.rows().isEmpty()) {
        section.appendElement("p").addClass("note").text("No rows.");
        continue;
      }
      tableFor(section, t, minGroup);
    }
    Element method =
        section(main, Sections.METHODOLOGY_ID, Sections.METHODOLOGY_TITLE).addClass("methodology");
    report.methodology().forEach(p -> method.appendElement("p").text(p));
    body.appendElement("footer")
        .text(
            "RoleLens · the same figures are in report.json, report.md and tables/*.csv next to"
                + " this file.");
    return "<!DOCTYPE html>\n" + doc.html() + "\n";
  }

  private static void masthead(Element header, Report report) {
    header
        .appendElement("p")
        .addClass("eyebrow")
        .text("RoleLens · quarterly role-confusion report");
    header.appendElement("h1").text("Role-confusion report: " + report.meta().get("scope"));
    header
        .appendElement("p")
        .addClass("question")
        .text(
            "How often do postings titled Product Manager, Project Manager or "
                + "Product Owner describe another of the three roles?");
    long duplicates = ((Number) report.meta().get("duplicates_excluded")).longValue();
    header
        .appendElement("p")
        .addClass("meta")
        .text(
            "Generated "
                + report.meta().get("generated_at")
                + " from "
                + report.meta().get("postings_in_index")
                + " indexed postings; "
                + Format.count(duplicates, "exact duplicate")
                + " left out. Lexicon "
                + report.meta().get("lexicon_version")
                + ".");
  }

  private static void contents(Element body, Report report, boolean glance) {
    Element nav = body.appendElement("nav").addClass("toc").attr("aria-labelledby", "toc-title");
    nav.appendElement("h2").attr("id", "toc-title").text("Contents");
    Element list = nav.appendElement("ol");
    if (glance) {
      list.appendElement("li")
          .appendElement("a")
          .attr("href", "#" + Sections.GLANCE_ID)
          .text(Sections.GLANCE_TITLE);
    }
    report
        .tables()
        .forEach(
            t ->
                list.appendElement("li")
                    .appendElement("a")
                    .attr("href", "#" + t.name())
                    .text(t.title()));
    list.appendElement("li")
        .appendElement("a")
        .attr("href", "#" + Sections.METHODOLOGY_ID)
        .text(Sections.METHODOLOGY_TITLE);
  }

  /** A section with its heading and its one-sentence reading hint. */
  private static Element section(Element main, String id, String title) {
    Element section =
        main.appendElement("section").attr("id", id).attr("aria-labelledby", id + "-title");
    section.appendElement("h2").attr("id", id + "-title").text(title);
    String lead = Sections.lead(id);
    if (!lead.isEmpty()) {
      section.appendElement("p").addClass("lead").text(lead);
    }
    return section;
  }

  private static void figure(Element section, String svg) {
    section.appendElement("figure").appendChild(new DataNode(svg));
  }

  private static java.util.Optional<String> chartFor(Table t, int minGroup) {
    if (t.rows().isEmpty()) {
      return java.util.Optional.empty();
    }
    return switch (t.name()) {
      case "trend" ->
          java.util.Optional.of(
              Charts.trend(
                  t, "other_role_share", "Share of bodies that read as another role", minGroup));
      case "confusion_distribution" -> java.util.Optional.of(Charts.distribution(t));
      case "matrix" -> java.util.Optional.of(Charts.matrix(t));
      case "outcome_output" -> java.util.Optional.of(Charts.outcomeOutput(t));
      default -> java.util.Optional.empty();
    };
  }

  private static void tableFor(Element section, Table t, int minGroup) {
    switch (t.name()) {
      case "trend" -> {
        section
            .appendElement("p")
            .addClass("note")
            .text(
                "Share read as another role per quarter; n = postings with that title and a body"
                    + " role called, the share's base. The chart leaves out shares on fewer than "
                    + minGroup
                    + " such postings.");
        HtmlTables.trendPivot(section, t, "other_role_share");
        HtmlTables.full(section, t);
      }
      case "examples" -> {
        HtmlTables.examples(section, t);
        HtmlTables.full(section, t);
      }
      default -> {
        HtmlTables.View view = VIEWS.get(t.name());
        HtmlTables.compact(
            section, t, view == null ? new HtmlTables.View(t.columns(), null, null, false) : view);
        if (WITH_FULL_TABLE.contains(t.name())) {
          HtmlTables.full(section, t);
        }
      }
    }
  }
}
