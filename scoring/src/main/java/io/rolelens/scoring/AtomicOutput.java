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
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A file written under a temporary name beside its target and renamed over it only by {@link
 * #commit()}, so an interrupted or failed run never leaves a half-written file under the real name.
 * Closing without committing deletes the temporary file; so does the JVM's shutdown (Ctrl-C).
 *
 * <p>A target that is a symbolic link is written where the link points, and the link stays; a
 * target that exists but is not a regular file (a directory, a named pipe, a device such as {@code
 * /dev/stdout}) is refused, since renaming a file over it would replace it. Not thread-safe.
 */
public final class AtomicOutput implements AutoCloseable {
  private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();

  /** Longer chains of links are loops, as the kernel's own limit (40) assumes. */
  private static final int MAX_LINKS = 40;

  static {
    Runtime.getRuntime()
        .addShutdownHook(new Thread(() -> PENDING.forEach(AtomicOutput::deleteQuietly)));
  }

  private final Path target;
  private final Path temp;
  private final Writer writer;
  private boolean committed;

  private AtomicOutput(Path target) throws IOException {
    Optional<String> refusal = refusal(target);
    if (refusal.isPresent()) {
      throw new IOException(
          "cannot write "
              + target
              + ": it "
              + refusal.get()
              + ", not a regular file; move it out of the way or write somewhere else");
    }
    this.target = destination(target);
    Path dir = this.target.getParent();
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new IOException(
          "cannot write " + this.target + ": cannot create the directory " + dir, e);
    }
    try {
      this.temp = Files.createTempFile(dir, "." + this.target.getFileName() + ".", ".partial");
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

  /**
   * Why output may not go to {@code target}: empty when it does not exist or is a regular file
   * (itself or through links); otherwise what it is, worded to follow the path, such as "is a
   * directory" or "is a link to /dev/pts/0, a character device".
   */
  public static Optional<String> refusal(Path target) {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(target, BasicFileAttributes.class);
    } catch (IOException e) {
      return Optional.empty(); // absent (or unreadable: creating the file will say so)
    }
    if (attributes.isRegularFile()) {
      return Optional.empty();
    }
    String kind = kind(target, attributes);
    if (!Files.isSymbolicLink(target)) {
      return Optional.of("is " + kind);
    }
    return Optional.of("is a link to " + pointsTo(target) + ", " + kind);
  }

  /**
   * The file a link leads to, or, for a link only the kernel can follow to its end (such as
   * /dev/stdout to a pipe), what the link itself says.
   */
  private static String pointsTo(Path link) {
    try {
      return link.toRealPath().toString();
    } catch (IOException e) {
      try {
        return Files.readSymbolicLink(link).toString();
      } catch (IOException | UnsupportedOperationException unreadable) {
        return "a file it cannot name";
      }
    }
  }

  /** "a directory", "a named pipe (FIFO)", "a character device" and so on. */
  private static String kind(Path file, BasicFileAttributes attributes) {
    if (attributes.isDirectory()) {
      return "a directory";
    }
    int type;
    try {
      type = (Integer) Files.getAttribute(file, "unix:mode") & 0170000;
    } catch (IOException | RuntimeException e) {
      return "a special file";
    }
    return switch (type) {
      case 0010000 -> "a named pipe (FIFO)";
      case 0020000 -> "a character device";
      case 0060000 -> "a block device";
      case 0140000 -> "a socket";
      default -> "a special file";
    };
  }

  /**
   * The file the output replaces: {@code target} itself, or, when it is a symbolic link, the file
   * the link (or a chain of them) points to, which need not exist yet.
   */
  static Path destination(Path target) throws IOException {
    Path file = target.toAbsolutePath();
    if (Files.exists(file)) {
      return file.toRealPath();
    }
    for (int hops = 0; Files.isSymbolicLink(file); hops++) {
      if (hops == MAX_LINKS) {
        throw new IOException(
            "cannot write " + target + ": it is a chain of more than " + MAX_LINKS + " links");
      }
      // A link's relative text is read from the directory the link is really in.
      Path dir = file.getParent().toRealPath();
      file = dir.resolve(Files.readSymbolicLink(file));
    }
    return file;
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
