package io.rolelens.batch.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolelens.analyzer.Role;
import io.rolelens.analyzer.score.BodyStatus;
import io.rolelens.analyzer.score.Verdict;
import io.rolelens.scoring.tally.ReportTallies;
import io.rolelens.scoring.tally.TalliedPosting;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ReportFiguresTest {
  private static int ids;

  private static TalliedPosting posting(
      String quarter, Role title, Role body, Verdict verdict, Integer confusion, boolean dup) {
    return posting(quarter, "", title, body, verdict, confusion, dup);
  }

  private static TalliedPosting posting(
      String quarter,
      String day,
      Role title,
      Role body,
      Verdict verdict,
      Integer confusion,
      boolean dup) {
    return new TalliedPosting(
        "p" + ids++,
        "A title",
        "Acme",
        "(none)",
        "(none)",
        quarter,
        day,
        title.id(),
        Optional.ofNullable(body),
        Optional.of(body == null ? BodyStatus.OTHER_JOB : BodyStatus.OK),
        body == null ? Map.of() : shares(body),
        verdict,
        confusion,
        "",
        null,
        List.of(),
        dup);
  }

  private static Map<Role, Double> shares(Role body) {
    Map<Role, Double> shares = new java.util.EnumMap<>(Role.class);
    for (Role r : Role.values()) {
      shares.put(r, r == body ? 1.0 : 0.0);
    }
    return shares;
  }

  private static TalliedPosting consistent(String quarter, Role role) {
    return posting(quarter, role, role, Verdict.CONSISTENT, 0, false);
  }

  private static TalliedPosting mismatch(String quarter, Role title, Role body, int confusion) {
    return posting(quarter, title, body, Verdict.MISMATCH, confusion, false);
  }

  private static TalliedPosting otherJob(String quarter, Role title) {
    return posting(quarter, title, null, Verdict.MISMATCH, 100, false);
  }

  private static TalliedPosting duplicate(String quarter) {
    return posting(
        quarter, Role.PRODUCT_MANAGER, Role.PRODUCT_MANAGER, Verdict.CONSISTENT, 0, true);
  }

  private static Report report(List<TalliedPosting> postings, String quarter, int minCount) {
    ReportTallies tallies = new ReportTallies(3);
    postings.forEach(tallies::add);
    return new ReportBuilder()
        .quarter(quarter)
        .minCount(minCount)
        .generatedAt("2026-01-01T00:00:00Z")
        .build(tallies);
  }

  private static List<Object> row(Report report, String table, Object... start) {
    return report.expectTable(table).rows().stream()
        .filter(r -> r.subList(0, start.length).equals(List.of(start)))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aQuarterReportLeavesOutTheDuplicatesOfItsQuarterOnly() {
    List<TalliedPosting> postings =
        List.of(
            consistent("2025Q1", Role.PRODUCT_MANAGER),
            consistent("2025Q2", Role.PRODUCT_MANAGER),
            duplicate("2025Q1"),
            duplicate("2025Q2"),
            duplicate("2025Q2"));

    assertThat(report(postings, "2025Q1", 1).meta().get("duplicates_excluded")).isEqualTo(1);
    assertThat(report(postings, "2025Q2", 1).meta().get("duplicates_excluded")).isEqualTo(2);
    assertThat(report(postings, null, 1).meta().get("duplicates_excluded")).isEqualTo(3);
    assertThat(report(postings, "2025Q1", 1).meta().get("postings_in_index")).isEqualTo(5);
  }

  @Test
  void theHeadlineComparesWithTheQuarterBeforeEvenWhenNoPostingThenHadOneOfTheRoleTitles() {
    List<TalliedPosting> postings =
        List.of(
            consistent("2025Q1", Role.PRODUCT_MANAGER),
            new TalliedPosting(
                "scrum",
                "Scrum Master",
                "Acme",
                "(none)",
                "(none)",
                "2025Q2",
                "",
                "scrum_master",
                Optional.empty(),
                Optional.of(BodyStatus.THIN),
                Map.of(),
                Verdict.UNCLEAR,
                null,
                "",
                null,
                List.of(),
                false),
            consistent("2025Q3", Role.PRODUCT_MANAGER),
            consistent("2025Q3", Role.PRODUCT_MANAGER));
    Report report = report(postings, "2025Q3", 1);

    List<Object> headline = row(report, "headline", "2025Q3", "product_manager");
    assertThat(headline.get(3)).isEqualTo(2);
    assertThat(Glance.of(report).orElseThrow().previous()).isEqualTo("2025Q2");
  }

  @Test
  void theDistributionCountsPostingsOfAnotherJobApartFromTheTopBand() {
    List<TalliedPosting> postings =
        List.of(
            consistent("2025Q1", Role.PRODUCT_MANAGER),
            mismatch("2025Q1", Role.PRODUCT_MANAGER, Role.PRODUCT_OWNER, 90),
            otherJob("2025Q1", Role.PRODUCT_MANAGER),
            otherJob("2025Q1", Role.PRODUCT_MANAGER));
    Report report = report(postings, null, 1);

    Table distribution = report.expectTable("confusion_distribution");
    assertThat(distribution.columns()).endsWith("80-100", "other_job");
    assertThat(row(report, "confusion_distribution", "product_manager"))
        .containsExactly("product_manager", 1, 0, 0, 0, 1, 2);
    assertThat(Takeaways.of(report))
        .anySatisfy(
            line ->
                assertThat(line)
                    .contains("of 2 judged postings whose body reads as one of the three roles")
                    .contains("1 scores under 20 and 1 scores 80 or more"))
        .anySatisfy(line -> assertThat(line).contains("their tools and duties outweigh"));
  }

  @Test
  void aShareIsRoundedOnceSoFourOfEightyNineShowsAsFourPercent() {
    List<TalliedPosting> postings = new ArrayList<>();
    for (int i = 0; i < 89; i++) {
      postings.add(
          i < 4
              ? mismatch("2025Q1", Role.PROJECT_MANAGER, Role.PRODUCT_MANAGER, 80)
              : consistent("2025Q1", Role.PROJECT_MANAGER));
    }
    Report report = report(postings, null, 1);

    Object share = row(report, "headline", "2025Q1", "project_manager").get(5);
    assertThat(share).isEqualTo(0.0449);
    assertThat(Format.percent((Double) share)).isEqualTo("4%");
  }

  @Test
  void aCardOnFewerPostingsThanTheSmallestGroupGivesNoChange() {
    List<TalliedPosting> postings =
        List.of(
            consistent("2025Q1", Role.PRODUCT_OWNER),
            consistent("2025Q2", Role.PRODUCT_OWNER),
            mismatch("2025Q2", Role.PRODUCT_OWNER, Role.PRODUCT_MANAGER, 90));
    Glance glance = Glance.of(report(postings, null, 5)).orElseThrow();

    Glance.Card owner =
        glance.cards().stream()
            .filter(c -> c.role().equals("product_owner"))
            .findFirst()
            .orElseThrow();
    assertThat(owner.tooFew()).isTrue();
    assertThat(owner.changePoints()).isNull();
    assertThat(glance.cardNote(owner))
        .isEqualTo("too few to compare: under 5 with a body role called");
    assertThat(MarkdownReport.render(report(postings, null, 5))).doesNotContain("▲ 50 pp");
  }

  @Test
  void everyIdInTheHtmlReportIsUsedOnce() {
    List<TalliedPosting> postings = new ArrayList<>();
    for (String q : List.of("2025Q1", "2025Q3")) {
      postings.add(consistent(q, Role.PRODUCT_MANAGER));
      postings.add(mismatch(q, Role.PRODUCT_MANAGER, Role.PRODUCT_OWNER, 90));
      postings.add(otherJob(q, Role.PROJECT_MANAGER));
    }
    String html = HtmlReport.render(report(postings, null, 1));

    Matcher ids = Pattern.compile(" id=\"([^\"]+)\"").matcher(html);
    List<String> seen = new ArrayList<>();
    while (ids.find()) {
      assertThat(seen).as("id %s", ids.group(1)).doesNotContain(ids.group(1));
      seen.add(ids.group(1));
    }
    assertThat(seen).contains("trend-title", "trend-chart-title", "matrix-chart-title");
  }

  @Test
  void theTrendChartSpansEveryQuarterFromTheFirstToTheLast() {
    List<TalliedPosting> postings =
        List.of(
            mismatch("2025Q1", Role.PRODUCT_MANAGER, Role.PRODUCT_OWNER, 90),
            consistent("2025Q4", Role.PRODUCT_MANAGER));
    Report report = report(postings, null, 1);

    String svg = Charts.trend(report.expectTable("trend"), "other_role_share", "Share", 1);
    assertThat(svg).contains("2025Q1", "2025Q2", "2025Q3", "2025Q4");
    assertThat(Charts.trend(report.expectTable("trend"), "other_role_share", "Share", 2))
        .doesNotContain("Product Manager titles 2025Q1");
  }

  private static TalliedPosting dated(String day, Role role) {
    String quarter = io.rolelens.scoring.Quarters.of(java.time.LocalDate.parse(day));
    return posting(quarter, day, role, role, Verdict.CONSISTENT, 0, false);
  }

  @Test
  void theGlanceSaysWhenAQuarterItComparesIsOnlyPartlyCovered() {
    List<TalliedPosting> postings = new ArrayList<>();
    postings.add(dated("2026-04-01", Role.PRODUCT_MANAGER));
    postings.add(dated("2026-06-30", Role.PRODUCT_MANAGER));
    // An export that stops on 8 August: a posting every third day until then.
    for (java.time.LocalDate d = java.time.LocalDate.parse("2026-07-01");
        !d.isAfter(java.time.LocalDate.parse("2026-08-08"));
        d = d.plusDays(3)) {
      postings.add(dated(d.toString(), Role.PRODUCT_MANAGER));
    }
    postings.add(dated("2026-08-08", Role.PRODUCT_MANAGER));
    Report report = report(postings, null, 1);

    assertThat(report.meta().get("quarter_spans").toString())
        .contains(
            "2026Q3={first=2026-07-01, last=2026-08-08, days=39, quarter_days=92, postings=14,"
                + " partial=true}")
        .contains("partial=false");
    assertThat(Glance.of(report).orElseThrow().partial())
        .containsExactly(
            "Postings of 2026Q3 are dated 2026-07-01 to 2026-08-08, 39 of its 92 days.",
            "Compare the counts of a partly covered quarter with care.");
  }

  @Test
  void aFewPostingsThatMissTheQuartersFirstAndLastDaysDoNotMakeItPartlyCovered() {
    List<TalliedPosting> postings =
        List.of(
            dated("2025-04-03", Role.PRODUCT_MANAGER),
            dated("2025-06-25", Role.PRODUCT_MANAGER),
            dated("2025-07-16", Role.PRODUCT_MANAGER),
            dated("2025-08-20", Role.PRODUCT_MANAGER),
            dated("2025-09-18", Role.PRODUCT_MANAGER));

    assertThat(Glance.of(report(postings, null, 1)).orElseThrow().partial()).isEmpty();
  }

  @Test
  void everyCertificationOfTheLexiconHasAName() {
    assertThat(PhraseWords.certification("po.po_certifications.safe-popm", "product manager"))
        .isEqualTo("SAFe POPM");
    assertThat(
            PhraseWords.certification(
                "pjm.pjm_certifications.pmp", "project management professional"))
        .isEqualTo("PMP");
    io.rolelens.analyzer.lexicon.Lexicon.bundled().entries().stream()
        .filter(e -> e.category().id().endsWith("_certifications"))
        .forEach(
            e ->
                assertThat(PhraseWords.certification(e.id(), "zzz"))
                    .as(e.id())
                    .isNotEqualTo("Zzz"));
  }
}
