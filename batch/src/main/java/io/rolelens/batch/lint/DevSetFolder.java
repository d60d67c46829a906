package io.rolelens.batch.lint;

import io.rolelens.scoring.HtmlText;
import io.rolelens.scoring.csv.RawPosting;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Writes postings from a CSV export as the files a repository of postings would hold, for lint to
 * check: the title in front matter, the description as HTML ({@code .html}) when it looks like HTML
 * and as text ({@code .txt}) otherwise, as {@code score} reads them. Not thread-safe.
 */
public final class DevSetFolder {
  private final Path dir;
  private final Map<String, String> rowByFile = new LinkedHashMap<>();

  public DevSetFolder(Path dir) {
    this.dir = dir;
  }

  /** Writes one posting; returns its file. */
  public Path write(RawPosting p) throws IOException {
    String extension = HtmlText.looksLikeHtml(p.description()) ? ".html" : ".txt";
    Path file = dir.resolve(String.format(Locale.ROOT, "%05d%s", rowByFile.size(), extension));
    String title = p.title().replaceAll("\\R", " ").strip();
    Files.writeString(
        file, "---\ntitle: " + title + "\n---\n" + p.description(), StandardCharsets.UTF_8);
    rowByFile.put(file.toString(), Long.toString(p.row()));
    return file;
  }

  /**
   * The row number (1 for the first data row) of the posting each written file holds, by the path
   * lint reports.
   */
  public Map<String, String> rowByFile() {
    return Map.copyOf(rowByFile);
  }
}
