package io.rolelens.extension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.javalin.Javalin;
import io.rolelens.analyzer.RoleAnalyzer;
import io.rolelens.server.ServerApp;
import io.rolelens.server.ServerSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The extension in Debian's headless Chromium on the real board pages of {@code
 * ../shared/real-boards} (a logged-out LinkedIn job view, an Indeed viewjob page with its JSON-LD,
 * a Workday API answer rendered as Workday's page renders it), served under each board's real host
 * names, country hosts included, with a real posting put into the board's own description element.
 * Each page must highlight, inside that element, at least 90% of the phrases the analyzer finds in
 * the same posting's text. Skips, saying why, when the folder is absent.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealBoardPagesTest {
  /** Share of the analyzer's phrases a real page must show highlighted (issue 17). */
  static final double MIN_SHARE = 0.90;

  /**
   * One real page on one host, with the posting put into it and where the board keeps the
   * description.
   */
  record Variant(
      String board, String host, String path, String within, TestPostings.Posting posting) {
    String url(int port) {
      return "https://" + host + ":" + port + path;
    }

    @Override
    public String toString() {
      return board + " on " + host;
    }
  }

  static final List<String> LINKEDIN_HOSTS =
      List.of(
          "www.linkedin.com",
          "au.linkedin.com",
          "uk.linkedin.com",
          "de.linkedin.com",
          "in.linkedin.com",
          "ca.linkedin.com");
  static final List<String> INDEED_HOSTS =
      List.of("www.indeed.com", "au.indeed.com", "uk.indeed.com", "ca.indeed.com");

  private RoleAnalyzer analyzer;
  private Javalin server;
  private FixtureServer fixtures;
  private ExtensionBrowser browser;
  private final List<Variant> variants = new ArrayList<>();

  @BeforeAll
  void start(@TempDir Path temp) throws IOException {
    assumeTrue(
        Files.isExecutable(ExtensionBrowser.CHROMIUM),
        "skipped: no Chromium at /usr/bin/chromium (apt-get install chromium)");
    assumeTrue(
        Files.isExecutable(ExtensionBrowser.CHROMEDRIVER),
        "skipped: no chromedriver at /usr/bin/chromedriver (apt-get install chromium-driver)");
    String absent = RealBoards.absence();
    if (absent != null) {
      // A class skipped in @BeforeAll shows as "Tests run: 0" in Maven's log: say why there too.
      System.out.println(absent);
    }
    assumeTrue(absent == null, absent);
    analyzer = RoleAnalyzer.builder().build();
    List<TestPostings.Posting> postings = TestPostings.pick(analyzer, 3);
    assumeTrue(
        !postings.isEmpty(),
        "skipped: no posting with "
            + TestPostings.MIN_MENTIONS
            + " phrases in "
            + TestPostings.DEV
            + " or "
            + TestPostings.EXAMPLES);
    server =
        ServerApp.create(analyzer, ServerSettings.builder().host("127.0.0.1").port(0).build())
            .start();
    fixtures = new FixtureServer(temp);
    for (String host : LINKEDIN_HOSTS) {
      TestPostings.Posting posting = postings.get(variants.size() % postings.size());
      String path =
          "/jobs/view/senior-software-engineer-developer-experience-at-heidi-44118671"
              + (10 + variants.size());
      fixtures.content(path, RealBoards.linkedin(posting), "text/html; charset=utf-8");
      variants.add(new Variant("LinkedIn", host, path, ".show-more-less-html__markup", posting));
    }
    for (String host : INDEED_HOSTS) {
      TestPostings.Posting posting = postings.get(variants.size() % postings.size());
      String path = "/viewjob?jk=5b8a9c3d2e1f" + (10 + variants.size());
      fixtures.content(path, RealBoards.indeed(posting), "text/html; charset=utf-8");
      variants.add(new Variant("Indeed", host, path, "#jobDescriptionText", posting));
    }
    addWorkday(postings.get(postings.size() - 1));
    browser = new ExtensionBrowser(temp, variants.stream().map(Variant::host).distinct().toList());
    browser.configure("http://127.0.0.1:" + server.port(), "auto", 10);
  }

  /**
   * Both of Workday's hosts: an employer's tenant on myworkdayjobs.com and the shared
   * myworkdaysite.com, one API answer.
   */
  private void addWorkday(TestPostings.Posting posting) throws IOException {
    String[] job = RealBoards.workdayJob();
    String tenant = job[0];
    fixtures.content(
        "/wday/cxs/" + tenant + "/" + job[1], RealBoards.workdayApi(posting), "application/json");
    String shell = RealBoards.workdayShell(tenant);
    String within = "[data-automation-id=\"jobPostingDescription\"]";
    fixtures.content("/en-US/" + job[1], shell, "text/html; charset=utf-8");
    variants.add(
        new Variant(
            "Workday", tenant + ".wd1.myworkdayjobs.com", "/en-US/" + job[1], within, posting));
    fixtures.content(
        "/en-US/recruiting/" + tenant + "/" + job[1], shell, "text/html; charset=utf-8");
    variants.add(
        new Variant(
            "Workday",
            "wd1.myworkdaysite.com",
            "/en-US/recruiting/" + tenant + "/" + job[1],
            within,
            posting));
  }

  @AfterAll
  void stop() {
    if (browser != null) {
      browser.close();
    }
    if (fixtures != null) {
      fixtures.close();
    }
    if (server != null) {
      server.stop();
    }
  }

  Stream<Variant> variants() {
    return variants.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("variants")
  void highlightsNearlyEveryPhraseTheAnalyzerFindsInsideTheBoardsOwnDescription(Variant v) {
    browser.driver.get(v.url(fixtures.port()));
    List<Map<String, Object>> drawn = settledHighlights(v.within());
    List<String> expected = TestPostings.bodyMentions(analyzer, v.posting());
    Map<String, Integer> left = new HashMap<>();
    drawn.forEach(
        h ->
            left.merge(
                TestPostings.key((String) h.get("role"), (String) h.get("text")), 1, Integer::sum));
    List<String> missed = new ArrayList<>();
    for (String phrase : expected) {
      if (left.merge(phrase, -1, Integer::sum) < 0) {
        missed.add(phrase);
      }
    }
    int found = expected.size() - missed.size();
    System.out.printf(
        "real page %s, posting %s: %d of %d phrases highlighted (%.0f%%)%s%n",
        v,
        v.posting().id(),
        found,
        expected.size(),
        100.0 * found / expected.size(),
        missed.isEmpty() ? "" : "; missed " + missed);
    assertThat(drawn)
        .as("highlights outside the board's description element")
        .allSatisfy(h -> assertThat(h.get("inPosting")).isEqualTo(true));
    assertThat((double) found / expected.size())
        .as("share of %d phrases highlighted; missed %s", expected.size(), missed)
        .isGreaterThanOrEqualTo(MIN_SHARE);
  }

  /** The page's highlights once they are drawn and have stopped changing. */
  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> settledHighlights(String within) {
    List<List<Map<String, Object>>> last = new ArrayList<>(List.of(List.of()));
    return browser
        .waiting(20)
        .pollingEvery(java.time.Duration.ofMillis(300))
        .until(
            d -> {
              List<Map<String, Object>> now =
                  (List<Map<String, Object>>)
                      browser.script(ExtensionEndToEndTest.HIGHLIGHTS, within);
              boolean settled = !now.isEmpty() && now.equals(last.get(0));
              last.set(0, now);
              return settled ? now : null;
            });
  }
}
