package io.rolelens.batch.mine;

import io.rolelens.analyzer.LowerCaseId;
import io.rolelens.analyzer.title.RoleFamily;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * What {@code mine-phrases} checks of its inputs before and while it reads an index: two title
 * roles it knows and that differ, sides that hold postings, postings with English descriptions.
 * Each refusal names the problem and what the index holds. Stateless and thread-safe.
 */
final class MiningInputs {
  private MiningInputs() {}

  /**
   * Checks that {@code titleRole} and {@code against} (null for the rest) are two different title
   * role ids, before any work.
   *
   * @throws IllegalArgumentException naming the role that is not one, and the ones there are
   */
  static void checkTitleRoles(String titleRole, String against) {
    List<String> known = LowerCaseId.ids(RoleFamily.class);
    for (String role : against == null ? List.of(titleRole) : List.of(titleRole, against)) {
      if (!known.contains(role)) {
        throw new IllegalArgumentException(
            "unknown title role '" + role + "': use one of " + String.join(", ", known));
      }
    }
    if (titleRole.equals(against)) {
      throw new IllegalArgumentException(
          "--against names the title role mined ("
              + titleRole
              + "): compare it with another role or with rest");
    }
  }

  /** The selection, unless it is empty: then what the index does hold. */
  static IndexPostings.Selection require(
      IndexPostings.Selection selected, String which, IndexPostings postings, Path indexDir)
      throws IOException {
    if (selected.docs().length == 0) {
      throw new IOException(
          indexDir
              + " holds no postings "
              + which
              + " (duplicates aside); its title roles: "
              + String.join(", ", postings.titleRoles()));
    }
    return selected;
  }

  /** The side, unless none of its postings can be mined: then why. */
  static MinedPhrases.Side requireUsable(MinedPhrases.Side side, Path indexDir) throws IOException {
    if (side.postings() > 0) {
      return side;
    }
    if (side.withoutDescription() > 0) {
      throw new IOException(
          indexDir
              + " holds no posting descriptions, only evidence phrases: score with"
              + " --include-description, index that scored CSV, and mine again");
    }
    throw new IOException(
        String.format(
            Locale.ROOT,
            "none of the %,d %s postings in %s is in English",
            side.notEnglish(),
            side.label(),
            indexDir));
  }
}
