package io.rolelens.analyzer;

import io.rolelens.analyzer.language.Language;
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

  static String write(TitleReading title, RoleProfile profile, Verdict verdict, Language language) {
    if (!language.isEnglish()) {
      return language.code().equals(Language.UNDETERMINED)
          ? "There is too little readable text to judge which role this posting describes."
          : "This posting does not read as English (detected: " + language.code()
              + "); RoleLens only reads English postings, so it makes no call.";
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
    String reads = "The duties read as " + shares + "; the strongest signals for " + body.displayName()
        + " are " + drivers + ". " + meaning(body);
    List<Role> expected = title.expectedRoles();
    if (expected.isEmpty()) {
      return reads;
    }
    String titled = expected.stream().map(Role::displayName).collect(Collectors.joining(" / "));
    return switch (verdict) {
      case CONSISTENT -> "The title says " + titled + " and the body agrees. " + reads;
      case MIXED -> "The title says " + titled + ", but the body mixes in other roles' work. " + reads;
      case MISMATCH -> "The title says " + titled + ", but the body describes a " + body.displayName()
          + " job. " + reads;
      case UNCLEAR -> reads;
    };
  }

  private static String meaning(Role role) {
    return switch (role) {
      case PRODUCT_MANAGER -> "A Product Manager owns the product vision and strategy and is judged on outcomes.";
      case PROJECT_MANAGER -> "A Project Manager owns timelines, milestones, resources and scope and is judged on delivering the plan.";
      case PRODUCT_OWNER -> "A Product Owner is the Scrum role that orders the backlog and speaks for the customer to the developers.";
    };
  }

  private static String topPhrases(List<Evidence> evidence, Role role) {
    List<String> top =
        evidence.stream().filter(e -> e.role() == role).limit(3).map(e -> "\u201C" + e.text() + "\u201D").toList();
    return top.isEmpty() ? "none" : String.join(", ", top);
  }

  private static int pct(double share) {
    return (int) Math.round(share * 100);
  }
}
