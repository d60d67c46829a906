package io.rolelens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the report's HTML and Markdown read on the bundled example data: headline cards, colours,
 * tables, print.
 */
class ReportPresentationTest {
  @TempDir static Path dir;
  static Document all;
  static Document q3;
  static String allMarkdown;
  static String q3Markdown;

  @BeforeAll
  static void reportTheExamples() throws Exception {
    Path index = Examples.indexed(dir);
    CliRun allRun =
        CliRun.of(
            "report",
            "--index",
            index.toString(),
            "--out",
            dir.resolve("all").toString(),
            "--min-count",
            "3");
    CliRun q3Run =
        CliRun.of(
            "report",
            "--index",
            index.toString(),
            "--out",
            dir.resolve("q3").toString(),
            "--quarter",
            "2025Q3",
            "--min-count",
            "2");
    assertThat(allRun.exitCode()).as(allRun.err()).isZero();
    assertThat(q3Run.exitCode()).as(q3Run.err()).isZero();
    all = Jsoup.parse(Files.readString(dir.resolve("all/report.html"), StandardCharsets.UTF_8));
    q3 = Jsoup.parse(Files.readString(dir.resolve("q3/report.html"), StandardCharsets.UTF_8));
    allMarkdown = Files.readString(dir.resolve("all/report.md"), StandardCharsets.UTF_8);
    q3Markdown = Files.readString(dir.resolve("q3/report.md"), StandardCharsets.UTF_8);
  }

  @Test
  void opensWithACardPerTitleRoleAndOneForPostingsForTheChosenQuarter() {
    assertThat(q3.selectFirst("main > section").id()).isEqualTo("at-a-glance");
    assertThat(q3.selectFirst("#at-a-glance h2").text()).isEqualTo("At a glance: 2025Q3");
    assertThat(q3.select("#at-a-glance .cards > article.card")).hasSize(4);

    assertCard(
        q3,
        "product_manager",
        "83%",
        "of Product Manager postings read as another role",
        "▲ 43 pp vs 2025Q2");
    assertCard(
        q3,
        "project_manager",
        "0%",
        "of Project Manager postings read as another role",
        "▼ 50 pp vs 2025Q2");
    assertCard(
        q3,
        "product_owner",
        "0%",
        "of Product Owner postings read as another role",
        "▼ 50 pp vs 2025Q2");
    assertCard(q3, "total", "11", "titled as one of the three roles in 2025Q3", "▲ 2 vs 2025Q2");
    assertThat(q3.selectFirst(".card.product_manager .delta .vh").text())
        .isEqualTo("up 43 percentage points versus 2025Q2");
    assertThat(q3.selectFirst(".card.product_manager .basis").text())
        .isEqualTo("6 postings, 6 with a body role called");
  }

  @Test
  void headlinesTheLatestQuarterWhenReportingEveryQuarter() {
    assertThat(all.selectFirst("#at-a-glance h2").text()).isEqualTo("At a glance: 2025Q4");
    assertCard(
        all,
        "product_manager",
        "80%",
        "of Product Manager postings read as another role",
        "▼ 3 pp vs 2025Q3");
    assertCard(
        all,
        "project_manager",
        "67%",
        "of Project Manager postings read as another role",
        "▲ 67 pp vs 2025Q3");
    assertCard(
        all, "total", "11", "titled as one of the three roles in 2025Q4", "● no change vs 2025Q3");
    assertThat(all.selectFirst(".card.total .basis").text())
        .isEqualTo("41 postings in all quarters, duplicates left out");
  }

  @Test
  void saysInPlainWordsWhatTheMisfiledPostingsDescribe() {
    assertThat(all.select("#at-a-glance .takeaways li").eachText())
        .startsWith(
            "Most misfiled Product Manager postings read as Product Owner jobs (7 of 13): sprint"
                + " ceremonies, user stories, backlog ownership.",
            "Most misfiled Project Manager postings read as Product Owner jobs (2 of 3): sprint"
                + " goals, backlog ownership, sprint ceremonies.",
            "Misfiled Product Owner postings split evenly between Product Manager and Project"
                + " Manager jobs (1 each).",
            "1 posting titled as one of the three roles describes another job altogether (Project"
                + " Manager 1): its tools and duties outweigh its role evidence, so none of the"
                + " three titles fits it.")
        .anyMatch(
            t ->
                t.startsWith(
                    "Postings rarely mix roles: of 39 judged postings whose body reads as one of"
                        + " the three roles, 21 score under 20 and 18 score 80 or more."));
    assertThat(q3.select("#at-a-glance .takeaways li").eachText())
        .contains(
            "CSPO, a Product Owner certification, is asked for in 1 Product Manager posting"
                + " (17%).");
  }

  @Test
  void keepsTheMarkdownInStepWithTheCardsAndTakeaways() {
    assertThat(allMarkdown)
        .contains("## At a glance: 2025Q4\n")
        .contains(
            "- **80%** of Product Manager postings read as another role (▼ 3 pp vs 2025Q3; 5"
                + " postings, 5 with a body role called)")
        .contains(
            "- **11** postings analysed, titled as one of the three roles in 2025Q4 (● no change vs"
                + " 2025Q3)")
        .contains("### What stands out (all quarters)")
        .contains(
            "- Most misfiled Product Manager postings read as Product Owner jobs (7 of 13): sprint"
                + " ceremonies, user stories, backlog ownership.")
        .contains("1. [At a glance](#at-a-glance-2025q4)")
        .contains("[Title role × body role](#title-role--body-role)")
        .contains("_Look off the diagonal:")
        .contains("| Quarter | Title role | Postings | Postings change |")
        .contains("| 2025Q3 | Product Manager | 6 | +1 | 6 | 83% | +43 pp | 83% | 75.2 | +36.6 |");
    assertThat(q3Markdown)
        .contains("- **83%** of Product Manager postings read as another role (▲ 43 pp vs 2025Q2;");
  }

