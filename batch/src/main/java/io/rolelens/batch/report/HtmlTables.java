package io.rolelens.batch.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Renders report tables as HTML a person can read at a glance: a compact view (fewer columns, rows
 * grouped under a heading instead of a repeated column, roles as labelled colour tags, shares as
 * percentages with a small bar) and the full table with every CSV column, collapsed on screen and
 * printed open. Text goes in through jsoup, so it is always escaped. Stateless and thread-safe.
 */
final class HtmlTables {
  /** Tables longer than this may break across printed pages; shorter ones are kept whole. */
  private static final int KEEP_WHOLE_ROWS = 20;

  /**
   * How a table's compact form is shown.
   *
   * @param columns the columns shown, in order; the first is each row's header
   * @param groupBy the column whose value heads a group of rows instead of repeating, or null
   * @param meter the share column drawn with a bar, or null
   * @param newestFirst whether groups run in reverse order (newest quarter first)
   */
  record View(List<String> columns, String groupBy, String meter, boolean newestFirst) {
    View {
      columns = List.copyOf(columns);
    }
  }

  private HtmlTables() {}

  /** The compact form of {@code t} as {@code view} describes it. */
  static void compact(Element parent, Table t, View view) {
    Element table = start(parent, t);
    Element head = table.appendElement("thead").appendElement("tr");
    Set<String> numeric = t.numericColumns();
    view.columns().forEach(c -> HtmlCells.header(head, c, numeric.contains(c)));
    Map<Object, List<List<Object>>> groups = new LinkedHashMap<>();
    int groupAt = view.groupBy() == null ? -1 : t.columns().indexOf(view.groupBy());
    t.rows()
        .forEach(
            r ->
                groups
                    .computeIfAbsent(groupAt < 0 ? "" : r.get(groupAt), k -> new ArrayList<>())
                    .add(r));
    List<Object> keys = new ArrayList<>(groups.keySet());
    if (view.newestFirst()) {
      java.util.Collections.reverse(keys);
    }
    for (Object key : keys) {
      Element body = table.appendElement("tbody");
      if (groupAt >= 0) {
        Element th =
            body.appendElement("tr")
                .addClass("group")
                .appendElement("th")
                .attr("scope", "rowgroup")
                .attr("colspan", String.valueOf(view.columns().size()));
        HtmlCells.fill(th, view.groupBy(), key);
      }
      for (List<Object> row : groups.get(key)) {
        Element tr = body.appendElement("tr");
        for (int i = 0; i < view.columns().size(); i++) {
          String column = view.columns().get(i);
          Object value = row.get(t.columns().indexOf(column));
          Element cell =
              i == 0 ? tr.appendElement("th").attr("scope", "row") : tr.appendElement("td");
          if (numeric.contains(column)) {
            cell.addClass("n");
          }
          if (column.equals(view.meter()) && value instanceof Double share) {
            HtmlCells.meter(cell, HtmlCells.meterRole(t, row), share);
          }
          HtmlCells.fill(cell, column, value);
          if (column.equals("phrase") && t.columns().contains("phrase_id")) {
            cell.appendElement("span")
                .addClass("small")
                .text(
                    " · " + PhraseWords.theme((String) row.get(t.columns().indexOf("phrase_id"))));
          }
          if (t.name().equals("matrix") && column.equals("body_" + row.get(0))) {
            cell.addClass("same");
          }
        }
      }
    }
  }

  /** Every column of {@code t}, named as in its CSV file, inside a collapsed {@code <details>}. */
  static void full(Element parent, Table t) {
    if (t.rows().isEmpty()) {
      return;
    }
    Element details = parent.appendElement("details").addClass("full");
    details.appendElement("summary").text("All columns, as in tables/" + t.name() + ".csv");
    Element table = start(details, t);
    Set<String> numeric = t.numericColumns();
    Element head = table.appendElement("thead").appendElement("tr");
    for (String c : t.columns()) {
      Element th = head.appendElement("th").attr("scope", "col");
      if (numeric.contains(c)) {
        th.addClass("n");
      }
      // Break long column names after underscores so the table fits without scrolling.
      String[] parts = c.split("(?<=_)");
      for (int i = 0; i < parts.length; i++) {
        th.appendText(parts[i]);
        if (i < parts.length - 1) {
          th.appendElement("wbr");
        }
      }
    }
    Element body = table.appendElement("tbody");
    for (List<Object> row : t.rows()) {
      Element tr = body.appendElement("tr");
      for (int i = 0; i < row.size(); i++) {
        Element cell =
            i == 0 ? tr.appendElement("th").attr("scope", "row") : tr.appendElement("td");
        cell.text(Format.cell(t.columns().get(i), row.get(i)));
        if (numeric.contains(t.columns().get(i))) {
          cell.addClass("n");
        }
      }
    }
  }

