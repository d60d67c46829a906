package io.rolelens.batch.report;

import io.rolelens.analyzer.score.RoleProfile;
import java.util.List;
import java.util.Map;

/** The methodology section's text, with the report's own figures filled in. */
final class Methodology {
  private Methodology() {}

  static List<String> paragraphs(Map<String, Object> meta) {
    return List.of(
        "Data. "
            + meta.get("postings_in_index")
            + " postings in the index, dated over "
            + ((List<?>) meta.get("quarters_in_index")).size()
            + " quarter(s); this report covers "
            + meta.get("scope")
            + " ("
            + meta.get("postings_in_scope")
            + " postings, of which "
            + meta.get("postings_titled_as_a_scored_role")
            + " are titled Product Manager, Project Manager or Product Owner). "
            + meta.get("undated_postings")
            + " posting(s) had no readable date: they count in 'all quarters' reports but in no"
            + " quarter.",
        "Deduplication. A posting whose description, case-folded with whitespace collapsed, is"
            + " exactly that of an earlier posting is marked duplicate_of that posting when scored"
            + " and left out of every count here ("
            + meta.get("duplicates_excluded")
            + " left out). Near-duplicates (a changed sentence) are kept.",
        "Scoring. Each body is read with the RoleLens lexicon (version "
            + meta.get("lexicon_version")
            + ") of phrases that mark each role's duties. A role's evidence is the sum of its"
            + " phrases' weights, repetitions damped; the shares are each role's evidence raised to"
            + " the power "
            + RoleProfile.SHARPNESS
            + " over the sum of the three so raised, which readers of the bodies agreed with best"
            + " (a body with twice one role's evidence reads as about 74/26, not 67/33)."
            + " Bodies with too little evidence, or not in English, get no body role and the"
            + " verdict 'unclear'. A body naming several tools and duties of another job (SQL and"
            + " Python, care plans, cold calling) that outweigh its role evidence describes a"
            + " different job: no body role either, and the verdict 'mismatch' when the title names"
            + " one of the three roles, since the title does not fit it. The verdict compares the"
            + " body with the title: consistent, mixed or mismatch.",
        "What the scores mean. The confusion score (0-100) is the share of the body about roles"
            + " other than the title's, discounted when the evidence is thin. The"
            + " outcome-versus-output index runs from -1 (output work) to +1 (outcome work)."
            + " 'Read as another role' is the share of postings with a body role called whose body"
            + " reads as a different role from the title's; 'Mismatch verdicts' is the share of"
            + " judged postings whose verdict is 'mismatch'; 'Another job' counts postings whose"
            + " body describes a different job altogether, and 'No call' those too thin or not in"
            + " English to read.",
        "Limits. The lexicon finds phrases, not meaning: a posting that describes duties in unusual"
            + " words reads as thin, and boilerplate about the company can add evidence. Titles are"
            + " read by rules (a title naming two roles counts under the first). Breakdowns show"
            + " only groups of at least "
            + meta.get("min_group_size")
            + " postings, and shares over small groups move a lot with each posting; read changes"
            + " of a few points as noise. The data are what the export holds: job boards, scrapes"
            + " and their sampling decide what is in it.");
  }
}
