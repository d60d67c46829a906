package io.rolelens.analyzer.lexicon;

import static io.rolelens.analyzer.lexicon.LexiconValidationTest.VERSION;
import static io.rolelens.analyzer.lexicon.LexiconValidationTest.good;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A lexicon file that cannot be used as a whole (missing, a directory, too large, binary, not
 * UTF-8, empty) fails with one plain sentence naming the file, never a decoder's "Input length =
 * 1".
 */
class LexiconFileTest {
  @TempDir Path dir;

  Path write(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  Path write(String name, String text) throws IOException {
    return write(name, text.getBytes(StandardCharsets.UTF_8));
  }

  static String failure(Path file) {
    String message =
        catchThrowableOfType(LexiconException.class, () -> Lexicon.load(file)).getMessage();
    assertThat(message).as("one plain line").doesNotContain("\n").doesNotContain("Exception");
    return message;
  }

  @Test
  void loadsTheBundledLexiconFromAFileWithTheSameEntries() throws IOException {
    try (InputStream in = Lexicon.class.getResourceAsStream(Lexicon.BUNDLED_RESOURCE)) {
      Path file = write("lexicon.txt", in.readAllBytes());
      Lexicon loaded = Lexicon.load(file);
      assertThat(loaded.entries()).isEqualTo(Lexicon.bundled().entries());
      assertThat(loaded.version()).isEqualTo(Lexicon.bundled().version());
    }
  }

  @Test
  void loadsAFileThatStartsWithAByteOrderMark() throws IOException {
    Path file = write("bom.txt", "\uFEFF" + VERSION + good("po.backlog.own"));
    assertThat(Lexicon.load(file).entries()).hasSize(1);
  }

  /** Bytes written as text with the escapes {@code \xHH} (one byte), {@code \n} and {@code \t}. */
  static byte[] bytes(String escaped) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < escaped.length(); i++) {
      char c = escaped.charAt(i);
      if (c != '\\') {
        out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
      } else if (escaped.charAt(i + 1) == 'x') {
        out.write(HexFormat.fromHexDigits(escaped, i + 2, i + 4));
        i += 3;
      } else {
        out.write(escaped.charAt(++i) == 'n' ? '\n' : '\t');
      }
    }
    return out.toByteArray();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a binary file            | PK\\x03\\x04\\x14\\x00\\x08\\x00\\xFF    | looks binary (NUL"
            + " byte at offset 5); a lexicon is UTF-8 text",
        "a stray 0xFF             | #i\\n"
            + "#\\n"
            + "\\xFF\\n"
            + "                   | is not UTF-8 text (invalid byte 0xFF at line 3)",
        "Latin-1 é                | # caf\\xE9\\n"
            + "                      | is not UTF-8 text (invalid byte 0xE9 at line 1)",
        "a sequence cut at the end | #\\n"
            + "#\\n"
            + "\\xE2\\x82                | is not UTF-8 text (invalid byte 0xE2 at line 3)",
        "an encoded surrogate     | \\n"
            + "\\n"
            + "\\xED\\xA0\\x80\\n"
            + "               | is not UTF-8 text (invalid byte 0xED at line 3)",
        "UTF-16                   | \\xFF\\xFEl\\x00e\\x00x\\x00         | is UTF-16 text; save it"
            + " as UTF-8",
        "an empty file            | ''                                | is empty",
        "blank lines only         | '\\n  \\n\\t\\n'                    | is empty",
        "comments only            | # nothing yet\\n"
            + "                  | has no entries; an entry starts with a line such as"
            + " [po.backlog.order-backlog]",
        "a version and no entry   | lexicon-version: 2026.1.0\\n"
            + "      | has no entries; an entry starts with a line such as"
            + " [po.backlog.order-backlog]",
      })
  void refusesAFileThatIsNoLexiconTextInOnePlainSentenceNamingIt(
      String what, String content, String message) throws IOException {
    Path file = write("lexicon.txt", bytes(content));
    assertThat(failure(file)).isEqualTo(file + " " + message);
  }

  @Test
  void namesAMissingFile() {
    Path file = dir.resolve("missing.txt");
    assertThat(failure(file)).isEqualTo("no such lexicon file: " + file);
  }

  @Test
  void namesADirectory() {
    assertThat(failure(dir)).isEqualTo(dir + " is a directory, not a lexicon file");
  }

  @Test
  void refusesAFileOverTwoMebibytesWithoutReadingItWhole() throws IOException {
    Path file = write("big.txt", "#".repeat(LexiconLimits.MAX_SIZE + 1));
    assertThat(failure(file))
        .isEqualTo(file + " is larger than 2,097,152 bytes, the most a lexicon file may hold");
  }

  @Test
  @EnabledOnOs(OS.LINUX)
  void readsNoMoreThanTheLimitFromAnEndlessFile() {
    Path zero = Path.of("/dev/zero");
    assertThat(failure(zero))
        .isEqualTo("/dev/zero is larger than 2,097,152 bytes, the most a lexicon file may hold");
  }
}