  @Test
  void drawsRolesInTheProductColoursWithLabelsBesideThem() {
    String html = all.html();
    assertThat(html)
        .contains("--pdm:#0072B2")
        .contains("--pjm:#D55E00")
        .contains("--po:#009E73")
        .contains("rgb(0,114,178)")
        .contains("rgb(213,94,0)")
        .contains("rgb(0,158,115)")
        .doesNotContain("rgb(31,119,180)")
        .doesNotContain("rgb(214,39,40)")
        .doesNotContain("rgb(44,160,44)");
    // A line style and a label on each bar, so colour is never the only cue.
    assertThat(all.selectFirst("#trend svg").html())
        .contains("stroke-dasharray:8.0,5.0")
        .contains("stroke-dasharray:2.0,4.0");
    assertThat(all.selectFirst("#matrix svg").text())
        .contains("PdM 9")
        .contains("PjM 6")
        .contains("PO 6");
    for (Element tag : all.select(".tag")) {
      assertThat(tag.text()).isIn("PdM", "PjM", "PO");
      assertThat(tag.parent().ownText().strip())
          .isIn("Product Manager", "Project Manager", "Product Owner");
    }
  }

  @Test
  void showsCompactTablesWithPercentagesAndSignedChangesAndKeepsTheFullOnesCollapsed() {
    for (Element table : all.select("main table")) {
      if (table.parents().stream().noneMatch(p -> p.tagName().equals("details"))) {
        assertThat(table.select("thead th"))
            .as(table.selectFirst("caption").text())
            .hasSizeLessThanOrEqualTo(8);
      }
    }
    Element latest = all.select("#headline tbody").first();
    assertThat(latest.selectFirst("tr.group th").text())
        .as("newest quarter first")
        .isEqualTo("2025Q4");
    Element q3ProductManager = all.select("#headline tbody").get(1).select("tr").get(1);
    assertThat(q3ProductManager.select("th, td").eachText())
        .containsExactly("PdM Product Manager", "6", "+1", "83%", "+43 pp", "83%", "75.2", "+36.6");
    assertThat(q3ProductManager.select("td.n")).hasSize(7);
    assertThat(all.select("#headline details summary").text())
        .isEqualTo("All columns, as in tables/headline.csv");
    assertThat(all.select("#headline details thead th")).hasSize(10);
    assertThat(
            all.select("#trend table").first().select("tbody tr").first().select("td").eachText())
        .containsExactly("40% n=5", "0% n=2", "0% n=2");
    assertThat(all.html()).doesNotContain("0.833").doesNotContain("43.300");
  }

  @Test
  void listsEverySectionAtTheTopAndStartsEachWithWhatToLookFor() {
    List<String> targets = all.select("nav.toc a").eachAttr("href");
    assertThat(targets).hasSize(13).startsWith("#at-a-glance").endsWith("#methodology");
    for (String target : targets) {
      Element section = all.getElementById(target.substring(1));
      assertThat(section).as(target).isNotNull();
      assertThat(section.selectFirst("h2 + p.lead")).as(target).isNotNull();
      assertThat(section.selectFirst("p.lead").text()).as(target).matches("^(Look|Read) .+\\.$");
    }
  }

  @Test
  void isAccessibleWithoutColourOrSight() {
    assertThat(all.selectFirst("html").attr("lang")).isEqualTo("en");
    int level = 1;
    for (Element h : all.select("h1, h2, h3, h4")) {
      int next = Integer.parseInt(h.tagName().substring(1));
      assertThat(next).as("heading '%s' skips a level", h.text()).isLessThanOrEqualTo(level + 1);
      level = next;
    }
    assertThat(all.select("th:not([scope])")).isEmpty();
    assertThat(all.select("svg")).hasSize(4);
    for (Element svg : all.select("svg")) {
      assertThat(svg.attr("role")).isEqualTo("img");
      for (String id : svg.attr("aria-labelledby").split(" ")) {
        assertThat(svg.getElementById(id)).as(id).isNotNull();
        assertThat(svg.getElementById(id).text()).as(id).isNotBlank();
      }
    }
    assertThat(all.selectFirst("#trend svg desc").text()).contains("Product Manager 2025Q3 83%");
  }

  @Test
  void printsCardsInARowWithChartsAndRowsWholeAndCollapsedTablesOpen() {
    String css = all.selectFirst("style").data();
    String print = css.substring(css.indexOf("@media print"));
    assertThat(print)
        .contains(".cards{grid-template-columns:repeat(4,minmax(0,1fr))}")
        .contains(".card,figure,tr,.takeaways li,.ev{break-inside:avoid}")
        .contains("details::details-content{content-visibility:visible;display:contents}")
        .contains("a[href^=\"http\"]::after{content:\" (\" attr(href) \")\"");
    assertThat(all.select("script, link, img[src^=http]")).isEmpty();
  }

  private static void assertCard(Document doc, String kind, String big, String what, String delta) {
    Element card = doc.selectFirst("#at-a-glance .card." + kind);
    assertThat(card).as(kind).isNotNull();
    assertThat(card.selectFirst(".big").text()).as(kind).isEqualTo(big);
    assertThat(card.selectFirst(".what").text()).as(kind).isEqualTo(what);
    assertThat(card.selectFirst(".delta [aria-hidden]").text()).as(kind).isEqualTo(delta);
  }
}
