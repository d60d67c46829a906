package io.rolelens.analyzer.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Turns a lexicon file's bytes into text, or into a {@link LexiconException} with one plain
 * sentence saying what is wrong with the file: missing, a directory, too large, binary, UTF-16 or
 * not UTF-8. Decoding is strict because a lenient decoder would turn a stray byte into U+FFFD and
 * the error would surface later as a puzzling "word may hold only letters and digits".
 */
final class LexiconText {
  private LexiconText() {}

  /** Reads at most {@link LexiconLimits#MAX_SIZE} bytes of {@code file} and decodes them. */
  static String read(Path file) {
    if (Files.isDirectory(file)) {
      throw LexiconException.unusable(file + " is a directory, not a lexicon file");
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes(LexiconLimits.MAX_SIZE + 1);
    } catch (NoSuchFileException e) {
      throw LexiconException.unusable("no such lexicon file: " + file);
    } catch (AccessDeniedException e) {
      throw LexiconException.unusable("cannot read lexicon file " + file + ": permission denied");
    } catch (IOException e) {
      throw LexiconException.unusable("cannot read lexicon file " + file + ": " + reason(e));
    }
    if (bytes.length > LexiconLimits.MAX_SIZE) {
      throw LexiconException.unusable(
          String.format(
              Locale.ROOT,
              "%s is larger than %,d bytes, the most a lexicon file may hold",
              file,
              LexiconLimits.MAX_SIZE));
    }
    return decode(bytes, file.toString());
  }

  /**
   * Decodes a lexicon's bytes as UTF-8, dropping a leading byte-order mark.
   *
   * @param source names the lexicon in the message
   * @throws LexiconException when the bytes look binary, are UTF-16 or are not valid UTF-8
   */
  static String decode(byte[] bytes, String source) {
    if (bytes.length >= 2
        && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
            || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
      throw LexiconException.unusable(source + " is UTF-16 text; save it as UTF-8");
    }
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw LexiconException.unusable(
            source + " looks binary (NUL byte at offset " + i + "); a lexicon is UTF-8 text");
      }
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int at = Math.min(in.position(), bytes.length - 1);
      throw LexiconException.unusable(
          String.format(
              Locale.ROOT,
              "%s is not UTF-8 text (invalid byte 0x%02X at line %d)",
              source,
              bytes[at] & 0xFF,
              lineAt(bytes, at)));
    }
    String text = out.flip().toString();
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /** The 1-based line holding byte {@code offset}. */
  private static int lineAt(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  private static String reason(IOException e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }
}
