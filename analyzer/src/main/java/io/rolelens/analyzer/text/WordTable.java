package io.rolelens.analyzer.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a table of words bundled as a UTF-8 resource, one {@code key = value} a line (blank lines
 * and lines starting with {@code #} skipped, white space around key and value trimmed), into an
 * immutable map in file order. Read each table once, into a constant; stateless and thread-safe.
 */
public final class WordTable {
  private WordTable() {}

  /**
   * The table in resource {@code name}, looked up next to {@code owner} as {@link
   * Class#getResourceAsStream} does.
   *
   * @throws IllegalStateException when the resource is missing, or a line has no {@code =}, an
   *     empty key or a key seen before
   */
  public static Map<String, String> load(Class<?> owner, String name) {
    try (InputStream in = owner.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("word table " + name + " is missing");
      }
      return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), name);
    } catch (IOException e) {
      throw new UncheckedIOException("word table " + name + " could not be read", e);
    }
  }

  private static Map<String, String> read(BufferedReader lines, String name) throws IOException {
    Map<String, String> table = new LinkedHashMap<>();
    int number = 0;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      number++;
      String text = line.strip();
      if (text.isEmpty() || text.startsWith("#")) {
        continue;
      }
      int equals = text.indexOf('=');
      String key = equals < 0 ? "" : text.substring(0, equals).strip();
      if (key.isEmpty() || table.putIfAbsent(key, text.substring(equals + 1).strip()) != null) {
        throw new IllegalStateException(
            "word table " + name + ", line " + number + ": expected a new 'key = value': " + text);
      }
    }
    return Collections.unmodifiableMap(table);
  }
}
