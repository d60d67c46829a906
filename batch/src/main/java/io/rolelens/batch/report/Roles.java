package io.rolelens.batch.report;

import io.rolelens.analyzer.Role;
import io.rolelens.scoring.tally.TalliedPosting;
import java.util.Arrays;
import java.util.List;

/**
 * The three role ids in report order and how each is shown, read from {@link Role}, the one place
 * they are defined: display name, lexicon id prefix, colour and short label (so colour is never the
 * only cue).
 */
final class Roles {
  static final List<String> IDS = TalliedPosting.ROLE_IDS;

  private Roles() {}

  /** "product_manager" → "Product Manager"; the body status "other_job" reads "another job". */
  static String display(String id) {
    return id.equals("other_job")
        ? "another job"
        : Role.fromId(id).map(Role::displayName).orElse(id.replace('_', ' '));
  }

  /** The mismatch kind "product_manager→product_owner" as a person reads it. */
  static String kind(String titleRole, String bodyRole) {
    return display(titleRole) + " title, " + display(bodyRole) + " body";
  }

  /** The role's colour as {@code #RRGGBB}; grey for anything else. */
  static String colour(String id) {
    return Role.fromId(id).map(Role::colour).orElse("#6E6E73");
  }

  /** The role's short label ("PdM", "PjM", "PO"); empty for anything else. */
  static String shortLabel(String id) {
    return Role.fromId(id).map(Role::label).orElse("");
  }

  /**
   * The role whose lexicon prefix starts this phrase id ("po.scrum_events.x" → product_owner), or
   * null.
   */
  static String ofPhrase(String phraseId) {
    int dot = phraseId.indexOf('.');
    String prefix = dot < 0 ? phraseId : phraseId.substring(0, dot);
    return Arrays.stream(Role.values())
        .filter(r -> r.prefix().equals(prefix))
        .map(Role::id)
        .findFirst()
        .orElse(null);
  }
}
