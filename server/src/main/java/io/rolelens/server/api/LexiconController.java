package io.rolelens.server.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.rolelens.analyzer.Role;
import io.rolelens.analyzer.hint.SeedDuty;
import io.rolelens.analyzer.lexicon.Category;
import io.rolelens.analyzer.lexicon.Lexicon;
import io.rolelens.analyzer.lexicon.LexiconEntry;
import io.rolelens.analyzer.section.SectionKind;

/**
 * {@code GET /api/v1/lexicon}: what a legend needs — the roles with a colour, an underline style
 * and a short label each (so colour is never the only cue) and the seed's duties each, the
 * categories with display names, the sections of a posting with what a phrase in each counts for
 * ({@link SectionKind#weight()}: 0 for the sections whose phrases do not count), and every entry's
 * id, role, category and explanation. Built once; thread-safe.
 */
public final class LexiconController {
  private final String body;

  public LexiconController(Lexicon lexicon) {
    this.body = render(lexicon);
  }

  /** Handles one lexicon call. */
  public void lexicon(Context ctx) {
    ctx.contentType("application/json").result(body);
  }

  private static String render(Lexicon lexicon) {
    ObjectNode root = new ObjectMapper().createObjectNode();
    root.put("lexiconVersion", lexicon.version());
    ArrayNode roles = root.putArray("roles");
    for (Role r : Role.values()) {
      ObjectNode role =
          roles
              .addObject()
              .put("id", r.id())
              .put("displayName", r.displayName())
              .put("colour", r.colour())
              .put("underline", r.underline())
              .put("label", r.label());
      // The page's fix hints name the title's duties a body never asks for, in the seed's words.
      ArrayNode duties = role.putArray("duties");
      for (SeedDuty d : SeedDuty.of(r)) {
        ObjectNode duty = duties.addObject().put("duty", d.id()).put("definition", d.definition());
        ArrayNode categories = duty.putArray("categories");
        d.categories().stream().sorted().forEach(c -> categories.add(c.id()));
      }
    }
    ArrayNode categories = root.putArray("categories");
    for (Category c : Category.values()) {
      ObjectNode node =
          categories.addObject().put("id", c.id()).put("displayName", c.displayName());
      node.put("evidence", c.isEvidence());
    }
    // Like FixHints, the page's fix hints leave out phrases in sections that count for nothing.
    ArrayNode sections = root.putArray("sections");
    for (SectionKind k : SectionKind.values()) {
      sections.addObject().put("id", k.id()).put("weight", k.weight());
    }
    ArrayNode entries = root.putArray("entries");
    for (LexiconEntry e : lexicon.entries()) {
      entries
          .addObject()
          .put("id", e.id())
          .put("role", e.role().id())
          .put("category", e.category().id())
          .put("orientation", e.orientation().id())
          .put("weight", e.weight())
          .put("explanation", e.explanation());
    }
    return root.toString();
  }
}
