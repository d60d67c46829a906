package io.rolelens.batch.report;

import org.jsoup.nodes.Element;

/**
 * Renders the headline band: a big-number card per title role and one for the postings analysed,
 * each with its quarter-over-quarter change, then the takeaways. Stateless and thread-safe.
 */
final class HtmlGlance {
  private HtmlGlance() {}

  static void render(Element section, Glance glance) {
    section
        .appendElement("p")
        .addClass("note")
        .text(
            "Postings dated "
                + glance.quarter()
                + " whose body reads as a "
                + "different role from their title, among those whose body role could be called"
                + (glance.previous() == null
                    ? "."
                    : "; changes are on " + glance.previous() + ", in percentage points (pp)."));
    Element cards = section.appendElement("div").addClass("cards");
    for (Glance.Card card : glance.cards()) {
      roleCard(cards, glance, card);
    }
    Element total = card(cards, "total", "postings-card");
    total.appendElement("h3").attr("id", "postings-card").text("Postings analysed");
    total.appendElement("p").addClass("big").text(Format.cell("postings", glance.postings()));
    total
        .appendElement("p")
        .addClass("what")
        .text("titled as one of the three roles in " + glance.quarter());
    delta(
        total,
        glance,
        glance.postingsChange() == null ? null : glance.postingsChange().doubleValue(),
        false);
    if (!glance.scope().equals(glance.quarter())) {
      total
          .appendElement("p")
          .addClass("basis")
          .text(
              Format.count(glance.scopePostings(), "posting")
                  + " in "
                  + glance.scope()
                  + ", duplicates left out");
    }
    if (!glance.partial().isEmpty()) {
      section.appendElement("p").addClass("note").text(String.join(" ", glance.partial()));
    }
    if (!glance.takeaways().isEmpty()) {
      section.appendElement("h3").text("What stands out (" + glance.scope() + ")");
      Element list = section.appendElement("ul").addClass("takeaways");
      glance.takeaways().forEach(t -> list.appendElement("li").text(t));
    }
  }

  private static void roleCard(Element cards, Glance glance, Glance.Card card) {
    String id = card.role() + "-card";
    Element c = card(cards, card.role(), id);
    HtmlCells.role(c.appendElement("h3").attr("id", id), card.role());
    String name = Roles.display(card.role());
    if (card.otherRoleShare() == null) {
      c.appendElement("p").addClass("big").text(Format.NONE);
      c.appendElement("p").addClass("what").text("no " + name + " posting had a body role called");
    } else {
      c.appendElement("p").addClass("big").text(Format.percent(card.otherRoleShare()));
      c.appendElement("p").addClass("what").text("of " + name + " postings read as another role");
    }
    if (card.tooFew() && card.otherRoleShare() != null) {
      c.appendElement("p").addClass("delta").text(glance.cardNote(card));
    } else {
      delta(c, glance, card.changePoints(), true);
    }
    c.appendElement("p")
        .addClass("basis")
        .text(
            Format.count(card.postings(), "posting")
                + ", "
                + Format.cell("postings", card.called())
                + " with a body role called");
  }

  private static Element card(Element cards, String kind, String titleId) {
    return cards
        .appendElement("article")
        .addClass("card")
        .addClass(kind)
        .attr("aria-labelledby", titleId);
  }

  private static void delta(Element card, Glance glance, Double change, boolean points) {
    Element p = card.appendElement("p").addClass("delta");
    p.appendElement("span").attr("aria-hidden", "true").text(glance.changeNote(change, points));
    p.appendElement("span").addClass("vh").text(glance.changeSpoken(change, points));
  }
}
