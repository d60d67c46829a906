package io.rolelens.batch.report;

import java.util.Map;

/**
 * What a reader should look for in each section, one sentence each, shared by the HTML and Markdown
 * forms so they stay in step. Stateless and thread-safe.
 */
final class Sections {
  static final String GLANCE_ID = "at-a-glance";
  static final String GLANCE_TITLE = "At a glance";
  static final String METHODOLOGY_ID = "methodology";
  static final String METHODOLOGY_TITLE = "Methodology";

  private static final Map<String, String> LEADS =
      Map.ofEntries(
          Map.entry(
              GLANCE_ID,
              "Look at the big numbers first: the share of each title's postings whose text"
                  + " describes a different role."),
          Map.entry(
              "headline",
              "Look for a title role whose share read as another role jumps from one quarter to the"
                  + " next."),
          Map.entry(
              "confusion_distribution",
              "Look at the two ends: postings near 0 describe their titled role, postings near 100"
                  + " describe a different one."),
          Map.entry(
              "matrix",
              "Look off the diagonal: every posting outside the highlighted cells reads as a"
                  + " different role from its title, or as another job altogether."),
          Map.entry(
              "trend",
              "Look for lines that climb: a rising line means that title is used more and more for"
                  + " another role's work."),
          Map.entry(
              "by_company",
              "Look for companies well above the others; a group of a few postings moves a lot with"
                  + " each one."),
          Map.entry(
              "by_location",
              "Look for places well above the others; a group of a few postings moves a lot with"
                  + " each one."),
          Map.entry(
              "by_seniority",
              "Look for the levels where titles drift most from the work they describe."),
          Map.entry(
              "driving_phrases",
              "Look at the top phrases of each kind: they are the duties that make a posting read"
                  + " as another role."),
          Map.entry(
              "certifications",
              "Look for certifications that belong to another role, such as CSPO in a Project"
                  + " Manager posting."),
          Map.entry(
              "outcome_output",
              "Look at where each role sits between output work (below 0) and outcome work (above"
                  + " 0)."),
          Map.entry(
              "examples",
              "Read a few postings to check the verdicts: the evidence lists the phrases that"
                  + " weighed most."),
          Map.entry(
              METHODOLOGY_ID,
              "Read this before quoting a figure: what was counted, what was left out, and the"
                  + " limits."));

  /**
   * Notes that name raw CSV columns, reworded for a person; the JSON keeps the table's own note.
   */
  private static final Map<String, String> NOTES =
      Map.of(
          "headline",
          "Per quarter and title role. Each change compares with the quarter before: postings in"
              + " postings, shares in percentage points (pp), mean confusion in score points. 'Read"
              + " as another role' counts postings whose body reads as a different role, among"
              + " those whose body role could be called.");

  private Sections() {}

  /**
   * The note a person reads under a section's heading: the table's own, unless it names raw
   * columns.
   */
  static String note(Table t) {
    return NOTES.getOrDefault(t.name(), t.note());
  }

  /** The section's one-sentence reading hint, or empty for a section without one. */
  static String lead(String id) {
    return LEADS.getOrDefault(id, "");
  }
}
