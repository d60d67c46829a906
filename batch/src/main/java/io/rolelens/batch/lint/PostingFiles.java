package io.rolelens.batch.lint;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Turns lint's arguments into the posting files to read (a folder stands for every {@code .txt},
 * {@code .md} and {@code .html} file under it, in path order) and reads each as strict UTF-8. What
 * cannot be read becomes an {@link InputProblem}, never an exception. Stateless and thread-safe.
 */
public final class PostingFiles {
  /** The name standard input goes by. */
  public static final String STDIN = "-";

  /** The path findings on standard input are reported under. */
  public static final String STDIN_NAME = "<stdin>";

  private PostingFiles() {}

  /** One argument's files, or the problem that it names none. */
  public record Expanded(List<String> files, List<InputProblem> problems) {}

  /**
   * The files {@code args} name, in order; folders expanded, each file once however it is named
   * (its real path compared). A folder that holds no posting is a problem: a renamed folder must
   * not pass a gate.
   */
  public static Expanded expand(List<String> args) {
    Map<Object, String> files = new LinkedHashMap<>();
    List<InputProblem> problems = new ArrayList<>();
    for (String arg : args) {
      Path path = Path.of(arg);
      if (arg.equals(STDIN) || !Files.isDirectory(path)) {
        files.putIfAbsent(identity(arg), arg);
        continue;
      }
      try (Stream<Path> walk = Files.walk(path)) {
        List<String> found =
            walk.filter(Files::isRegularFile)
                .filter(p -> PostingFormat.of(p.getFileName().toString()).isPresent())
                .map(Path::toString)
                .sorted()
                .toList();
        if (found.isEmpty()) {
          problems.add(
              new InputProblem(arg, "the folder holds no posting (.txt, .md or .html file)"));
        }
        found.forEach(f -> files.putIfAbsent(identity(f), f));
      } catch (IOException | java.io.UncheckedIOException e) {
        problems.add(new InputProblem(arg, "the folder could not be listed: " + e.getMessage()));
      }
    }
    return new Expanded(List.copyOf(files.values()), problems);
  }

  /**
   * What tells two arguments for the same file apart from two files: the real path, else the
   * normalised absolute one.
   */
  private static Object identity(String file) {
    if (file.equals(STDIN)) {
      return STDIN;
    }
    return ReportContext.real(Path.of(file));
  }

  /**
   * The format lint reads {@code file} as: by extension; standard input as HTML when it looks like
   * HTML, else text.
   */
  public static PostingFormat formatOf(String file, String text) throws IOException {
    if (file.equals(STDIN)) {
      return io.rolelens.scoring.HtmlText.looksLikeHtml(text)
          ? PostingFormat.HTML
          : PostingFormat.TEXT;
    }
    return PostingFormat.of(Path.of(file).getFileName().toString())
        .orElseThrow(() -> new IOException("not a posting lint reads: name it .txt, .md or .html"));
  }

  /** Reads {@code file} (or standard input for "-") as UTF-8, without a leading byte-order mark. */
  public static String read(String file, InputStream stdin) throws IOException {
    byte[] bytes;
    if (file.equals(STDIN)) {
      bytes = stdin.readAllBytes();
    } else {
      try {
        bytes = Files.readAllBytes(Path.of(file));
      } catch (NoSuchFileException e) {
        throw new IOException("no such file or folder");
      } catch (AccessDeniedException e) {
        throw new IOException("permission denied");
      }
    }
    return decode(bytes);
  }

  private static String decode(byte[] bytes) throws IOException {
    try {
      return decodeUtf8(bytes);
    } catch (CharacterCodingException e) {
      throw new IOException(
          "not valid UTF-8 text (bad byte sequence near byte "
              + firstBadByte(bytes)
              + "); save it as UTF-8");
    }
  }

  /** Decodes strict UTF-8 (no replacement characters), dropping a leading byte-order mark. */
  public static String decodeUtf8(byte[] bytes) throws CharacterCodingException {
    // The JDK's own decoding is several times faster than a decoder; a text without U+FFFD decoded
    // cleanly.
    String fast = new String(bytes, StandardCharsets.UTF_8);
    if (fast.indexOf('\uFFFD') < 0) {
      return fast.startsWith("\uFEFF") ? fast.substring(1) : fast;
    }
    String text =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(bytes))
            .toString();
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /**
   * The offset of the first byte that does not start or continue a UTF-8 sequence, for the message.
   */
  private static int firstBadByte(byte[] bytes) {
    var decoder = StandardCharsets.UTF_8.newDecoder();
    ByteBuffer in = ByteBuffer.wrap(bytes);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
    decoder.onMalformedInput(CodingErrorAction.REPORT).decode(in, out, true);
    return in.position();
  }
}
