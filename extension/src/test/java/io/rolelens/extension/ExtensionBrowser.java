package io.rolelens.extension;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium with the extension loaded unpacked, every host name the fixtures use
 * mapped to loopback (and every other name to nothing), and helpers to reach the extension's pages.
 * One per test class; not thread-safe.
 */
final class ExtensionBrowser implements AutoCloseable {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  /**
   * Test-only hosts: the JSON-LD page gets the content script, the generic page only host access
   * for "Analyse this page".
   */
  static final String TEST_MATCH = "*://jobs.example.test/*";

  static final String TEST_HOSTS = "*://*.example.test/*";

  private final ChromeDriverService service;
  final ChromeDriver driver;
  final String extensionId;
  final String mainWindow;

  ExtensionBrowser(Path temp, List<String> hosts) throws IOException {
    Path webext = testBuild(temp.resolve("webext"));
    Path home = Files.createDirectories(temp.resolve("home"));
    Path profile = Files.createDirectories(temp.resolve("profile"));
    // Developer mode, so Chromium collects the extension's manifest and runtime errors as
    // chrome://extensions would show them (see extensionDiagnostics).
    Files.writeString(
        Files.createDirectories(profile.resolve("Default")).resolve("Preferences"),
        "{\"extensions\":{\"ui\":{\"developer_mode\":true}}}",
        java.nio.charset.StandardCharsets.UTF_8);
    System.setProperty("SE_OFFLINE", "true");
    service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .withEnvironment(Map.of("HOME", home.toString(), "SE_OFFLINE", "true"))
            .withLogFile(temp.resolve("chromedriver.log").toFile())
            .build();
    String rules =
        hosts.stream().map(h -> "MAP " + h + " 127.0.0.1").collect(Collectors.joining(", "))
            + ", MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost";
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable",
        "--host-resolver-rules=" + rules,
        "--ignore-certificate-errors",
        "--user-data-dir=" + profile,
        "--window-size=1280,1000",
        "--disable-extensions-except=" + webext.toAbsolutePath(),
        "--load-extension=" + webext.toAbsolutePath());
    driver = new ChromeDriver(service, options);
    mainWindow = driver.getWindowHandle();
    extensionId = findExtensionId();
  }

  /**
   * A copy of webext/ whose manifest also covers the test-only example.test hosts, and lets the
   * harness read tabs' URLs.
   */
  static Path testBuild(Path target) throws IOException {
    Path source = Path.of(System.getProperty("rolelens.webext", "webext"));
    try (Stream<Path> files = Files.walk(source)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Path to = target.resolve(source.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(to);
        } else {
          Files.copy(file, to, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    ObjectMapper json = new ObjectMapper();
    Path manifestFile = target.resolve("manifest.json");
    ObjectNode manifest = (ObjectNode) json.readTree(manifestFile.toFile());
    ((ArrayNode) manifest.get("host_permissions")).add(TEST_HOSTS);
    // Only for the harness, which finds a page's tab by its URL (tabIdFor). The extension itself
    // has
    // no host permission for the boards: it asks its content script what a tab shows.
    ((ArrayNode) manifest.get("permissions")).add("tabs");
    ((ArrayNode) manifest.get("content_scripts").get(0).get("matches")).add(TEST_MATCH);
    json.writerWithDefaultPrettyPrinter().writeValue(manifestFile.toFile(), manifest);
    return target;
  }

  @SuppressWarnings("unchecked")
  private String findExtensionId() {
    // The worker starts with the extension; its target URL names the id.
    return new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(
            d -> {
              Map<String, Object> result = driver.executeCdpCommand("Target.getTargets", Map.of());
              for (Map<String, Object> target :
                  (List<Map<String, Object>>) result.get("targetInfos")) {
                String url = String.valueOf(target.get("url"));
                if (url.startsWith("chrome-extension://") && url.endsWith("/background.js")) {
                  return url.substring(
                      "chrome-extension://".length(),
                      url.indexOf('/', "chrome-extension://".length()));
                }
              }
              return null;
            });
  }

  String extensionUrl(String page) {
    return "chrome-extension://" + extensionId + "/" + page;
  }

  WebDriverWait waiting(int seconds) {
    return new WebDriverWait(driver, Duration.ofSeconds(seconds));
  }

  Object script(String js, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(js, args);
  }

  Object asyncScript(String js, Object... args) {
    return ((JavascriptExecutor) driver).executeAsyncScript(js, args);
  }

  /**
   * Sets options through the options page, as a user would: the given server, mode and timeout, and
   * everything else back to the defaults (no token, every board on, the server's colours).
   */
  void configure(String serverUrl, String highlightMode, int timeoutSeconds) {
    editOptions(
        form ->
            form.serverUrl(serverUrl)
                .highlightMode(highlightMode)
                .timeoutSeconds(timeoutSeconds)
                .token("")
                .allSites()
                .defaultColours());
  }

  /** Opens the options page in a new tab, lets {@code edit} fill the form, saves and closes it. */
  void editOptions(java.util.function.Consumer<OptionsForm> edit) {
    driver.switchTo().newWindow(WindowType.TAB);
    try {
      driver.get(extensionUrl("options/options.html"));
      waiting(10)
          .until(
              d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
      edit.accept(new OptionsForm());
      driver.findElement(By.id("save")).click();
      waiting(10).until(d -> "Saved.".equals(d.findElement(By.id("saved")).getText()));
    } finally {
      driver.close();
      driver.switchTo().window(mainWindow);
    }
  }

  /** The options form while {@link #editOptions} has it open. */
  final class OptionsForm {
    private OptionsForm() {}

    OptionsForm serverUrl(String url) {
      return type("server-url", url);
    }

    OptionsForm token(String token) {
      return type("token", token);
    }

    OptionsForm timeoutSeconds(int seconds) {
      return type("timeout", String.valueOf(seconds));
    }

    OptionsForm highlightMode(String mode) {
      new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("mode")))
          .selectByValue(mode);
      return this;
    }

    OptionsForm site(String id, boolean on) {
      var box = driver.findElement(By.cssSelector("[data-site=" + id + "]"));
      if (box.isSelected() != on) {
        box.click();
      }
      return this;
    }

    OptionsForm allSites() {
      for (var box : driver.findElements(By.cssSelector("[data-site]"))) {
        if (!box.isSelected()) {
          box.click();
        }
      }
      return this;
    }

    /** Sets a role's colour picker; WebDriver cannot type into {@code <input type=color>}. */
    OptionsForm colour(String role, String hex) {
      script(
          "const input = document.querySelector(`[data-role=${arguments[0]}]`); if (!input) throw"
              + " new Error(`no colour picker for ${arguments[0]}: the options page has no legend"
              + " from the server`); input.value = arguments[1]; input.dispatchEvent(new"
              + " Event('input', { bubbles: true })); input.dispatchEvent(new Event('change', {"
              + " bubbles: true }));",
          role,
          hex);
      return this;
    }

    /**
     * Sets every colour picker back to the server's colour (none are shown while the server does
     * not answer: the names and colours come from its lexicon).
     */
    OptionsForm defaultColours() {
      script(
          "for (const input of document.querySelectorAll('[data-role]')) {"
              + " input.value = input.dataset.serverColour;"
              + " input.dispatchEvent(new Event('change', { bubbles: true })); }");
      return this;
    }

    private OptionsForm type(String id, String text) {
      var field = driver.findElement(By.id(id));
      field.clear();
      if (!text.isEmpty()) {
        field.sendKeys(text);
      }
      return this;
    }
  }

  /**
   * Runs an async script in an extension page (which may call chrome.* APIs) opened in a new tab.
   */
  Object inExtensionPage(String asyncJs, Object... args) {
    driver.switchTo().newWindow(WindowType.TAB);
    try {
      driver.get(extensionUrl("popup/popup.html?tab=-1"));
      return asyncScript(asyncJs, args);
    } finally {
      driver.close();
      driver.switchTo().window(mainWindow);
    }
  }

  /** The toolbar badge's text on that tab, as chrome.action reports it. */
  String badgeText(long tabId) {
    return (String)
        inExtensionPage(
            "const done = arguments[arguments.length - 1]; chrome.action.getBadgeText({ tabId:"
                + " arguments[0] }).then(done);",
            tabId);
  }

  /**
   * What chrome://extensions knows about the extension: {@code developerMode} ({@code [true]} when
   * on), the {@code runtimeErrors} it collected so far, then, after reloading it from disk, its
   * {@code manifestErrors} and {@code installWarnings} (messages). Chromium collects these only in
   * developer mode, which the profile starts in. Reloads the extension: call it last.
   */
  @SuppressWarnings("unchecked")
  Map<String, List<Object>> extensionDiagnostics() {
    driver.switchTo().newWindow(WindowType.TAB);
    try {
      driver.get("chrome://extensions");
      return (Map<String, List<Object>>)
          asyncScript(
              "const [id, done] = arguments; const dev = chrome.developerPrivate;(async () => { "
                  + " const developerMode = [(await"
                  + " dev.getProfileConfiguration()).inDeveloperMode];  const runtimeErrors ="
                  + " (await dev.getExtensionInfo(id)).runtimeErrors.map(m => m.message);  await"
                  + " dev.reload(id, { failQuietly: true });  for (let i = 0; i < 50; i++) {   "
                  + " const e = await dev.getExtensionInfo(id).catch(() => null);    if (e &&"
                  + " e.state === 'ENABLED') return { developerMode, runtimeErrors,     "
                  + " manifestErrors: e.manifestErrors.map(m => m.message), installWarnings:"
                  + " e.installWarnings };    await new Promise(r => setTimeout(r, 100));  } "
                  + " return { failed: ['the extension did not come back after a reload']"
                  + " };})().then(done, err => done({ failed: [String(err)] }));",
              extensionId);
    } finally {
      driver.close();
      driver.switchTo().window(mainWindow);
    }
  }

  /** The extension's id for the tab showing this URL prefix, found from an extension page. */
  long tabIdFor(String urlPrefix) {
    Object id =
        inExtensionPage(
            "const done = arguments[arguments.length - 1];chrome.tabs.query({}).then(tabs =>"
                + " done((tabs.find(t => (t.url || '').startsWith(arguments[0])) || {}).id ??"
                + " null));",
            urlPrefix);
    if (id == null) {
      throw new AssertionError("no tab shows " + urlPrefix);
    }
    return ((Number) id).longValue();
  }

  /**
   * Opens the popup for that tab in a new browser tab and waits until it has rendered; close with
   * {@link #closePopup()}.
   */
  void openPopup(long tabId) {
    driver.switchTo().newWindow(WindowType.TAB);
    driver.manage().window().setSize(new org.openqa.selenium.Dimension(420, 900));
    driver.get(extensionUrl("popup/popup.html?tab=" + tabId));
    waiting(15)
        .until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
  }

  void closePopup() {
    driver.close();
    driver.switchTo().window(mainWindow);
    driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
  }

  /**
   * Keeps a picture of the current tab under target/screenshots; best effort, as it is an artifact,
   * not a check.
   */
  void screenshot(String name) {
    try {
      File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
      Files.createDirectories(SCREENSHOTS);
      Files.copy(
          shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException | WebDriverException e) {
      System.err.println("warning: screenshot " + name + " not saved: " + e);
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      service.stop();
    }
  }
}
