package io.rolelens.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a posting from a file or standard input as UTF-8, naming the problem when it cannot. */
final class TextInput {
  private TextInput() {}

  /** Reads {@code source}: a path, or "-" (or null) for standard input; refuses an empty one. */
  static String read(String source, InputStream stdin) throws IOException {
    byte[] bytes;
    if (source == null || source.equals("-")) {
      bytes = stdin.readAllBytes();
    } else {
      Path path = Path.of(source);
      if (Files.isDirectory(path)) {
        throw new IOException(source + " is a directory, not a posting file");
      }
      try {
        bytes = Files.readAllBytes(path);
      } catch (NoSuchFileException e) {
        throw new IOException("no such file: " + source);
      }
    }
    String name = source == null || source.equals("-") ? "standard input" : source;
    String text = decode(bytes, name);
    if (text.isBlank()) {
      // As the API refuses an empty text: an analysis of nothing would only say "too little".
      throw new IOException(name + " is empty: give the posting's body");
    }
    return text;
  }

  private static String decode(byte[] bytes, String name) throws IOException {
    try {
      return io.rolelens.batch.lint.PostingFiles.decodeUtf8(bytes);
    } catch (CharacterCodingException e) {
      throw new IOException(name + " is not valid UTF-8 text");
    }
  }
}
