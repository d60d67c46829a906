package io.rolelens.analyzer.otherjob;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rolelens.analyzer.text.TermNormalizer;
import io.rolelens.analyzer.text.Tokenizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Finding the cues of other jobs in a body, and reading the cue file. */
class OtherJobCuesTest {
  static final TermNormalizer NORMALIZER = new TermNormalizer();
  static final OtherJobCues BUNDLED = OtherJobCues.bundled(NORMALIZER);
  static final Tokenizer TOKENIZER = new Tokenizer(NORMALIZER);

  static OtherJobEvidence find(String body) {
    return BUNDLED.find(TOKENIZER.tokenize(body));
  }

  static List<String> texts(OtherJobEvidence evidence) {
    return evidence.cues().stream().map(OtherJobCue::text).toList();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Write SQL against our warehouse.              | SQL         | data_analysis",
        "Build reports in Power BI.                    | Power BI    | data_analysis",
        "Strong knowledge of statistics.               | statistics  | data_analysis",
        "Clean up messy data sets by hand.             | data sets   | data_analysis",
        "You have shipped code with CI/CD pipelines.   | CI/CD       | software_engineering",
        "Experience with scikit-learn is a plus.       | scikit-learn | data_analysis",
        "Review care plans with each resident.         | care plans  | care",
        "Hit your sales targets every quarter.         | sales targets | sales",
        "Own the month-end close.                      | month-end close | accounting",
      })
  void findsACueAsWrittenWithItsJob(String body, String cue, String job) {
    OtherJobEvidence found = find(body);
    assertThat(texts(found)).containsExactly(cue);
    assertThat(found.cues().get(0).job().id()).isEqualTo(job);
    OtherJobCue first = found.cues().get(0);
    assertThat(body.substring(first.start(), first.end())).isEqualTo(cue);
  }

  @Test
  void countsEachCueOnceAtItsFirstOccurrenceWhateverItsForm() {
    OtherJobEvidence found = find("Python daily. More python. Datasets and a dataset. SQL.");
    assertThat(texts(found)).containsExactly("Python", "Datasets", "SQL");
    assertThat(found.count()).isEqualTo(3);
  }

  @Test
  void findsTheLongerOfTwoCuesStartingAtTheSameWord() {
    TermNormalizer normalizer = new TermNormalizer();
    OtherJobCues cues = OtherJobCues.parse("[data] data\nsql\nsql queries\n", "test", normalizer);
    OtherJobEvidence found =
        cues.find(new Tokenizer(normalizer).tokenize("Write SQL queries, then plain SQL."));
    assertThat(texts(found)).containsExactly("SQL queries", "SQL");
  }

  @Test
  void neverJoinsACueAcrossASentence() {
    assertThat(texts(find("Use Power. BI is our team's name."))).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Partner across data, engineering and legal teams. | data engineering",
        "Work with big (data) teams.                       | big data",
        "Budgets in power/BI units.                        | power BI",
      })
  void neverJoinsACueAcrossACommaOrOtherListPunctuation(String body, String joined) {
    assertThat(texts(find(body))).isEmpty();
    assertThat(texts(find(body.replaceAll("\\s*[,()/]\\s*", " ")))).containsExactly(joined);
  }

  @Test
  void findsNothingInARoleBody() {
    assertThat(
            find("Own the product roadmap and prioritise the backlog with the developers.").count())
        .isZero();
  }

  @Test
  void groupsCuesByJobTheJobWithMostCuesFirst() {
    OtherJobEvidence found = find("Cold calling. Python, SQL and Tableau every day.");
    assertThat(found.mainJob().id()).isEqualTo("data_analysis");
    assertThat(found.byJob().keySet())
        .extracting(OtherJob::id)
        .containsExactly("data_analysis", "sales");
  }

  @Test
  void refusesACueBeforeAnyJobNamingItsLine() {
    assertThatThrownBy(() -> OtherJobCues.parse("# cues\nsql\n", "test", new TermNormalizer()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("test line 2")
        .hasMessageContaining("before any [job] heading");
  }

  @Test
  void refusesTwoCuesThatFoldToTheSameWords() {
    assertThatThrownBy(
            () ->
                OtherJobCues.parse(
                    "[data] data\ndatasets\ndataset\n", "test", new TermNormalizer()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("test line 3")
        .hasMessageContaining("same words as the cue on line 2");
  }

  @Test
  void refusesACueOfMoreThanFourWords() {
    assertThatThrownBy(
            () ->
                OtherJobCues.parse(
                    "[data] data\none two three four five\n", "test", new TermNormalizer()))
        .hasMessageContaining("1 to 4 words");
  }

  @Test
  void bundlesCuesForEveryJobTheReadersCountAsAnotherJob() {
    assertThat(BUNDLED.size()).isGreaterThan(80);
    OtherJobEvidence all =
        find("SQL. Kubernetes. Cold calling. SEO. Dementia. Ledger. Translator. Gap analysis.");
    assertThat(all.byJob().keySet())
        .extracting(OtherJob::id)
        .containsExactlyInAnyOrder(
            "data_analysis",
            "software_engineering",
            "sales",
            "marketing",
            "care",
            "accounting",
            "translation",
            "business_analysis");
  }
}