  /**
   * The trend pivoted: a row per quarter, a column per title role, cells the share and its base.
   */
  static void trendPivot(Element parent, Table trend, String column) {
    Element table = start(parent, trend);
    Element head = table.appendElement("thead").appendElement("tr");
    head.appendElement("th").attr("scope", "col").text("Quarter");
    Roles.IDS.forEach(
        r -> HtmlCells.role(head.appendElement("th").attr("scope", "col").addClass("n"), r));
    Map<String, Map<String, List<Object>>> byQuarter = new LinkedHashMap<>();
    trend
        .rows()
        .forEach(
            r ->
                byQuarter
                    .computeIfAbsent((String) r.get(0), k -> new LinkedHashMap<>())
                    .put((String) r.get(1), r));
    Element body = table.appendElement("tbody");
    int at = trend.columns().indexOf(column);
    int base = trend.columns().indexOf("body_role_called");
    byQuarter.forEach(
        (quarter, roles) -> {
          Element tr = body.appendElement("tr");
          tr.appendElement("th").attr("scope", "row").text(quarter);
          for (String role : Roles.IDS) {
            List<Object> row = roles.get(role);
            Element td = tr.appendElement("td").addClass("n");
            td.appendText(row == null ? Format.NONE : Format.cell(column, row.get(at)));
            if (row != null) {
              td.appendElement("span")
                  .addClass("small")
                  .text(" n=" + Format.cell("postings", row.get(base)));
            }
          }
        });
  }

  /**
   * Example postings grouped by mismatch kind: the posting with the title that fits its body, its
   * confusion score and its evidence.
   */
  static void examples(Element parent, Table t) {
    Element table = start(parent, t);
    Element head = table.appendElement("thead").appendElement("tr");
    head.appendElement("th").attr("scope", "col").addClass("posting").text("Posting");
    head.appendElement("th").attr("scope", "col").addClass("n").text("Confusion score");
    head.appendElement("th").attr("scope", "col").text("Evidence that weighed most");
    Map<Object, List<List<Object>>> byKind = new LinkedHashMap<>();
    t.rows().forEach(r -> byKind.computeIfAbsent(r.get(0), k -> new ArrayList<>()).add(r));
    byKind.forEach(
        (kind, rows) -> {
          Element body = table.appendElement("tbody");
          HtmlCells.fill(
              body.appendElement("tr")
                  .addClass("group")
                  .appendElement("th")
                  .attr("scope", "rowgroup")
                  .attr("colspan", "3"),
              "kind",
              kind);
          for (List<Object> r : rows) {
            Element tr = body.appendElement("tr");
            Element posting = tr.appendElement("th").attr("scope", "row");
            posting.appendElement("strong").text(Table.text(r.get(2)));
            posting.appendElement("br");
            Element meta = posting.appendElement("span").addClass("small");
            for (int i : new int[] {3, 4, 1, 5}) {
              meta.appendText(i == 3 ? "" : " · ")
                  .appendElement("span")
                  .addClass("nowrap")
                  .text(Table.text(r.get(i)));
            }
            String suggested = Table.text(r.get(t.columns().indexOf("suggested_title")));
            if (!suggested.isEmpty()) {
              posting.appendElement("br");
              posting
                  .appendElement("span")
                  .addClass("small")
                  .text("Title that fits the body: " + suggested);
            }
            tr.appendElement("td")
                .addClass("n")
                .text(
                    Format.cell("confusion_score", r.get(t.columns().indexOf("confusion_score"))));
            HtmlCells.fill(
                tr.appendElement("td"), "evidence", r.get(t.columns().indexOf("evidence")));
          }
        });
  }

  private static Element start(Element parent, Table t) {
    Element table = parent.appendElement("div").addClass("tbl").appendElement("table");
    table.appendElement("caption").addClass("vh").text(t.title());
    if (t.rows().size() <= KEEP_WHOLE_ROWS) {
      table.addClass("keep");
    }
    return table;
  }
}
