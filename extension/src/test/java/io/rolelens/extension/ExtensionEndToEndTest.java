package io.rolelens.extension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.javalin.Javalin;
import io.rolelens.analyzer.RoleAnalyzer;
import io.rolelens.server.ServerApp;
import io.rolelens.server.ServerSettings;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The extension in Debian's headless Chromium against fixture pages that reproduce each board's
 * markup, served under the boards' own host names (mapped to loopback), and the real RoleLens
 * server behind a counting proxy.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExtensionEndToEndTest {
  /** A supported board: where its fixture is served and what the extension should make of it. */
  record Board(
      String name,
      String host,
      String path,
      String fixture,
      String verdict,
      String bodyRole,
      String phrase,
      String phraseRole) {
    String url(int port) {
      return "https://" + host + ":" + port + path;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  static final List<Board> BOARDS =
      List.of(
          new Board(
              "LinkedIn",
              "www.linkedin.com",
              "/jobs/view/3901/",
              "linkedin.html",
              "mismatch",
              "Product Owner",
              "Own the product backlog",
              "product_owner"),
          new Board(
              "Indeed",
              "www.indeed.com",
              "/viewjob",
              "indeed.html",
              "consistent",
              "Project Manager",
              "Deliver projects on time",
              "project_manager"),
          new Board(
              "Greenhouse",
              "job-boards.greenhouse.io",
              "/quillfeather/jobs/4410",
              "greenhouse.html",
              "consistent",
              "Product Manager",
              "define the product vision",
              "product_manager"),
          new Board(
              "Lever",
              "jobs.lever.co",
              "/tidewater/6b1f0c6e-2d4e-4c57-9d0f-3a6c1e0b9f11",
              "lever.html",
              "consistent",
              "Product Manager",
              "customer journey",
              "product_manager"),
          new Board(
              "Workday",
              "northgate.wd3.myworkdayjobs.com",
              "/en-US/careers/job/Newcastle/Project-Manager_R-1042",
              "workday.html",
              "consistent",
              "Project Manager",
              "RAID log",
              "project_manager"),
          new Board(
              "Ashby",
              "jobs.ashbyhq.com",
              "/kestrel/0c1d5e7a-8f8e-4d55-a1a0-5c1f2b7d9e33",
              "ashby.html",
              "consistent",
              "Product Owner",
              "Write user stories",
              "product_owner"),
          new Board(
              "SmartRecruiters",
              "jobs.smartrecruiters.com",
              "/AmberlineHomes/744000012345678-product-manager",
              "smartrecruiters.html",
              "mismatch",
              "Project Manager",
              "Track milestones",
              "project_manager"),
          new Board(
              "Glassdoor",
              "www.glassdoor.com",
              "/job-listing/product-manager-loomwork-JV_IC2.htm",
              "glassdoor.html",
              "consistent",
              "Product Manager",
              "customer interviews",
              "product_manager"),
          new Board(
              "Wellfound",
              "wellfound.com",
              "/jobs/3120456-founding-product-manager",
              "wellfound.html",
              "consistent",
              "Product Manager",
              "continuous discovery",
              "product_manager"));

  static final String SPA_HOST = "www.linkedin.com";
  static final String BENEFITS_PATH = "/quillfeather/jobs/4411";
  static final String LIVE_PATH = "/jobs/view/3904/";
  static final String JSONLD_HOST = "jobs.example.test";
  static final String GENERIC_HOST = "careers.example.test";

  static final String HIGHLIGHTS =
      "const out = [];for (const [name, h] of CSS.highlights) {  if (!name.startsWith('rolelens-'))"
          + " continue;  for (const r of h) out.push({ role: name.slice('rolelens-'.length), text:"
          + " r.toString(),    inPosting: !!(r.startContainer.parentElement.closest(arguments[0] ||"
          + " 'body')) });}return out;";

  static final String TOOLTIP =
      "const t = document.querySelector('rolelens-tooltip');"
          + "return t && !t.hidden ? t.shadowRoot.querySelector('.box').textContent : null;";

  private Javalin server;
  private CountingProxy proxy;
  private FixtureServer fixtures;
  private ExtensionBrowser browser;
  private long started;

  @BeforeAll
  void start(@TempDir Path temp) throws IOException {
    assumeTrue(
        Files.isExecutable(ExtensionBrowser.CHROMIUM),
        "skipped: no Chromium at /usr/bin/chromium (apt-get install chromium)");
    assumeTrue(
        Files.isExecutable(ExtensionBrowser.CHROMEDRIVER),
        "skipped: no chromedriver at /usr/bin/chromedriver (apt-get install chromium-driver)");
    started = System.nanoTime();
    server =
        ServerApp.create(
                RoleAnalyzer.builder().build(),
                ServerSettings.builder().host("127.0.0.1").port(0).build())
            .start();
    proxy = new CountingProxy("http://127.0.0.1:" + server.port());
    fixtures = new FixtureServer(temp);
    for (Board b : BOARDS) {
      fixtures.page(b.path(), b.fixture());
    }
    fixtures.page("/jobs/search/", "linkedin-search.html");
    fixtures.page("/careers/product-owner-ticketing", "jsonld-only.html");
    fixtures.page("/roles/terminal-upgrade", "generic.html");
    fixtures.page(BENEFITS_PATH, "greenhouse-benefits.html");
    // The LinkedIn posting with a live counter, as boards show: it changes every 200 ms.
    fixtures.content(
        LIVE_PATH,
        fixture("linkedin.html")
            .replace(
                "</body>",
                "<script>let n = 41; setInterval(() => document.querySelector('.tvm__text')"
                    + ".textContent = `Leeds · ${++n} people viewing now`, 200);</script></body>"),
        "text/html; charset=utf-8");
    List<String> hosts =
        Stream.concat(BOARDS.stream().map(Board::host), Stream.of(JSONLD_HOST, GENERIC_HOST))
            .distinct()
            .toList();
    browser = new ExtensionBrowser(temp, hosts);
    browser.configure(proxy.url(), "auto", 10);
  }

  @AfterAll
  void stop() {
    if (browser != null) {
      browser.close();
    }
    if (fixtures != null) {
      fixtures.close();
    }
    if (proxy != null) {
      proxy.close();
    }
    if (server != null) {
      server.stop();
    }
    if (started > 0) {
      System.out.printf(
          "extension e2e suite (Chromium): %.1f s%n", (System.nanoTime() - started) / 1e9);
    }
  }

  @BeforeEach
  void backToABlankMainTab() {
    browser.driver.switchTo().window(browser.mainWindow);
    // The previous test's page would otherwise stay live and analyse again into this test when its
    // options change (a new server, token or mode).
    browser.driver.get("about:blank");
  }

  @Order(1)
  @ParameterizedTest(name = "{0}")
  @MethodSource("boards")
  void highlightsTheBoardsPostingExplainsAPhraseAndShowsTheVerdict(Board board) {
    String url = board.url(fixtures.port());
    browser.driver.get(url);
    List<Map<String, Object>> highlights = awaitHighlight(board.phrase(), null);
    assertThat(highlights).allSatisfy(h -> assertThat((String) h.get("text")).isNotBlank());
    assertThat(highlights)
        .filteredOn(h -> ((String) h.get("text")).startsWith(board.phrase()))
        .first()
        .satisfies(h -> assertThat(h.get("role")).isEqualTo(board.phraseRole()));

    hover(board.phrase());
    String tooltip = (String) browser.waiting(5).until(d -> browser.script(TOOLTIP));
    assertThat(tooltip).startsWith(roleName(board.phraseRole()) + " · ");
    browser.screenshot("page-" + board.name().toLowerCase(java.util.Locale.ROOT));

    browser.openPopup(browser.tabIdFor(url));
    try {
      assertThat(browser.driver.findElement(By.id("verdict")).getText())
          .isEqualToIgnoringCase(board.verdict());
      assertThat(browser.driver.findElement(By.id("body-role")).getText())
          .isEqualTo(board.bodyRole());
      // A flagged posting is told the title that fits its body; a consistent one is not.
      WebElement suggestion = browser.driver.findElement(By.id("suggestion"));
      if (board.verdict().equals("mismatch")) {
        assertThat(suggestion.getText())
            .startsWith("Title that fits the body: ")
            .contains(board.bodyRole());
      } else {
        assertThat(suggestion.isDisplayed()).isFalse();
      }
      assertThat(browser.driver.findElement(By.id("source")).getText())
          .contains(board.name() + " page layout");
      assertThat(browser.driver.findElement(By.id("market-text")).getText())
          .startsWith("No market to compare with: the RoleLens server has no index of postings.");
      assertThat(browser.driver.findElement(By.id("server-status")).getText())
          .contains(proxy.url());
      browser.screenshot("popup-" + board.name().toLowerCase(java.util.Locale.ROOT));
    } finally {
      browser.closePopup();
    }
  }

  Stream<Board> boards() {
    return BOARDS.stream();
  }

  @Order(1)
  @Test
  void saysInTheTooltipThatAPhraseAmongTheBenefitsCountsForNothing() {
    String host = BOARDS.get(2).host();
    browser.driver.get("https://" + host + ":" + fixtures.port() + BENEFITS_PATH);
    awaitHighlight("budget", null);

    hover("budget");
    String benefit = (String) browser.waiting(5).until(d -> browser.script(TOOLTIP));
    assertThat(benefit)
        .startsWith("Project Manager · ")
        .endsWith("In the benefits section, which counts for nothing.");
    hover("define the product vision");
    String duty =
        (String)
            browser
                .waiting(5)
                .until(
                    d -> {
                      Object shown = browser.script(TOOLTIP);
                      return shown != null && ((String) shown).startsWith("Product Manager")
                          ? shown
                          : null;
                    });
    assertThat(duty).doesNotContain("counts for nothing");
  }

  @Order(2)
  @Test
  void followsASinglePageBoardBackAndForwardAndNeverAnalysesTheSamePostingTwice() {
    int before = proxy.analyzeCalls();
    String search = "https://" + SPA_HOST + ":" + fixtures.port() + "/jobs/search/";
    browser.driver.get(search);
    awaitHighlight("Own the product backlog", null);
    long tab = browser.tabIdFor(search);
    awaitBadge(tab, "PO");

    browser.driver.findElement(By.id("card-2")).click();
    List<Map<String, Object>> second = awaitHighlight("Deliver projects on time", null);
    assertThat(second).extracting(h -> h.get("text")).doesNotContain("Own the product backlog");
    assertThat(browser.driver.getCurrentUrl()).endsWith("/jobs/search/?currentJobId=3902");
    awaitBadge(tab, "PjM");

    // Back to the first history entry (the page as loaded, no history state): the board re-renders
    // the first posting and the extension shows it again from its per-page cache.
    browser.script("history.back();");
    List<Map<String, Object>> back = awaitHighlight("Own the product backlog", null);
    assertThat(back).extracting(h -> h.get("text")).doesNotContain("Deliver projects on time");
    assertThat(browser.driver.getCurrentUrl()).endsWith("/jobs/search/");
    awaitBadge(tab, "PO");
    browser.script("history.forward();");
    awaitHighlight("Deliver projects on time", null);

    browser.driver.findElement(By.id("card-1")).click();
    awaitHighlight("Own the product backlog", null);
    browser.driver.findElement(By.id("card-2")).click();
    awaitHighlight("Deliver projects on time", null);
    assertThat(proxy.analyzeCalls() - before)
        .as("analyze calls for two postings shown six times")
        .isEqualTo(2);

    assertPopupShows(tab, "mismatch", "Project Manager");
    awaitBadge(tab, "PjM");

    // Another site in the same tab: the verdict was about the posting, not the tab.
    browser.driver.get(
        "https://" + GENERIC_HOST + ":" + fixtures.port() + "/roles/terminal-upgrade");
    awaitBadge(tab, "");
    assertThat(proxy.analyzeCalls() - before).isEqualTo(2);
  }

  @Order(2)
  @Test
  void keepsTheVerdictWhenASinglePageBoardOnlyChangesTheAddress() throws InterruptedException {
    String search = "https://" + SPA_HOST + ":" + fixtures.port() + "/jobs/search/";
    browser.driver.get(search);
    awaitHighlight("Own the product backlog", null);
    long tab = browser.tabIdFor(search);
    awaitBadge(tab, "PO");

    browser.script("history.pushState({}, '', location.pathname + '?filter=remote');");
    Thread.sleep(1500);
    assertThat(browser.badgeText(tab)).isEqualTo("PO");
    assertPopupShows(tab, "mismatch", "Product Owner");
  }

  @Order(2)
  @Test
  void analysesAPageThatNeverStopsChanging() {
    browser.driver.get("https://" + SPA_HOST + ":" + fixtures.port() + LIVE_PATH);
    awaitHighlight("Own the product backlog", null);
  }

  @Order(3)
  @Test
  void findsThePostingThroughJsonLdOnAPageWithNoBoardMarkup() {
    String url =
        "https://" + JSONLD_HOST + ":" + fixtures.port() + "/careers/product-owner-ticketing";
    browser.driver.get(url);
    List<Map<String, Object>> highlights = awaitHighlight("Own the product backlog", ".rich-text");
    // The sidebar holds more prose than the posting: only JSON-LD can have pointed at the right
    // block.
    assertThat(highlights).allSatisfy(h -> assertThat(h.get("inPosting")).isEqualTo(true));
    assertThat(highlights).extracting(h -> h.get("role")).containsOnly("product_owner");

    browser.openPopup(browser.tabIdFor(url));
    try {
      assertThat(browser.driver.findElement(By.id("title-role")).getText())
          .startsWith("Product Owner");
      assertThat(browser.driver.findElement(By.id("body-role")).getText())
          .isEqualTo("Product Owner");
      assertThat(browser.driver.findElement(By.id("verdict")).getText())
          .isEqualToIgnoringCase("consistent");
      assertThat(browser.driver.findElement(By.id("source")).getText()).contains("JobPosting data");
    } finally {
      browser.closePopup();
    }
  }

  @Order(4)
  @Test
  void analysesAnyPageOnRequestWithTheGenericFallbackAndItsConfidence()
      throws InterruptedException {
    String url = "https://" + GENERIC_HOST + ":" + fixtures.port() + "/roles/terminal-upgrade";
    browser.driver.get(url);
    Thread.sleep(800);
    assertThat(highlights(null))
        .as("no content script runs on an unsupported site by itself")
        .isEmpty();

    browser.openPopup(browser.tabIdFor(url));
    try {
      assertThat(browser.driver.findElement(By.id("message")).getText())
          .contains("Analyse this page");
      browser.driver.findElement(By.id("analyse")).click();
      browser.waiting(15).until(d -> d.findElement(By.id("result")).isDisplayed());
      assertThat(browser.driver.findElement(By.id("body-role")).getText())
          .isEqualTo("Project Manager");
      assertThat(browser.driver.findElement(By.id("source")).getText())
          .matches("Guessed as the largest block of text on the page — confidence \\d+%\\.");
      browser.screenshot("popup-fallback");
    } finally {
      browser.closePopup();
    }
    awaitHighlight("Deliver projects on time", ".copy");
  }

  @Order(5)
  @Test
  void popupEvidenceScrollsToItsHighlightAndRoleTogglesHideHighlights() {
    Board ashby = BOARDS.get(5);
    String url = ashby.url(fixtures.port());
    browser.driver.get(url);
    awaitHighlight("Write user stories", null);
    String page = browser.driver.getWindowHandle();
    browser.openPopup(browser.tabIdFor(url));
    String popup = browser.driver.getWindowHandle();
    try {
      var first = browser.driver.findElements(By.cssSelector("#evidence button")).get(0);
      String phrase = first.getText();
      first.click();
      browser.driver.switchTo().window(page);
      assertThat((String) browser.waiting(5).until(d -> browser.script(TOOLTIP)))
          .startsWith("Product Owner · ");
      assertThat(browser.script("return getSelection().toString();")).isEqualTo(phrase);

      browser.driver.switchTo().window(popup);
      browser.driver.findElement(By.cssSelector("#toggles input[data-role=product_owner]")).click();
      browser.driver.switchTo().window(page);
      browser.waiting(5).until(d -> highlights(null).isEmpty());
      browser.driver.switchTo().window(popup);
      browser.driver.findElement(By.cssSelector("#toggles input[data-role=product_owner]")).click();
      browser.driver.switchTo().window(page);
      awaitHighlight("Write user stories", null);
    } finally {
      browser.driver.switchTo().window(popup);
      browser.closePopup();
    }
  }

  @Order(6)
  @Test
  void wrapsPhrasesInElementsWhenAskedEvenAcrossInlineTags() {
    browser.configure(proxy.url(), "wrap", 10);
    try {
      Board greenhouse = BOARDS.get(2);
      browser.driver.get(greenhouse.url(fixtures.port()));
      @SuppressWarnings("unchecked")
      Map<String, Object> marks =
          (Map<String, Object>)
              browser
                  .waiting(15)
                  .until(
                      d ->
                          browser.script(
                              "const byIndex = {};for (const m of"
                                  + " document.querySelectorAll('rolelens-mark'))"
                                  + " (byIndex[m.dataset.index] ??= []).push(m);const groups ="
                                  + " Object.values(byIndex).map(ms => ({ text: ms.map(m =>"
                                  + " m.textContent).join(''), pieces: ms.length, role:"
                                  + " ms[0].dataset.role }));const vision = groups.find(g => g.text"
                                  + " === 'define the product vision');return vision ? { vision,"
                                  + " count: groups.length, text:"
                                  + " document.querySelector('.job__description').innerText } :"
                                  + " null;"));
      @SuppressWarnings("unchecked")
      Map<String, Object> vision = (Map<String, Object>) marks.get("vision");
      assertThat(vision.get("pieces")).isEqualTo(2L);
      assertThat(vision.get("role")).isEqualTo("product_manager");
      assertThat((String) marks.get("text"))
          .contains("You will define the product vision for our payments platform.");
      browser.script("document.querySelector('rolelens-mark').focus();");
      assertThat((String) browser.waiting(5).until(d -> browser.script(TOOLTIP)))
          .startsWith("Product Manager · ");
      // A screen reader reads the tooltip as the focused phrase's description; Escape hides it.
      assertThat(
              browser.script(
                  "const m = document.activeElement; return [m.tagName, m.getAttribute('role'),"
                      + " document.getElementById(m.getAttribute('aria-describedby'))?.tagName];"))
          .isEqualTo(List.of("ROLELENS-MARK", "mark", "ROLELENS-TOOLTIP"));
      new Actions(browser.driver).sendKeys(org.openqa.selenium.Keys.ESCAPE).perform();
      browser.waiting(5).until(d -> browser.script(TOOLTIP) == null);
      browser.screenshot("page-wrap-mode");
    } finally {
      browser.configure(proxy.url(), "auto", 10);
    }
  }

  @Order(7)
  @Test
  void saysPlainlyWhenTheServerIsDownOrSlowAndLeavesThePageUntouched() throws IOException {
    // Bound but never listening, for the whole test: connections are refused, and nothing else can
    // take the port meanwhile (as it could once a probing ServerSocket is closed).
    try (Socket refusing = new Socket()) {
      refusing.bind(new InetSocketAddress("127.0.0.1", 0));
      String down = "http://127.0.0.1:" + refusing.getLocalPort();
      openPopupOnFailure(BOARDS.get(1), down, 10);
      try {
        String message = browser.driver.findElement(By.id("message")).getText();
        assertThat(message).contains("not running at " + down).contains("./rolelens serve");
        assertThat(browser.driver.findElement(By.id("result")).isDisplayed()).isFalse();
        browser.screenshot("popup-server-down");
      } finally {
        browser.closePopup();
      }

      proxy.delay(3_000);
      openPopupOnFailure(BOARDS.get(3), proxy.url(), 1);
      try {
        assertThat(browser.driver.findElement(By.id("message")).getText())
            .contains("did not answer within 1 s");
      } finally {
        browser.closePopup();
      }
    } finally {
      proxy.delay(0);
      browser.configure(proxy.url(), "auto", 10);
    }
  }

  @Order(8)
  @Test
  void leavesABoardTurnedOffInOptionsUntouchedAndSaysHowToTurnItOn() throws InterruptedException {
    Board linkedin = BOARDS.get(0);
    String url = linkedin.url(fixtures.port());
    browser.editOptions(form -> form.site("linkedin", false));
    try {
      int before = proxy.analyzeCalls();
      browser.driver.get(url);
      Thread.sleep(1500);
      assertUntouched();
      assertThat(proxy.analyzeCalls())
          .as("analyze calls from a board turned off")
          .isEqualTo(before);
      long tab = browser.tabIdFor(url);
      assertThat(browser.badgeText(tab)).isEmpty();
      browser.openPopup(tab);
      try {
        assertThat(browser.driver.findElement(By.id("message")).getText())
            .contains("RoleLens is turned off for LinkedIn")
            .contains("click Options, tick LinkedIn under “Job boards” and save");
        assertThat(browser.driver.findElement(By.id("result")).isDisplayed()).isFalse();
        assertThat(browser.driver.findElement(By.id("analyse")).isDisplayed()).isFalse();
        browser.screenshot("popup-site-off");
      } finally {
        browser.closePopup();
      }

      // Turned on again while the page is open: it is analysed at once, no reload needed.
      browser.editOptions(form -> form.site("linkedin", true));
      awaitHighlight(linkedin.phrase(), null);
      assertThat(proxy.analyzeCalls() - before).isEqualTo(1);
      awaitBadge(tab, "PO");

      // And off again: the highlights and the badge go.
      browser.editOptions(form -> form.site("linkedin", false));
      browser.waiting(5).until(d -> highlights(null).isEmpty());
      assertUntouched();
      awaitBadge(tab, "");
    } finally {
      browser.configure(proxy.url(), "auto", 10);
    }
  }

  @Order(9)
  @Test
  void saysTheServerNeedsATokenAndHighlightsOnceItIsSet() {
    Javalin guarded = startGuardedServer();
    String guardedUrl = "http://127.0.0.1:" + guarded.port();
    try {
      Board indeed = BOARDS.get(1);
      long tab = openPopupOnFailure(indeed, guardedUrl, 10);
      try {
        assertThat(browser.driver.findElement(By.id("message")).getText())
            .isEqualTo(
                "The RoleLens server at "
                    + guardedUrl
                    + " needs a token: set the token the server was started with (its --token"
                    + " option, or the ROLELENS_TOKEN environment variable) in RoleLens options.");
        assertThat(browser.driver.findElement(By.id("server-status")).getText())
            .isEqualTo("Server: needs a token");
        assertThat(browser.driver.findElement(By.id("result")).isDisplayed()).isFalse();
        browser.screenshot("popup-needs-token");
      } finally {
        browser.closePopup();
      }
      assertThat(browser.badgeText(tab)).isEqualTo("!");

      browser.editOptions(form -> form.token("s3cret"));
      awaitHighlight(indeed.phrase(), null);
      awaitBadge(tab, "PjM");
      browser.openPopup(tab);
      try {
        assertThat(browser.driver.findElement(By.id("body-role")).getText())
            .isEqualTo(indeed.bodyRole());
        assertThat(browser.driver.findElement(By.id("message")).isDisplayed()).isFalse();
      } finally {
        browser.closePopup();
      }
    } finally {
      browser.configure(proxy.url(), "auto", 10);
      guarded.stop();
    }
  }

  /**
   * Points the extension at {@code server} with a timeout of {@code seconds}, opens {@code board}'s
   * page, waits for the failure badge, checks that the page is untouched, and opens the popup on
   * that tab. Returns the tab's id.
   */
  private long openPopupOnFailure(Board board, String server, int seconds) {
    browser.configure(server, "auto", seconds);
    String url = board.url(fixtures.port());
    browser.driver.get(url);
    long tab = browser.tabIdFor(url);
    awaitBadge(tab, "!");
    assertUntouched();
    browser.openPopup(tab);
    return tab;
  }

  @Order(10)
  @Test
  void drawsHighlightsInTheColourChosenInOptionsInBothModes() {
    Board ashby = BOARDS.get(5);
    String url = ashby.url(fixtures.port());
    browser.editOptions(form -> form.colour("product_owner", "#aa00ff"));
    try {
      int before = proxy.analyzeCalls();
      browser.driver.get(url);
      awaitHighlight(ashby.phrase(), null);
      // ::highlight() has no computed style to read; its rule in the stylesheet the highlighter
      // adds does.
      assertThat(
              browser.script(
                  "const rule = [...document.querySelector('style[data-rolelens]').sheet.cssRules] "
                      + " .find(r => r.selectorText ==="
                      + " '::highlight(rolelens-product_owner)');return rule &&"
                      + " [rule.style.textDecorationColor, rule.style.backgroundColor];"))
          .isEqualTo(List.of("rgb(170, 0, 255)", "rgba(170, 0, 255, 0.18)"));

      // Switched to wrapping while the page is open: redrawn from the page's cache, same colour.
      browser.editOptions(form -> form.highlightMode("wrap"));
      Object wrapped =
          browser
              .waiting(10)
              .until(
                  d ->
                      browser.script(
                          "const m ="
                              + " document.querySelector('rolelens-mark[data-role=product_owner]');if"
                              + " (!m) return null; const s = getComputedStyle(m); return"
                              + " [s.textDecorationColor, s.backgroundColor];"));
      assertThat(wrapped).isEqualTo(List.of("rgb(170, 0, 255)", "rgba(170, 0, 255, 0.18)"));
      assertThat(
              browser.script(
                  "return"
                      + " getComputedStyle(document.querySelector('rolelens-mark[data-role=product_owner]')).textDecorationLine;"))
          .isEqualTo("underline");
      assertThat(proxy.analyzeCalls() - before).isEqualTo(1);

      browser.openPopup(browser.tabIdFor(url));
      try {
        assertThat(
                browser
                    .driver
                    .findElement(
                        By.cssSelector("#toggles input[data-role=product_owner] + .swatch"))
                    .getCssValue("background-color"))
            .isEqualTo("rgba(170, 0, 255, 1)");
      } finally {
        browser.closePopup();
      }
    } finally {
      browser.configure(proxy.url(), "auto", 10);
    }
  }

  @Order(11)
  @Test
  void optionsTestsTheTypedServerAndTokenAndRefusesATimeoutOutOfRange() throws IOException {
    Javalin guarded = startGuardedServer();
    String guardedUrl = "http://127.0.0.1:" + guarded.port();
    try (Socket refusing = new Socket()) {
      refusing.bind(new InetSocketAddress("127.0.0.1", 0));
      String down = "http://127.0.0.1:" + refusing.getLocalPort();
      browser.configure(down, "auto", 10);
      browser.driver.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
      try {
        browser.driver.get(browser.extensionUrl("options/options.html"));
        browser
            .waiting(10)
            .until(
                d ->
                    "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
        assertThat(browser.driver.findElements(By.cssSelector("[data-role]")))
            .as("colour pickers while the saved server is down")
            .isEmpty();

        // What is typed is tested, not what is saved.
        type("server-url", guardedUrl);
        type("token", "");
        assertThat(testConnection()).contains(guardedUrl + " needs a token").contains("--token");
        type("token", "wrong");
        assertThat(testConnection()).contains("the token is wrong");
        type("token", "s3cret");
        assertThat(testConnection())
            .isEqualTo("The server at " + guardedUrl + " answers (not saved yet).");
        browser.waiting(5).until(d -> d.findElements(By.cssSelector("[data-role]")).size() == 3);
        type("server-url", "http://192.168.1.5:7070");
        assertThat(testConnection()).contains("only talks to a server on this computer");

        type("server-url", guardedUrl);
        for (String timeout : List.of("300", "0.5")) {
          type("timeout", timeout);
          browser.driver.findElement(By.id("save")).click();
          // Checked before the handler's first await, so the message is there once click returns.
          String said = browser.driver.findElement(By.id("saved")).getText();
          assertThat(said)
              .isEqualTo(
                  "Give up after: give a number of seconds from 1 to 120, not \""
                      + timeout
                      + "\".");
        }
        assertThat(
                browser.asyncScript(
                    "const done = arguments[arguments.length - 1];"
                        + " chrome.storage.local.get('settings').then(s =>"
                        + " done(s.settings.serverUrl));"))
            .as("nothing saved")
            .isEqualTo(down);
      } finally {
        browser.driver.close();
        browser.driver.switchTo().window(browser.mainWindow);
      }
    } finally {
      browser.configure(proxy.url(), "auto", 10);
      guarded.stop();
    }
  }

  /** A second RoleLens server, whose API needs the token {@code s3cret}; stop it when done. */
  private static Javalin startGuardedServer() {
    return ServerApp.create(
            RoleAnalyzer.builder().build(),
            ServerSettings.builder().host("127.0.0.1").port(0).token("s3cret").build())
        .start();
  }

  /** Opens the popup on that tab and checks it shows this verdict and body role, and no message. */
  private void assertPopupShows(long tab, String verdict, String bodyRole) {
    browser.openPopup(tab);
    try {
      assertThat(browser.driver.findElement(By.id("verdict")).getText())
          .isEqualToIgnoringCase(verdict);
      assertThat(browser.driver.findElement(By.id("body-role")).getText()).isEqualTo(bodyRole);
      assertThat(browser.driver.findElement(By.id("message")).isDisplayed()).isFalse();
    } finally {
      browser.closePopup();
    }
  }

  private static String fixture(String name) throws IOException {
    try (var in = ExtensionEndToEndTest.class.getResourceAsStream("/fixtures/" + name)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  private void type(String id, String text) {
    WebElement field = browser.driver.findElement(By.id(id));
    field.clear();
    if (!text.isEmpty()) {
      field.sendKeys(text);
    }
  }

  /** Clicks "Test the connection" on the open options page and returns what it says. */
  private String testConnection() {
    browser.driver.findElement(By.id("test")).click();
    return browser
        .waiting(10)
        .until(
            d -> {
              String said = d.findElement(By.id("test-result")).getText();
              return said.isEmpty() || said.equals("Checking…") ? null : said;
            });
  }

  /**
   * Chromium, in developer mode, reports exactly one manifest problem: {@code background.scripts}
   * "requires manifest version of 2 or lower". It is there on purpose: the issue asks for one
   * manifest for both browsers, Firefox runs {@code background.scripts} as an event page (it has no
   * extension service workers), and Chromium 121+ uses {@code background.service_worker} and
   * ignores {@code scripts}. Anything else (an unknown key or permission) fails this test, and so
   * does any error the extension logged while the suite ran.
   */
  @Order(100)
  @Test
  void chromiumReportsNoManifestProblemButTheFirefoxBackgroundKeyAndNoRuntimeErrors() {
    Map<String, List<Object>> diagnostics = browser.extensionDiagnostics();
    assertThat(diagnostics).doesNotContainKey("failed");
    assertThat(diagnostics.get("developerMode"))
        .as("developer mode, without which nothing is collected")
        .containsExactly(true);
    assertThat(diagnostics.get("manifestErrors"))
        .containsExactly("'background.scripts' requires manifest version of 2 or lower.");
    assertThat(diagnostics.get("installWarnings")).isEmpty();
    assertThat(diagnostics.get("runtimeErrors")).isEmpty();
  }

  private void assertUntouched() {
    Object added =
        browser.script(
            "return { highlights: CSS.highlights.size, marks:"
                + " document.querySelectorAll('rolelens-mark, rolelens-tooltip,"
                + " style[data-rolelens]').length };");
    assertThat(added).isEqualTo(Map.of("highlights", 0L, "marks", 0L));
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> highlights(String within) {
    return (List<Map<String, Object>>) browser.script(HIGHLIGHTS, within);
  }

  private List<Map<String, Object>> awaitHighlight(String phrase, String within) {
    return browser
        .waiting(15)
        .until(
            d -> {
              List<Map<String, Object>> all = highlights(within);
              return all.stream().anyMatch(h -> ((String) h.get("text")).startsWith(phrase))
                  ? all
                  : null;
            });
  }

  private void awaitBadge(long tab, String text) {
    browser.waiting(15).until(d -> text.equals(browser.badgeText(tab)));
  }

  private void hover(String phrase) {
    @SuppressWarnings("unchecked")
    Map<String, Object> point =
        (Map<String, Object>)
            browser.script(
                "for (const [name, h] of CSS.highlights) for (const r of h) if"
                    + " (r.toString().startsWith(arguments[0])) { "
                    + " r.startContainer.parentElement.scrollIntoView({ block: 'center' });  const"
                    + " b = r.getClientRects()[0]; return { x: Math.round(b.left + 3), y:"
                    + " Math.round(b.top + b.height / 2) }; }return null;",
                phrase);
    assertThat(point).as("a highlight starting with '%s'", phrase).isNotNull();
    new Actions(browser.driver)
        .moveToLocation(((Number) point.get("x")).intValue(), ((Number) point.get("y")).intValue())
        .perform();
  }

  private static String roleName(String id) {
    return switch (id) {
      case "product_manager" -> "Product Manager";
      case "project_manager" -> "Project Manager";
      default -> "Product Owner";
    };
  }
}
