package io.rolelens.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the RoleLens checkout the running jars were built in, to point at its extension folder. */
final class RepoHome {
  private RepoHome() {}

  /**
   * The checkout's root: the {@code rolelens.home} property, else the nearest parent of the jars
   * holding the launcher, else the working directory.
   */
  static Path find() {
    String property = System.getProperty("rolelens.home");
    if (property != null && !property.isBlank()) {
      return Path.of(property).toAbsolutePath().normalize();
    }
    try {
      Path here =
          Path.of(RepoHome.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      for (Path p = here; p != null; p = p.getParent()) {
        if (Files.isRegularFile(p.resolve("rolelens"))
            && Files.isRegularFile(p.resolve("pom.xml"))) {
          return p;
        }
      }
    } catch (URISyntaxException | SecurityException | NullPointerException e) {
      // fall through to the working directory
    }
    return Path.of("").toAbsolutePath();
  }
}
