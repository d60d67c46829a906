package io.rolelens.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Whether two paths name the same file once links, {@code .} and {@code ..} are resolved, so a
 * command can refuse to write over its input or send two outputs to one place, however the paths
 * are spelled. Works for files that do not exist yet. Stateless and thread-safe.
 */
final class SameFile {
  private SameFile() {}

  /**
   * True when {@code a} and {@code b} are one file: {@link Files#isSameFile} when both exist,
   * otherwise the same {@linkplain #resolved resolved} path.
   */
  static boolean same(Path a, Path b) {
    if (Files.exists(a) && Files.exists(b)) {
      try {
        return Files.isSameFile(a, b);
      } catch (IOException e) {
        // unreadable metadata: compare the resolved paths instead
      }
    }
    return resolved(a).equals(resolved(b));
  }

  /**
   * The real path of the deepest part of {@code path} that exists (links resolved), with the parts
   * that do not exist yet appended and the whole normalised.
   */
  static Path resolved(Path path) {
    Path existing = path.toAbsolutePath();
    Deque<Path> missing = new ArrayDeque<>();
    while (existing.getParent() != null && !Files.exists(existing)) {
      missing.push(existing.getFileName());
      existing = existing.getParent();
    }
    Path base;
    try {
      base = existing.toRealPath();
    } catch (IOException e) {
      base = existing;
    }
    for (Path name : missing) {
      base = base.resolve(name);
    }
    return base.normalize();
  }
}
