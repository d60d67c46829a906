package io.rolelens.extension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The real board pages saved in {@code ../shared/real-boards} (see its SOURCES.md), read in place
 * and never copied, each with a posting put into the board's own description element, as the board
 * would have served it. Stateless and thread-safe.
 */
final class RealBoards {
  /** {@code ../shared/real-boards} from the repository, seen from this module's folder. */
  static final Path DIR =
      Path.of(System.getProperty("rolelens.realBoards", "../../shared/real-boards"));

  static final Path LINKEDIN = DIR.resolve("linkedin/coverletterer-heidi-senior-swe.html");
  static final Path INDEED = DIR.resolve("indeed/coverletterer-senior-devops-engineer.html");
  static final Path WORKDAY = DIR.resolve("workday/bah-systems-administrator-intern.cxs.json");

  private static final ObjectMapper JSON = new ObjectMapper();

  private RealBoards() {}

  /** Why the real pages cannot be used here, or null when they all are. */
  static String absence() {
    for (Path file : new Path[] {LINKEDIN, INDEED, WORKDAY}) {
      if (!Files.isRegularFile(file)) {
        return "skipped: "
            + file
            + " not found (the real board pages live in ../shared/real-boards)";
      }
    }
    return null;
  }

  /**
   * The logged-out LinkedIn job view with the posting in its {@code .show-more-less-html__markup}
   * and title in its h1.
   */
  static String linkedin(TestPostings.Posting posting) throws IOException {
    Document page = parse(LINKEDIN);
    page.expectFirst(
            "div.description__text section.show-more-less-html div.show-more-less-html__markup")
        .html(posting.html());
    page.expectFirst("h1.top-card-layout__title").text(posting.title());
    return page.outerHtml();
  }

  /**
   * The Indeed viewjob page with the posting in {@code #jobDescriptionText}, its title in the
   * header, and its JSON-LD JobPosting saying the same, as Indeed's page does.
   */
  static String indeed(TestPostings.Posting posting) throws IOException {
    Document page = parse(INDEED);
    page.expectFirst("div#jobDescriptionText").html(posting.html());
    page.expectFirst("h1[data-testid=jobsearch-JobInfoHeader-title]").text(posting.title());
    Element script = page.expectFirst("script[type=application/ld+json]");
    ObjectNode ld = (ObjectNode) JSON.readTree(script.data());
    if (!"JobPosting".equals(ld.path("@type").asText())) {
      throw new IllegalStateException(INDEED + ": its JSON-LD is no JobPosting any more");
    }
    ld.put("title", posting.title());
    ld.put("description", posting.html());
    script.text(""); // jsoup writes script data unescaped; the JSON goes back in as data
    script.appendChild(new org.jsoup.nodes.DataNode(JSON.writeValueAsString(ld)));
    return page.outerHtml();
  }

  /**
   * The Workday CXS API answer with the posting as {@code jobPostingInfo.jobDescription} (HTML, as
   * Workday sends it).
   */
  static String workdayApi(TestPostings.Posting posting) throws IOException {
    ObjectNode api = (ObjectNode) JSON.readTree(WORKDAY.toFile());
    ObjectNode info = (ObjectNode) api.get("jobPostingInfo");
    info.put("title", posting.title());
    info.put("jobDescription", posting.html());
    return JSON.writeValueAsString(api);
  }

  /**
   * The tenant and job path of the saved Workday answer, from its {@code externalUrl}: {@code bah},
   * {@code BAH_Jobs/job/…}.
   */
  static String[] workdayJob() throws IOException {
    JsonNode info = JSON.readTree(WORKDAY.toFile()).get("jobPostingInfo");
    java.net.URI url = java.net.URI.create(info.get("externalUrl").asText());
    String tenant = url.getHost().substring(0, url.getHost().indexOf('.'));
    return new String[] {tenant, url.getPath().substring(1)};
  }

  /**
   * Our Workday page shell (fixtures/workday-cxs.html), which fetches the API answer and renders it
   * as Workday does.
   */
  static String workdayShell(String tenant) throws IOException {
    try (InputStream in =
        Objects.requireNonNull(
            RealBoards.class.getResourceAsStream("/fixtures/workday-cxs.html"))) {
      String shell = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return shell.replace("<body>", "<body data-tenant=\"" + tenant + "\">");
    }
  }

  private static Document parse(Path file) throws IOException {
    return Jsoup.parse(file.toFile(), "UTF-8");
  }
}
