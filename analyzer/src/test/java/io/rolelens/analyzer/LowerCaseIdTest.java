package io.rolelens.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolelens.analyzer.lexicon.Category;
import io.rolelens.analyzer.score.BodyStatus;
import io.rolelens.analyzer.score.Verdict;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LowerCaseIdTest {
  @Test
  void anIdIsTheConstantsNameInLowerCase() {
    assertThat(BodyStatus.OTHER_JOB.id()).isEqualTo("other_job");
    assertThat(Category.BACKLOG_OWNERSHIP.id()).isEqualTo("backlog_ownership");
  }

  @Test
  void anIdIsComputedOnceAndShared() {
    assertThat(Verdict.MIXED.id()).isSameAs(Verdict.MIXED.id());
  }

  @Test
  void idsStayEnglishUnderATurkishDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      assertThat(Verdict.MIXED.id()).isEqualTo("mixed");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void findsAConstantByItsIdAndNothingForAnUnknownOrNullId() {
    assertThat(LowerCaseId.find(Verdict.class, "mismatch")).contains(Verdict.MISMATCH);
    assertThat(LowerCaseId.find(Verdict.class, "MISMATCH")).isEmpty();
    assertThat(LowerCaseId.find(Verdict.class, null)).isEmpty();
  }

  @Test
  void listsAnEnumsIdsInDeclarationOrder() {
    assertThat(LowerCaseId.ids(Verdict.class))
        .containsExactly("consistent", "mixed", "mismatch", "unclear");
    assertThat(LowerCaseId.ids(BodyStatus.class)).contains("other_job");
  }
}
