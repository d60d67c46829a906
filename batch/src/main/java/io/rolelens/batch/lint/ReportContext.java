package io.rolelens.batch.lint;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Where a lint report is written from: the repository root SARIF paths are relative to ({@code
 * $GITHUB_WORKSPACE} when set, else the nearest folder up from the working folder holding {@code
 * .git}, else the working folder) and the GitHub step summary file to append to, if any. Immutable.
 *
 * @param repositoryRoot an absolute, normalised folder
 * @param stepSummary the file {@code $GITHUB_STEP_SUMMARY} names, or null
 */
public record ReportContext(Path repositoryRoot, Path stepSummary) {
  public ReportContext {
    repositoryRoot = real(Objects.requireNonNull(repositoryRoot, "repositoryRoot"));
  }

  /** The context of a run in {@code workingDir} with the environment {@code env}. */
  public static ReportContext of(Map<String, String> env, Path workingDir) {
    String workspace = env.get("GITHUB_WORKSPACE");
    String summary = env.get("GITHUB_STEP_SUMMARY");
    Path root =
        workspace != null && !workspace.isBlank() ? Path.of(workspace) : gitTopLevel(workingDir);
    return new ReportContext(root, summary != null && !summary.isBlank() ? Path.of(summary) : null);
  }

  /**
   * The nearest folder from {@code dir} up holding {@code .git} (a folder, or a worktree's file);
   * else {@code dir}.
   */
  static Path gitTopLevel(Path dir) {
    Path start = dir.toAbsolutePath().normalize();
    for (Path d = start; d != null; d = d.getParent()) {
      if (Files.exists(d.resolve(".git"))) {
        return d;
      }
    }
    return start;
  }

  /**
   * {@code path}'s real path when it exists (links resolved), else its normalised absolute path.
   */
  static Path real(Path path) {
    try {
      return path.toRealPath();
    } catch (java.io.IOException e) {
      return path.toAbsolutePath().normalize();
    }
  }
}
