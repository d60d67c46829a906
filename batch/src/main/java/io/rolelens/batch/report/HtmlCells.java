package io.rolelens.batch.report;

import java.util.List;
import org.jsoup.nodes.Element;

/**
 * The cells of the report's HTML tables: headers, and values shown as people read them (roles as
 * their colour tag and name, shares with a bar in the role's colour, evidence as chips, numbers
 * formatted). Stateless and thread-safe.
 */
final class HtmlCells {
  private HtmlCells() {}

  static void header(Element row, String column, boolean numeric) {
    Element th = row.appendElement("th").attr("scope", "col");
    if (numeric) {
      th.addClass("n");
    }
    if (column.startsWith("body_")) {
      role(th, column.substring("body_".length()));
      th.appendText(" body");
    } else if (column.equals("certification_id")) {
      th.text("Belongs to");
    } else if (column.endsWith("_qoq") || column.endsWith("_qoq_pp")) {
      // Beside the figure it changes, "Change" is enough; a screen reader hears the full name.
      th.attr("title", Format.label(column))
          .attr("aria-label", Format.label(column))
          .text("Change");
    } else {
      th.text(Format.label(column));
    }
  }

  /** Puts a cell's value into {@code cell}: roles as tags, evidence as chips, numbers formatted. */
  static void fill(Element cell, String column, Object value) {
    String text = Table.text(value);
    switch (column) {
      case "title_role" -> role(cell, text);
      case "kind" -> {
        role(cell, Format.kindTitle(text));
        cell.appendElement("span").addClass("arrow").attr("aria-hidden", "true").text("→");
        cell.appendElement("span").addClass("vh").text(" reads as ");
        role(cell, Format.kindBody(text));
      }
      case "certification_id" -> {
        String role = Roles.ofPhrase(text);
        if (role == null) {
          cell.text(text);
        } else {
          role(cell, role);
        }
      }
      case "evidence" -> {
        for (String phrase : text.split("; ")) {
          if (!phrase.isBlank()) {
            cell.appendElement("span").addClass("ev").text(phrase);
          }
        }
      }
      default -> cell.appendText(Format.cell(column, value));
    }
  }

  /** A role as its colour tag with short label, then its name. */
  static void role(Element parent, String role) {
    Element span = parent.appendElement("span").addClass("role");
    String label = Roles.shortLabel(role);
    if (!label.isEmpty()) {
      span.appendElement("span")
          .addClass("tag")
          .addClass(role)
          .attr("aria-hidden", "true")
          .text(label);
      span.appendText(" ");
    }
    span.appendText(Roles.display(role));
  }

  static void meter(Element cell, String role, double share) {
    Element bar = cell.appendElement("span").addClass("meter").attr("aria-hidden", "true");
    bar.appendElement("span")
        .addClass(role == null ? "other" : role)
        .attr("style", "width:" + Math.round(Math.max(0, Math.min(1, share)) * 100) + "%");
  }

  /** The role a row's share bar is coloured by: the certification's, the body's, or the title's. */
  static String meterRole(Table t, List<Object> row) {
    if (t.columns().contains("certification_id")) {
      return Roles.ofPhrase((String) row.get(t.columns().indexOf("certification_id")));
    }
    if (t.columns().contains("kind")) {
      return Format.kindBody((String) row.get(t.columns().indexOf("kind")));
    }
    return (String) row.get(t.columns().indexOf("title_role"));
  }
}
