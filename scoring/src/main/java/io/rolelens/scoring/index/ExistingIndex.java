package io.rolelens.scoring.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * An index built by {@code rolelens index}, opened for reading by {@code search}, {@code report}
 * and {@code serve --index}. Opening never creates anything (Lucene's {@code FSDirectory} would
 * create a missing folder), and every way a folder can fail to be a RoleLens index (missing, a
 * file, empty, damaged, some other program's index) is one plain sentence telling the user to run
 * {@code rolelens index}, never Lucene's own message. Close it when done; not thread-safe to close
 * while reading.
 */
public final class ExistingIndex implements Closeable {
  private final Path path;
  private final Directory directory;
  private final DirectoryReader reader;

  private ExistingIndex(Path path, Directory directory, DirectoryReader reader) {
    this.path = path;
    this.directory = directory;
    this.reader = reader;
  }

  /**
   * Opens the index in {@code dir}.
   *
   * @throws IOException naming {@code dir} and what is wrong with it
   */
  public static ExistingIndex open(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      throw notAnIndex(dir, "it does not exist");
    }
    if (!Files.isDirectory(dir)) {
      throw notAnIndex(dir, "it is a file, not a directory");
    }
    Directory directory = FSDirectory.open(dir);
    try {
      if (!DirectoryReader.indexExists(directory)) {
        throw notAnIndex(dir, null);
      }
      DirectoryReader reader = DirectoryReader.open(directory);
      if (reader.numDocs() > 0 && !isRoleLens(reader)) {
        reader.close();
        throw notAnIndex(dir, "it holds the Lucene index of some other program");
      }
      return new ExistingIndex(dir, directory, reader);
    } catch (NotAnIndex e) {
      directory.close();
      throw e;
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw new NotAnIndex(
          dir
              + " holds an index that cannot be read (damaged, or written by another version):"
              + " run rolelens index into a new directory",
          e);
    }
  }

  private static boolean isRoleLens(DirectoryReader reader) {
    FieldInfos fields = FieldInfos.getMergedFieldInfos(reader);
    return fields.fieldInfo(IndexFields.ID) != null
        && fields.fieldInfo(IndexFields.VERDICT) != null;
  }

  private static NotAnIndex notAnIndex(Path dir, String why) {
    return new NotAnIndex(
        dir
            + " holds no RoleLens index"
            + (why == null ? "" : " (" + why + ")")
            + ": run rolelens index first",
        null);
  }

  /** The reader over every posting indexed. */
  public DirectoryReader reader() {
    return reader;
  }

  /**
   * Throws unless the index holds at least one posting, for commands with nothing to say about
   * none.
   *
   * @throws IOException naming the folder
   */
  public void requirePostings() throws IOException {
    if (reader.numDocs() == 0) {
      throw new IOException(
          path + " holds no postings yet: run rolelens index with a scored CSV first");
    }
  }

  @Override
  public void close() throws IOException {
    try {
      reader.close();
    } finally {
      directory.close();
    }
  }

  /** The folder is not a RoleLens index; the message says why. */
  private static final class NotAnIndex extends IOException {
    private static final long serialVersionUID = 1L;

    NotAnIndex(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
