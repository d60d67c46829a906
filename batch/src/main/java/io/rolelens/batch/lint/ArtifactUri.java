package io.rolelens.batch.lint;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * A SARIF {@code artifactLocation} for a posting's path: relative to the repository root (forward
 * slashes, no {@code ./}, escaped) with {@code uriBaseId: %SRCROOT%} when the file is inside it, as
 * GitHub code scanning matches results to files; an absolute {@code file:} URI without a base
 * otherwise. Stateless.
 */
final class ArtifactUri {
  /** The base id of URIs relative to the repository root. */
  static final String SRCROOT = "%SRCROOT%";

  private ArtifactUri() {}

  /**
   * {@code path} relative to {@code root}, with forward slashes and no {@code ./} or {@code ..};
   * null when the file is outside it or is standard input.
   */
  static String relative(String path, Path root) {
    if (path.equals(PostingFiles.STDIN_NAME)) {
      return null;
    }
    Path file = ReportContext.real(Path.of(path));
    return file.startsWith(root) ? root.relativize(file).toString().replace('\\', '/') : null;
  }

  /**
   * Fills {@code artifactLocation} for {@code path} (as given, or {@code <stdin>}) under {@code
   * root}.
   */
  static void put(ObjectNode artifactLocation, String path, Path root) {
    if (path.equals(PostingFiles.STDIN_NAME)) {
      artifactLocation.put("uri", "stdin");
      return;
    }
    String relative = relative(path, root);
    if (relative == null) {
      artifactLocation.put("uri", ReportContext.real(Path.of(path)).toUri().toString());
      return;
    }
    try {
      artifactLocation
          .put("uri", new URI(null, null, relative, null).toASCIIString())
          .put("uriBaseId", SRCROOT);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("no URI for path " + path, e);
    }
  }
}
