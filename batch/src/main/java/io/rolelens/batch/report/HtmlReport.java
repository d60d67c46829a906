package io.rolelens.batch.report;

import java.util.List;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Renders a {@link Report} as one self-contained HTML page: inline CSS with print rules, inline SVG
 * charts, no scripts and nothing fetched. Text goes in through jsoup, so it is always escaped.
 */
final class HtmlReport {
  private static final String CSS = """
      body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;max-width:1000px;margin:2em auto;padding:0 1em;color:#222}
      h1{font-size:1.6em}h2{margin-top:2em;border-bottom:1px solid #ddd;padding-bottom:.2em}
      table{border-collapse:collapse;margin:.5em 0 1em;font-size:12.5px}
      th,td{border:1px solid #ccc;padding:3px 6px;text-align:left;vertical-align:top}
      th{background:#f3f3f3}td.n{text-align:right;font-variant-numeric:tabular-nums}
      .note{color:#555;font-size:.95em}.scroll{overflow-x:auto}.chart svg{max-width:100%;height:auto}
      @media print{body{margin:0;max-width:none;font-size:11px}h2{break-after:avoid}table,.chart{break-inside:avoid}
      a{color:inherit;text-decoration:none}.scroll{overflow:visible}table{font-size:9.5px}}
      """;

  private HtmlReport() {}

  static String render(Report report) {
    Document doc = Document.createShell("");
    doc.outputSettings().prettyPrint(false).charset("UTF-8");
    doc.head().appendElement("meta").attr("charset", "utf-8");
    doc.head().appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
    doc.title("RoleLens role-confusion report: " + report.meta().get("scope"));
    doc.head().appendElement("style").appendChild(new DataNode(CSS));
    Element body = doc.body();
    body.appendElement("h1").text("Role-confusion report: " + report.meta().get("scope"));
    body.appendElement("p").addClass("note").text("Generated " + report.meta().get("generated_at") + " from "
        + report.meta().get("postings_in_index") + " indexed postings; " + report.meta().get("duplicates_excluded")
        + " exact duplicates left out. How often do postings titled Product Manager, Project Manager or Product Owner"
        + " describe another of the three roles?");
    for (Table t : report.tables()) {
      body.appendElement("h2").attr("id", t.name()).text(t.title());
      if (!t.note().isEmpty()) {
        body.appendElement("p").addClass("note").text(t.note());
      }
      chartFor(t).ifPresent(svg -> body.appendElement("div").addClass("chart").appendChild(new DataNode(svg)));
      table(body, t);
    }
    body.appendElement("h2").attr("id", "methodology").text("Methodology");
    report.methodology().forEach(p -> body.appendElement("p").text(p));
    return "<!DOCTYPE html>\n" + doc.html() + "\n";
  }

  private static java.util.Optional<String> chartFor(Table t) {
    return switch (t.name()) {
      case "trend" -> java.util.Optional.of(Charts.trend(t, "other_role_share", "Share of bodies that read as another role"));
      case "confusion_distribution" -> java.util.Optional.of(Charts.distribution(t));
      case "matrix" -> java.util.Optional.of(Charts.matrix(t));
      default -> java.util.Optional.empty();
    };
  }

  private static void table(Element body, Table t) {
    if (t.rows().isEmpty()) {
      body.appendElement("p").addClass("note").text("No rows.");
      return;
    }
    Element table = body.appendElement("div").addClass("scroll").appendElement("table");
    Element head = table.appendElement("thead").appendElement("tr");
    t.columns().forEach(c -> head.appendElement("th").text(c));
    Element rows = table.appendElement("tbody");
    for (List<Object> r : t.rows()) {
      Element tr = rows.appendElement("tr");
      for (Object cell : r) {
        Element td = tr.appendElement("td").text(Table.text(cell));
        if (cell instanceof Number) {
          td.addClass("n");
        }
      }
    }
  }
}
