package io.rolelens.scoring;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A file written under a temporary name beside its target and renamed over it only by {@link
 * #commit()}, so an interrupted or failed run never leaves a half-written file under the real name.
 * Closing without committing deletes the temporary file; so does the JVM's shutdown (Ctrl-C). Not
 * thread-safe.
 */
public final class AtomicOutput implements AutoCloseable {
  private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime()
        .addShutdownHook(new Thread(() -> PENDING.forEach(AtomicOutput::deleteQuietly)));
  }

  private final Path target;
  private final Path temp;
  private final Writer writer;
  private boolean committed;

  private AtomicOutput(Path target) throws IOException {
    this.target = target.toAbsolutePath();
    Path dir = this.target.getParent();
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new IOException(
          "cannot write " + this.target + ": cannot create the directory " + dir, e);
    }
    try {
      this.temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".partial");
    } catch (IOException e) {
      throw new IOException("cannot write " + this.target + ": cannot create files in " + dir, e);
    }
    PENDING.add(temp);
    try {
      // createTempFile makes the file private; the result is an ordinary output file.
      Files.setPosixFilePermissions(
          temp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: keep its defaults
    }
    this.writer =
        new BufferedWriter(
            new OutputStreamWriter(Files.newOutputStream(temp), StandardCharsets.UTF_8), 1 << 16);
  }

  /** Starts writing {@code target} under a temporary name in the same directory. */
  public static AtomicOutput create(Path target) throws IOException {
    return new AtomicOutput(target);
  }

  /** Where to write the content. */
  public Writer writer() {
    return writer;
  }

  /** Flushes and renames the temporary file to the target, replacing it. */
  public void commit() throws IOException {
    writer.close();
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
    PENDING.remove(temp);
    committed = true;
  }

  @Override
  public void close() throws IOException {
    if (!committed) {
      try {
        writer.close();
      } finally {
        deleteQuietly(temp);
        PENDING.remove(temp);
      }
    }
  }

  private static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException ignored) {
      // best effort: the name still marks it as partial
    }
  }
}
