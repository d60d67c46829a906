package io.rolelens.analyzer.score;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolelens.analyzer.Role;
import io.rolelens.analyzer.language.Language;
import io.rolelens.analyzer.otherjob.OtherJob;
import io.rolelens.analyzer.otherjob.OtherJobCue;
import io.rolelens.analyzer.otherjob.OtherJobEvidence;
import io.rolelens.analyzer.otherjob.OtherJobRule;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Reading what a body is: role work, thin, another job or not English. */
class BodyStatusTest {
  static final Language ENGLISH = new Language(Language.ENGLISH, 0.9, "function-words");
  static final OtherJob DATA = new OtherJob("data_analysis", "data analysis and data science");

  static RoleProfile profile(double weight) {
    return new RoleProfile(Map.of(Role.PRODUCT_MANAGER, weight), weight, 0, 0, List.of());
  }

  /** A profile whose evidence is all worded in another language. */
  static RoleProfile otherLanguage(double weight) {
    Evidence e =
        new Evidence(
            "pm.roadmap.roadmap" + RoleProfile.OTHER_LANGUAGE_SUFFIX,
            Role.PRODUCT_MANAGER,
            io.rolelens.analyzer.lexicon.Category.ROADMAP,
            "hoja de ruta",
            0,
            12,
            1,
            weight,
            "Roadmap.");
    return new RoleProfile(Map.of(Role.PRODUCT_MANAGER, weight), weight, 0, 0, List.of(e));
  }

  static OtherJobEvidence cues(int n) {
    return new OtherJobEvidence(
        IntStream.range(0, n).mapToObj(i -> new OtherJobCue(DATA, "x", i, i + 1)).toList());
  }

  @Test
  void readsEveryEnglishBodyAndABodyInAnotherLanguageOnlyWhenOk() {
    Language spanish = new Language("spa", 0.9, "opennlp");
    for (BodyStatus s : BodyStatus.values()) {
      assertThat(s.bodyRead(ENGLISH)).as(s.id()).isTrue();
      assertThat(s.bodyRead(spanish)).as(s.id()).isEqualTo(s == BodyStatus.OK);
    }
  }

  @Test
  void isOkWithEnoughRoleEvidenceAndFewCues() {
    assertThat(BodyStatus.of(ENGLISH, profile(5), cues(2), OtherJobRule.FITTED))
        .isEqualTo(BodyStatus.OK);
  }

  @Test
  void isThinWithLittleRoleEvidenceAndFewCues() {
    assertThat(BodyStatus.of(ENGLISH, profile(0.9), cues(2), OtherJobRule.FITTED))
        .isEqualTo(BodyStatus.THIN);
  }

  @Test
  void isAnotherJobWhenItsCuesOutweighTheRoleEvidenceEvenWithEnoughOfIt() {
    assertThat(BodyStatus.of(ENGLISH, profile(10), cues(4), OtherJobRule.FITTED))
        .isEqualTo(BodyStatus.OTHER_JOB);
    assertThat(BodyStatus.of(ENGLISH, profile(10.1), cues(4), OtherJobRule.FITTED))
        .isEqualTo(BodyStatus.OK);
  }

  @Test
  void isAnotherJobRatherThanThinWithNoRoleEvidenceAtAll() {
    assertThat(BodyStatus.of(ENGLISH, profile(0), cues(3), OtherJobRule.FITTED))
        .isEqualTo(BodyStatus.OTHER_JOB);
  }

  @Test
  void isNotEnglishInAnotherLanguageWithTooFewDutiesReadInIt() {
    Language portuguese = new Language("por", 0.8, "opennlp");
    double below = RoleProfile.MIN_EVIDENCE_OTHER_LANGUAGE - 0.01;
    assertThat(BodyStatus.of(portuguese, otherLanguage(below), cues(0), OtherJobRule.FITTED))
        .isEqualTo(BodyStatus.NOT_ENGLISH);
    assertThat(BodyStatus.of(portuguese, profile(10), cues(0), OtherJobRule.FITTED))
        .as("borrowed English terms alone")
        .isEqualTo(BodyStatus.NOT_ENGLISH);
  }

  @Test
  void judgesABodyInAnotherLanguageByItsDutiesWithoutTheEnglishOtherJobCues() {
    Language portuguese = new Language("por", 0.8, "opennlp");
    assertThat(
            BodyStatus.of(
                portuguese,
                otherLanguage(RoleProfile.MIN_EVIDENCE_OTHER_LANGUAGE),
                cues(9),
                OtherJobRule.FITTED))
        .isEqualTo(BodyStatus.OK);
  }

  @Test
  void isThinWhenTooLittleTextToTellItsLanguage() {
    Language unknown = new Language(Language.UNDETERMINED, 0, "too-short");
    assertThat(BodyStatus.of(unknown, profile(0), cues(0), OtherJobRule.FITTED))
        .isEqualTo(BodyStatus.THIN);
  }

  @ParameterizedTest
  @EnumSource(BodyStatus.class)
  void readsBackEachStatusFromItsId(BodyStatus status) {
    assertThat(BodyStatus.fromId(status.id())).contains(status);
    assertThat(status.id()).matches("[a-z_]+");
  }
}
