package io.rolelens.analyzer.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.rolelens.analyzer.Role;
import io.rolelens.analyzer.lexicon.Category;
import io.rolelens.analyzer.lexicon.Lexicon;
import io.rolelens.analyzer.match.Field;
import io.rolelens.analyzer.match.PhraseTagger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * How phrases add up to a role's evidence, with the bundled lexicon (compared, never hard-coded).
 */
class ProfilerTest {
  static PhraseTagger tagger;
  static Profiler profiler;

  @BeforeAll
  static void load() {
    Lexicon lexicon = Lexicon.bundled();
    tagger = new PhraseTagger(lexicon, null);
    profiler = new Profiler(lexicon);
  }

  static RoleProfile profile(String body) {
    return profiler.profile(tagger.tag(body, Field.BODY).mentions());
  }

  static double productOwner(String body) {
    return profile(body).weights().get(Role.PRODUCT_OWNER);
  }

  @Test
  void countsScrumEventsTogetherOnlyAsMuchAsTheStrongestOfThem() {
    double planning = productOwner("Join sprint planning.");
    double review = productOwner("Join the sprint review.");
    double retro = productOwner("Join the retrospective.");
    RoleProfile all =
        profile("Join sprint planning. Join the sprint review. Join the retrospective.");

    assertThat(all.evidence()).hasSize(3).allMatch(e -> e.category() == Category.SCRUM_EVENTS);
    assertThat(all.weights().get(Role.PRODUCT_OWNER))
        .isCloseTo(Math.max(planning, Math.max(review, retro)), within(1e-9));
  }

  @Test
  void countsBacklogOwnershipAndStoriesInFullBesideScrumEvents() {
    double backlog = productOwner("Own the product backlog.");
    double stories = productOwner("Write user stories.");
    double planning = productOwner("Join sprint planning.");

    assertThat(productOwner("Own the product backlog. Write user stories. Join sprint planning."))
        .isCloseTo(backlog + stories + planning, within(1e-9));
  }
}
