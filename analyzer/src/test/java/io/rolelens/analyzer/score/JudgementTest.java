package io.rolelens.analyzer.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.rolelens.analyzer.Role;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The verdict boundaries and confusion score documented on {@link Judgement}. */
class JudgementTest {

  static RoleProfile profile(double pm, double pjm, double po) {
    return new RoleProfile(
        Map.of(Role.PRODUCT_MANAGER, pm, Role.PROJECT_MANAGER, pjm, Role.PRODUCT_OWNER, po),
        pm + pjm + po,
        0,
        0,
        List.of());
  }

  static List<Role> roles(String ids) {
    return Arrays.stream(ids.split("\\+")).map(id -> Role.fromId(id).orElseThrow()).toList();
  }

  // Evidence weights; the shares they give are sharpened (RoleProfile.SHARPNESS), s_T noted beside.
  @ParameterizedTest(name = "{0}: PM {1}, PjM {2}, PO {3} -> {4}")
  @CsvSource({
    "product_manager, 6,    2,    2,    CONSISTENT, 28", // s_T 0.699
    "product_manager, 9,    1,    0,    CONSISTENT, 4", // s_T 0.956
    "product_manager, 5,    2.5,  2.5,  CONSISTENT, 40", // s_T 0.569
    "product_manager, 4.5,  2.75, 2.75, MIXED,      46", // s_T 0.499
    "product_manager, 4,    3,    3,    MIXED,      53", // s_T 0.428
    "product_manager, 4,    6,    0,    MIXED,      59", // s_T 0.362
    "product_manager, 3.8,  6.2,  0,    MISMATCH,   61", // s_T 0.335
    "product_manager, 2,    8,    0,    MISMATCH,   80", // s_T 0.126
    "product_manager, 0,    0,    10,   MISMATCH,   92", // s_T 0
    "project_manager, 1,    8,    1,    CONSISTENT, 9", // s_T 0.902
    "product_owner,   1,    1,    1.2,  MIXED,      33", // s_T 0.392
    "product_manager+product_owner, 3, 3, 4, CONSISTENT, 26", // s_T 0.714
    "product_manager+product_owner, 1, 8, 1, MISMATCH,   83", // s_T 0.098
  })
  void judgesTheBodysShareOfTheTitledRoles(
      String expected, double pm, double pjm, double po, String verdict, int score) {
    Judgement j = Judgement.of(profile(pm, pjm, po), roles(expected));
    assertThat(j.verdict()).isEqualTo(Verdict.valueOf(verdict));
    assertThat(j.confusionScore()).isEqualTo(score);
  }

  @ParameterizedTest(name = "PM {0}, PjM {1}, PO {2}")
  @CsvSource({"6, 2, 2", "1, 1, 1", "0.5, 0.5, 0.5", "0, 20, 0", "3, 0.2, 0.1", "40, 40, 40"})
  void scoresConfusionAsDocumented(double pm, double pjm, double po) {
    RoleProfile p = profile(pm, pjm, po);
    double total = pm + pjm + po;
    double titled =
        Math.pow(pm, RoleProfile.SHARPNESS)
            / (Math.pow(pm, RoleProfile.SHARPNESS)
                + Math.pow(pjm, RoleProfile.SHARPNESS)
                + Math.pow(po, RoleProfile.SHARPNESS));
    long expected = Math.round(100 * (1 - titled) * (1 - Math.exp(-total / 4)));
    assertThat(Judgement.of(p, List.of(Role.PRODUCT_MANAGER)).confusionScore())
        .isEqualTo((int) expected)
        .isBetween(0, 100);
  }

  @Test
  void isUnclearWithoutScoreWhenEvidenceIsThin() {
    Judgement j = Judgement.of(profile(0, 0.99, 0), List.of(Role.PRODUCT_MANAGER));
    assertThat(j.verdict()).isEqualTo(Verdict.UNCLEAR);
    assertThat(j.confusionScore()).isNull();
    assertThat(Judgement.of(profile(0, 0, 0), List.of(Role.PRODUCT_MANAGER)))
        .isEqualTo(Judgement.unclear());
  }

  @Test
  void isUnclearWhenTheTitleNamesNoRole() {
    assertThat(Judgement.of(profile(10, 0, 0), List.of())).isEqualTo(Judgement.unclear());
  }

