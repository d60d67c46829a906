package io.rolelens.extension;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import org.openqa.selenium.WebDriver;
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
  /** Test-only hosts: the JSON-LD page gets the content script, the generic page only host access for "Analyse this page". */
  static final String TEST_MATCH = "*://jobs.example.test/*";
  static final String TEST_HOSTS = "*://*.example.test/*";

  private final ChromeDriverService service;
  final ChromeDriver driver;
  final String extensionId;
  final String mainWindow;

  ExtensionBrowser(Path temp, List<String> hosts) throws IOException {
    Path webext = testBuild(temp.resolve("webext"));
    Path home = Files.createDirectories(temp.resolve("home"));
    System.setProperty("SE_OFFLINE", "true");
    service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .withEnvironment(Map.of("HOME", home.toString(), "SE_OFFLINE", "true"))
            .withLogFile(temp.resolve("chromedriver.log").toFile())
            .build();
    String rules = hosts.stream().map(h -> "MAP " + h + " 127.0.0.1").collect(Collectors.joining(", ")) + ", MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost";
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable",
        "--host-resolver-rules=" + rules,
        "--ignore-certificate-errors",
        "--user-data-dir=" + Files.createDirectories(temp.resolve("profile")),
        "--window-size=1280,1000",
        "--disable-extensions-except=" + webext.toAbsolutePath(),
        "--load-extension=" + webext.toAbsolutePath());
    driver = new ChromeDriver(service, options);
    mainWindow = driver.getWindowHandle();
    extensionId = findExtensionId();
  }

  /** A copy of webext/ whose manifest also covers the test-only example.test hosts. */
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
              for (Map<String, Object> target : (List<Map<String, Object>>) result.get("targetInfos")) {
                String url = String.valueOf(target.get("url"));
                if (url.startsWith("chrome-extension://") && url.endsWith("/background.js")) {
                  return url.substring("chrome-extension://".length(), url.indexOf('/', "chrome-extension://".length()));
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

  /** Sets options through the options page, as a user would; empty values leave a field alone. */
  void configure(String serverUrl, String highlightMode, int timeoutSeconds) {
    driver.switchTo().newWindow(WindowType.TAB);
    try {
      driver.get(extensionUrl("options/options.html"));
      waiting(10).until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
      var url = driver.findElement(By.id("server-url"));
      url.clear();
      url.sendKeys(serverUrl);
      var timeout = driver.findElement(By.id("timeout"));
      timeout.clear();
      timeout.sendKeys(String.valueOf(timeoutSeconds));
      new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("mode"))).selectByValue(highlightMode);
      driver.findElement(By.id("save")).click();
      waiting(10).until(d -> "Saved.".equals(d.findElement(By.id("saved")).getText()));
    } finally {
      driver.close();
      driver.switchTo().window(mainWindow);
    }
  }

  /** The extension's id for the tab showing this URL prefix, found from an extension page. */
  long tabIdFor(String urlPrefix) {
    driver.switchTo().newWindow(WindowType.TAB);
    try {
      driver.get(extensionUrl("popup/popup.html?tab=-1"));
      Object id =
          asyncScript(
              "const done = arguments[arguments.length - 1];"
                  + "chrome.tabs.query({}).then(tabs => done((tabs.find(t => (t.url || '').startsWith(arguments[0])) || {}).id ?? null));",
              urlPrefix);
      if (id == null) {
        throw new AssertionError("no tab shows " + urlPrefix);
      }
      return ((Number) id).longValue();
    } finally {
      driver.close();
      driver.switchTo().window(mainWindow);
    }
  }

  /** Opens the popup for that tab in a new browser tab and waits until it has rendered; close with {@link #closePopup()}. */
  void openPopup(long tabId) {
    driver.switchTo().newWindow(WindowType.TAB);
    driver.manage().window().setSize(new org.openqa.selenium.Dimension(420, 900));
    driver.get(extensionUrl("popup/popup.html?tab=" + tabId));
    waiting(15).until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
  }

  void closePopup() {
    driver.close();
    driver.switchTo().window(mainWindow);
    driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
  }

  void screenshot(String name) {
    try {
      File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
      Files.createDirectories(SCREENSHOTS);
      Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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
