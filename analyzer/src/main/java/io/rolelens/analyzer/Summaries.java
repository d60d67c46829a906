package io.rolelens.analyzer;

import io.rolelens.analyzer.language.Language;
import io.rolelens.analyzer.otherjob.OtherJob;
import io.rolelens.analyzer.otherjob.OtherJobCue;
import io.rolelens.analyzer.otherjob.OtherJobEvidence;
import io.rolelens.analyzer.score.BodyStatus;
import io.rolelens.analyzer.score.Evidence;
import io.rolelens.analyzer.score.RoleProfile;
import io.rolelens.analyzer.score.Verdict;
import io.rolelens.analyzer.title.TitleReading;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Writes the plain-language summary of an analysis, grounded in what the roles mean. */
final class Summaries {
  private Summaries() {}

  static String write(
      TitleReading title,
      RoleProfile profile,
      BodyStatus status,
      OtherJobEvidence otherJob,
      Verdict verdict,
      Language language) {
    if (!status.bodyRead(language)) {
      return language.code().equals(Language.UNDETERMINED)
          ? "There is too little readable text to judge which role this posting describes."
          : "This posting does not read as English (detected: "
              + language.code()
              + ") and names too few duties RoleLens reads in that language, so it makes no call.";
    }
    String read = write(title, profile, status, otherJob, verdict);
    return language.isEnglish()
        ? read
        : "Read from its duty phrases in another language (detected: "
            + language.code()
            + "). "
            + read;
  }

  private static String write(
      TitleReading title,
      RoleProfile profile,
      BodyStatus status,
      OtherJobEvidence otherJob,
      Verdict verdict) {
    if (status == BodyStatus.OTHER_JOB) {
      return otherJob(title, otherJob);
    }
    if (!profile.sufficient()) {
      return "The body says too little about duties to tell a Product Manager, Project Manager or"
          + " Product Owner job apart.";
    }
    Role body = profile.bestGuess();
    String shares =
        String.format(
            Locale.ROOT,
            "%d%% Product Manager, %d%% Project Manager, %d%% Product Owner",
            pct(profile.share(Role.PRODUCT_MANAGER)),
            pct(profile.share(Role.PROJECT_MANAGER)),
            pct(profile.share(Role.PRODUCT_OWNER)));
    String drivers = topPhrases(profile.evidence(), body);
    String reads =
        "The duties read as "
            + shares
            + "; the strongest signals for "
            + body.displayName()
            + " are "
            + drivers
            + ". "
            + meaning(body);
    List<Role> expected = title.expectedRoles();
    if (expected.isEmpty()) {
      return noTitleRole(title) + reads;
    }
    String titled = titled(expected);
    return switch (verdict) {
      case CONSISTENT -> "The title says " + titled + " and the body agrees. " + reads;
      case MIXED ->
          "The title says " + titled + ", but the body mixes in other roles' work. " + reads;
      case MISMATCH ->
          "The title says "
              + titled
              + ", but the body describes a "
              + body.displayName()
              + " job. "
              + reads;
      case UNCLEAR -> reads;
    };
  }

  /**
   * Why a body read as a role gets no verdict: there is no title, or it names none of the three
   * roles, so there is nothing to compare the body with.
   */
  private static String noTitleRole(TitleReading title) {
    return title.text().isBlank()
        ? "There is no title to compare the body with, so there is no verdict. "
        : "The title names none of Product Manager, Project Manager or Product Owner, so there is"
            + " no verdict. ";
  }

  /** The summary of a body that describes a different job, naming the job and its cues. */
  private static String otherJob(TitleReading title, OtherJobEvidence evidence) {
    OtherJob job = evidence.mainJob();
    String quoted = quoted(evidence.byJob().get(job).stream().map(OtherJobCue::text).toList());
    String describes =
        String.format(
            Locale.ROOT,
            "describes a different job, mostly %s: it names %d tools and duties of other jobs (%s),"
                + " which outweigh its Product Manager, Project Manager and Product Owner duties.",
            job.name(),
            evidence.count(),
            quoted);
    List<Role> expected = title.expectedRoles();
    return expected.isEmpty()
        ? "The body " + describes
        : "The title says " + titled(expected) + ", but the body " + describes;
  }

  /** The roles a title names, as "Product Manager / Product Owner". */
  private static String titled(List<Role> expected) {
    return expected.stream().map(Role::displayName).collect(Collectors.joining(" / "));
  }

  private static String meaning(Role role) {
    return switch (role) {
      case PRODUCT_MANAGER ->
          "A Product Manager owns the product vision and strategy and is judged on outcomes.";
      case PROJECT_MANAGER ->
          "A Project Manager owns timelines, milestones, resources and scope and is judged on"
              + " delivering the plan.";
      case PRODUCT_OWNER ->
          "A Product Owner is the Scrum role that orders the backlog and speaks for the customer to"
              + " the developers.";
    };
  }

  private static String topPhrases(List<Evidence> evidence, Role role) {
    List<String> top = evidence.stream().filter(e -> e.role() == role).map(Evidence::text).toList();
    return top.isEmpty() ? "none" : quoted(top);
  }

  /** The first three texts in curly quotes, joined by commas. */
  private static String quoted(List<String> texts) {
    return texts.stream()
        .limit(3)
        .map(t -> "\u201C" + t + "\u201D")
        .collect(Collectors.joining(", "));
  }

  private static int pct(double share) {
    return (int) Math.round(share * 100);
  }
}
