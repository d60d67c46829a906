package io.rolelens.batch.lint;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rolelens.analyzer.RoleAnalyzer;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The GitHub annotations and the SARIF locations, as Actions and code scanning read them. */
class LintReportsTest {
  private static final RoleAnalyzer ANALYZER = RoleAnalyzer.builder().build();
  private static final Path EXAMPLES = Path.of("..", "examples", "lint");
  private static final String MANY_PHRASES =
      "---\n"
          + "title: Product Manager\n"
          + "---\n"
          + "Own the product backlog, prioritize backlog items and write user stories with"
          + " acceptance criteria.\n"
          + "Run sprint planning, backlog refinement, the sprint review and the retrospective with"
          + " the Scrum team.\n"
          + "Maximize the value of the product backlog; accept or reject the increment as the Scrum"
          + " Product Owner.\n";

  @TempDir Path dir;

  private LintRun lint(String... files) {
    LintSession session =
        new LintSession(
            new Linter(ANALYZER, Gate.DEFAULT, ColumnUnit.UTF16),
            LintConfig.NONE,
            null,
            new ByteArrayInputStream(new byte[0]),
            p -> {});
    return session.run(List.of(files), ANALYZER.lexicon().version());
  }

  private String github(LintRun run, Path summary) throws Exception {
    StringWriter out = new StringWriter();
    LintFormat.GITHUB.write(
        run, ANALYZER.lexicon(), new ReportContext(dir, summary), new PrintWriter(out));
    return out.toString();
  }

  @Test
  void annotationsNameFilesRelativeToTheRepositoryRoot() throws Exception {
    Path posting = Files.createDirectories(dir.resolve("postings/product")).resolve("pm.txt");
    Files.copy(EXAMPLES.resolve("product-manager.txt"), posting);

    String out = github(lint(posting.toString()), null);

    assertThat(out.lines().filter(l -> l.startsWith("::")))
        .isNotEmpty()
        .allSatisfy(l -> assertThat(l).contains(" file=postings/product/pm.txt,"));
  }

  @Test
  void everyPostingsVerdictIsAnnotatedBeforeAnyPhrase() throws Exception {
    List<String> lines = github(lint(EXAMPLES.toString()), null).lines().toList();

    int lastVerdict = 0;
    int firstPhrase = Integer.MAX_VALUE;
    for (int i = 0; i < lines.size(); i++) {
      if (isVerdict(lines.get(i))) {
        lastVerdict = i;
      } else if (lines.get(i).contains(",endLine=")) {
        firstPhrase = Math.min(firstPhrase, i);
      }
    }
    assertThat(lines.stream().filter(LintReportsTest::isVerdict).count()).isEqualTo(3);
    assertThat(lastVerdict).isLessThan(firstPhrase);
    assertThat(lines.get(0)).startsWith("::");
  }

  private static boolean isVerdict(String line) {
    return line.contains(",title=RoleLens%3A FAILED") || line.contains(",title=RoleLens%3A passed");
  }

  @Test
  void aFailingPostingAnnotatesAtMostFivePhraseErrorsAndCountsTheRestInOneNotice()
      throws Exception {
    Path posting = Files.writeString(dir.resolve("po.md"), MANY_PHRASES, StandardCharsets.UTF_8);
    LintRun run = lint(posting.toString());
    long others = run.results().get(0).findings().stream().filter(f -> !f.fitsTitle()).count();
    assertThat(others).isGreaterThan(GithubReport.MAX_PHRASE_ERRORS);

    String out = github(run, null);

    assertThat(out.lines().filter(l -> l.startsWith("::error") && l.contains(",endLine=")))
        .hasSize(GithubReport.MAX_PHRASE_ERRORS);
    assertThat(out).containsOnlyOnce((others - GithubReport.MAX_PHRASE_ERRORS) + " more phrase");
  }

  @Test
  void theStepSummaryFileGetsAMarkdownTableOfThePostingsAppended() throws Exception {
    Path summary = Files.writeString(dir.resolve("summary.md"), "earlier step\n");

    github(lint(EXAMPLES.toString(), dir.resolve("missing.md").toString()), summary);

    String md = Files.readString(summary);
    assertThat(md)
        .startsWith("earlier step\n## RoleLens lint\n")
        .contains("| posting | verdict | outcome | suggested title |")
        .contains("senior-product-manager.md` | verdict: mismatch")
        .contains("**FAILED (gate: mismatch)**")
        .contains("- unreadable: `" + dir.resolve("missing.md") + "`: no such file or folder")
        .contains("linted=3 passed=2 failed=1 unreadable=1");
  }

  @Test
  void sarifUrisAreRelativeToTheRepositoryRootNormalisedAndOnlyThoseHaveABase() throws Exception {
    Path inside = Files.createDirectories(dir.resolve("repo/postings/new ones"));
    Path outside = Files.createDirectories(dir.resolve("elsewhere"));
    Path root = dir.resolve("repo");
    ObjectNode relative = new ObjectMapper().createObjectNode();
    ObjectNode absolute = new ObjectMapper().createObjectNode();

    ArtifactUri.put(
        relative,
        root.resolve("./postings/../postings/new ones/po.md").toString(),
        new ReportContext(root, null).repositoryRoot());
    ArtifactUri.put(
        absolute,
        outside.resolve("po.md").toString(),
        new ReportContext(root, null).repositoryRoot());

    assertThat(relative.get("uri").asText()).isEqualTo("postings/new%20ones/po.md");
    assertThat(relative.get("uriBaseId").asText()).isEqualTo("%SRCROOT%");
    assertThat(absolute.get("uri").asText()).startsWith("file:/").endsWith("/elsewhere/po.md");
    assertThat(absolute.has("uriBaseId")).isFalse();
    assertThat(inside).isDirectory();
  }

  @Test
  void theRepositoryRootIsTheGithubWorkspaceElseTheNearestFolderHoldingGit() throws Exception {
    Path repo = Files.createDirectories(dir.resolve("repo"));
    Files.writeString(repo.resolve(".git"), "gitdir: /elsewhere/worktrees/repo\n");
    Path sub = Files.createDirectories(repo.resolve("postings/site"));

    assertThat(ReportContext.of(Map.of(), sub).repositoryRoot()).isEqualTo(repo.toRealPath());
    assertThat(ReportContext.of(Map.of("GITHUB_WORKSPACE", sub.toString()), sub).repositoryRoot())
        .isEqualTo(sub.toRealPath());
    assertThat(ReportContext.of(Map.of("GITHUB_STEP_SUMMARY", "/tmp/s.md"), sub).stepSummary())
        .isEqualTo(Path.of("/tmp/s.md"));
  }
}
