package io.rolelens.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The export files a job reads, in the order that decides which of two equal descriptions is the
 * original: the inputs as given, a glob's or a folder's files sorted by name. Paths are anything
 * Hadoop reads ({@code hdfs://}, {@code s3a://}, {@code file:} or a local path); a folder's hidden
 * files ({@code .name}, {@code _SUCCESS}) are skipped. Stateless and thread-safe.
 */
final class ExportFiles {
  private ExportFiles() {}

  /**
   * One export file.
   *
   * @param uri where Hadoop reads it, such as {@code file:/data/postings.csv.gz}
   * @param name how messages and the rejects file name it: a plain path for a local file
   */
  record ExportFile(String uri, String name) {}

  /**
   * Every file the inputs name, each once.
   *
   * @throws IOException when an input matches no file, naming it
   */
  static List<ExportFile> expand(List<String> inputs, Configuration conf) throws IOException {
    Set<ExportFile> files = new LinkedHashSet<>();
    for (String input : inputs) {
      Path path = new Path(input);
      FileSystem fs = path.getFileSystem(conf);
      FileStatus[] matched = fs.globStatus(path);
      if (matched == null || matched.length == 0) {
        throw new IOException(
            (input.matches(".*[*?\\[{].*") ? "no file matches " : "no such file: ") + input);
      }
      List<ExportFile> found = new ArrayList<>();
      for (FileStatus status : sorted(matched)) {
        if (status.isDirectory()) {
          for (FileStatus inner : sorted(fs.listStatus(status.getPath()))) {
            if (inner.isFile() && !hidden(inner.getPath())) {
              found.add(file(fs, inner.getPath()));
            }
          }
        } else {
          found.add(file(fs, status.getPath()));
        }
      }
      if (found.isEmpty()) {
        throw new IOException(input + " holds no export files");
      }
      files.addAll(found);
    }
    return List.copyOf(files);
  }

  private static List<FileStatus> sorted(FileStatus[] statuses) {
    return Arrays.stream(statuses)
        .sorted(Comparator.comparing(s -> s.getPath().toString()))
        .toList();
  }

  private static boolean hidden(Path path) {
    return path.getName().startsWith(".") || path.getName().startsWith("_");
  }

  /** The file with its full URI, named by a plain path when it is local. */
  private static ExportFile file(FileSystem fs, Path path) {
    Path qualified = fs.makeQualified(path);
    String uri = qualified.toString();
    boolean local = "file".equals(qualified.toUri().getScheme());
    return new ExportFile(uri, local ? qualified.toUri().getPath() : uri);
  }
}
