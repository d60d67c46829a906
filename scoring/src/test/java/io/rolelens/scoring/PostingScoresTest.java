package io.rolelens.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolelens.analyzer.Analysis;
import io.rolelens.analyzer.RoleAnalyzer;
import io.rolelens.analyzer.score.BodyStatus;
import org.junit.jupiter.api.Test;

class PostingScoresTest {
  private static final RoleAnalyzer ANALYZER = RoleAnalyzer.builder().build();

  private static final String DATA_ANALYST =
      """
      We are looking for a data analyst to join our insights team.

      What you will do
      * Analyse large datasets to find trends and answer business questions.
      * Write SQL queries and Python scripts to clean and join data from our sources.
      * Build reports in Tableau and Power BI for the sales and finance teams.
      * Run statistical analysis and simple predictive models to forecast demand.
      * Keep stakeholders informed and deliver each analysis on time.

      What you bring
      * Two years of experience as a data analyst.
      * Strong SQL, Python and statistics; Tableau or Power BI.
      """;

  @Test
  void theEvidenceOfABodyOfAnotherJobStartsWithThatJobsToolsAndDuties() {
    Analysis a = ANALYZER.analyze("Project Manager", DATA_ANALYST);
    assertThat(a.bodyStatus()).isEqualTo(BodyStatus.OTHER_JOB);

    PostingScores scores = PostingScores.of(a);

    assertThat(scores.evidence()).hasSizeGreaterThanOrEqualTo(a.otherJob().count());
    assertThat(scores.evidence().subList(0, a.otherJob().count()))
        .allSatisfy(
            p -> {
              assertThat(p.phraseId()).startsWith("other_job.");
              assertThat(p.isCertification()).isFalse();
            })
        .extracting(EvidenceList.Phrase::text)
        .contains("SQL", "Tableau");
  }

  @Test
  void theEvidenceOfABodyReadAsARoleHasNoOtherJobPhrases() {
    Analysis a =
        ANALYZER.analyze(
            "Product Owner",
            "Own the product backlog and order it by value. Write user stories with acceptance"
                + " criteria for the developers, run sprint planning and backlog refinement, and"
                + " accept completed work at the sprint review.");

    assertThat(PostingScores.of(a).evidence())
        .isNotEmpty()
        .noneSatisfy(p -> assertThat(p.phraseId()).startsWith("other_job."));
  }
}