  @Test
  void callsABodyOnceItHasTheMinimumEvidence() {
    assertThat(profile(1.0, 0, 0).sufficient()).isTrue();
    assertThat(profile(0.5, 0.49, 0).sufficient()).isFalse();
    assertThat(profile(1.0, 0, 0).bodyRole()).contains(Role.PRODUCT_MANAGER);
    assertThat(profile(0.3, 0.6, 0).bodyRole()).isEmpty();
    assertThat(profile(0.3, 0.6, 0).bestGuess()).isEqualTo(Role.PROJECT_MANAGER);
    assertThat(profile(0.3, 0.6, 0).confidence()).isZero();
    assertThat(Judgement.of(profile(1.0, 0, 0), List.of(Role.PRODUCT_MANAGER)).verdict())
        .isEqualTo(Verdict.CONSISTENT);
  }

  @Test
  void guessesProductManagerWithNoEvidenceAndBreaksTiesInRoleOrder() {
    assertThat(profile(0, 0, 0).bestGuess()).isEqualTo(Role.PRODUCT_MANAGER);
    assertThat(profile(0, 0, 0).share(Role.PRODUCT_OWNER)).isZero();
    assertThat(profile(0, 2, 2).bestGuess()).isEqualTo(Role.PROJECT_MANAGER);
  }

  @Test
  void sharesOfASufficientProfileSumToOne() {
    RoleProfile p = profile(1.3, 2.7, 0.4);
    assertThat(
            p.share(Role.PRODUCT_MANAGER)
                + p.share(Role.PROJECT_MANAGER)
                + p.share(Role.PRODUCT_OWNER))
        .isCloseTo(1.0, within(1e-9));
    assertThat(p.confidence())
        .isCloseTo(p.share(Role.PROJECT_MANAGER) * (1 - Math.exp(-4.4 / 4)), within(1e-9));
  }

  @Test
  void givesTheLeadingRoleMoreOfTheBodyThanItsShareOfTheEvidenceAsReadersDo() {
    RoleProfile twoToOne = profile(2, 0, 1);
    double sharpened =
        Math.pow(2, RoleProfile.SHARPNESS) / (Math.pow(2, RoleProfile.SHARPNESS) + 1);

    assertThat(twoToOne.share(Role.PRODUCT_MANAGER, 1.0)).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(twoToOne.share(Role.PRODUCT_MANAGER))
        .isCloseTo(sharpened, within(1e-9))
        .isGreaterThan(2.0 / 3);
    assertThat(twoToOne.share(Role.PRODUCT_MANAGER) + twoToOne.share(Role.PRODUCT_OWNER))
        .isCloseTo(1.0, within(1e-9));
    assertThat(twoToOne.bestGuess()).isEqualTo(Role.PRODUCT_MANAGER);
  }

  @ParameterizedTest(name = "outcome {0}, output {1} -> {2}")
  @CsvSource({
    "0,   0,   0",
    "3,   1,   0.5",
    "1,   3,   -0.5",
    "5,   0,   1",
    "0,   5,   -1",
    "0.001, 1000, -0.999998",
  })
  void keepsTheOutcomeOutputIndexWithinMinusOneAndOne(double outcome, double output, double index) {
    RoleProfile p = new RoleProfile(Map.of(), outcome + output, outcome, output, List.of());
    assertThat(p.outcomeOutputIndex()).isCloseTo(index, within(1e-6)).isBetween(-1.0, 1.0);
  }

  @Test
  void callsABodyOfAnotherJobAMismatchOfTheRoleTitleWithTheHighestScore() {
    Judgement j = Judgement.otherJob(List.of(Role.PROJECT_MANAGER));
    assertThat(j.verdict()).isEqualTo(Verdict.MISMATCH);
    assertThat(j.confusionScore()).isEqualTo(100);
  }

  @Test
  void leavesABodyOfAnotherJobUnclearUnderATitleNamingNoRole() {
    assertThat(Judgement.otherJob(List.of())).isEqualTo(Judgement.unclear());
  }

  @Test
  void judgesWithTheThresholdsItIsGiven() {
    RoleProfile mostlyProductManager = profile(5.1, 0, 4.9);
    assertThat(Judgement.of(mostlyProductManager, List.of(Role.PRODUCT_MANAGER)).verdict())
        .isEqualTo(Verdict.MIXED);
    assertThat(
            Judgement.of(
                    mostlyProductManager,
                    List.of(Role.PRODUCT_MANAGER),
                    new Judgement.Thresholds(0.5, 0.3, 1.0))
                .verdict())
        .isEqualTo(Verdict.CONSISTENT);
    assertThat(
            Judgement.of(
                    mostlyProductManager,
                    List.of(Role.PRODUCT_MANAGER),
                    new Judgement.Thresholds(0.6, 0.3, 20))
                .verdict())
        .isEqualTo(Verdict.UNCLEAR);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Judgement.Thresholds(0.3, 0.6, 1))
        .hasMessageContaining("0 < mismatchShare <= consistentShare <= 1");
  }
}
