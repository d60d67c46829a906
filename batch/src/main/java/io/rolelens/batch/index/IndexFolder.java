package io.rolelens.batch.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The folder an index is written in, opened for writing with a reason for each refusal: a folder of
 * other files, one another run holds, one that cannot be written, or files that are not an index.
 * Stateless and thread-safe.
 */
final class IndexFolder {
  private IndexFolder() {}

  /**
   * Refuses a folder that holds files but no index (such as the user's CSVs): the index's files
   * would be written in among them.
   */
  static void refuseOtherFiles(Path indexDir) throws IOException {
    if (!java.nio.file.Files.isDirectory(indexDir)) {
      return;
    }
    try (java.util.stream.Stream<Path> entries = java.nio.file.Files.list(indexDir)) {
      List<String> names =
          entries
              .map(p -> p.getFileName().toString())
              .filter(n -> !n.equals(IndexWriter.WRITE_LOCK_NAME))
              .toList();
      if (!names.isEmpty() && names.stream().noneMatch(n -> n.startsWith("segments_"))) {
        throw new IOException(
            indexDir
                + " holds other files ("
                + String.join(", ", names.stream().sorted().limit(3).toList())
                + (names.size() > 3 ? ", …" : "")
                + ") and no RoleLens index: give an empty or new directory");
      }
    }
  }

  static IndexWriter openWriter(Directory dir, Path indexDir) throws IOException {
    try {
      return new IndexWriter(
          dir,
          new IndexWriterConfig(PostingFields.analyzer())
              .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
    } catch (LockObtainFailedException e) {
      throw new IOException(
          indexDir + " is locked by another indexing run: wait for it to finish", e);
    } catch (java.nio.file.FileSystemException e) {
      // Permission denied, a read-only or full disk: the folder, not its files, is the problem.
      throw new IOException(
          indexDir
              + " cannot be written: "
              + (e instanceof java.nio.file.AccessDeniedException
                  ? "permission denied"
                  : Objects.requireNonNullElse(e.getReason(), e.getClass().getSimpleName()))
              + " ("
              + e.getFile()
              + ")",
          e);
    } catch (IOException | RuntimeException e) {
      throw new IOException(
          indexDir
              + " holds files that are not a readable RoleLens index: give an empty or new"
              + " directory",
          e);
    }
  }
}
