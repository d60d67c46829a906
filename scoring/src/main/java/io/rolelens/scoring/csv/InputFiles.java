package io.rolelens.scoring.csv;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * Opens a posting export for streaming: {@code .csv} or {@code .tsv}, optionally gzip-compressed
 * (recognised by its magic bytes, whatever the name), UTF-8 with or without a byte-order mark.
 *
 * <p>Invalid UTF-8 bytes become U+FFFD rather than stopping the run; {@link PostingReader} counts
 * the rows they touch. Stateless and thread-safe.
 */
public final class InputFiles {
  private static final int BUFFER = 1 << 16;

  private InputFiles() {}

  /**
   * Whether a file of this name is tab-separated: {@code .tsv}, {@code .tsv.gz} or {@code .tab}.
   */
  public static boolean isTsv(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    return name.endsWith(".tsv") || name.endsWith(".tsv.gz") || name.endsWith(".tab");
  }

  /** The Commons CSV format for the file: RFC 4180 or tab-separated, lenient about stray quotes. */
  public static CSVFormat formatFor(Path file) {
    return formatFor(file.getFileName().toString());
  }

  /** The Commons CSV format for a file of this name, as {@link #formatFor(Path)}. */
  public static CSVFormat formatFor(String fileName) {
    CSVFormat base = isTsv(fileName) ? CSVFormat.TDF : CSVFormat.RFC4180;
    return base.builder()
        .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
        .setTrailingData(true)
        .setIgnoreEmptyLines(true)
        .get();
  }

  /**
   * Opens the raw bytes, decompressed when gzip; {@code counter} (may be null) sees the bytes read
   * from disk so progress can be shown.
   */
  public static InputStream openBytes(Path file, java.util.function.LongConsumer counter)
      throws IOException {
    if (Files.isDirectory(file)) {
      throw new IOException(file + " is a directory, not a CSV file");
    }
    InputStream raw;
    try {
      raw = Files.newInputStream(file);
    } catch (NoSuchFileException e) {
      throw new IOException("no such file: " + file);
    }
    if (counter != null) {
      raw = new CountingInputStream(raw, counter);
    }
    return decompressed(raw, String.valueOf(file.getFileName()));
  }

  /**
   * The bytes of an export read from anywhere (a Hadoop file system, say), decompressed when they
   * start with gzip's magic bytes; {@code name} names the source in errors.
   */
  public static InputStream decompressed(InputStream raw, String name) throws IOException {
    PushbackInputStream in = new PushbackInputStream(new BufferedInputStream(raw, BUFFER), 2);
    byte[] magic = in.readNBytes(2);
    in.unread(magic);
    if (magic.length == 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b) {
      try {
        return new BufferedInputStream(
            new GzipFailures(new GZIPInputStream(in, BUFFER), name), BUFFER);
      } catch (IOException e) {
        in.close();
        throw GzipFailures.named(e, name);
      }
    }
    return in;
  }

  /** Opens the file as UTF-8 text, with a leading byte-order mark removed. */
  public static Reader openText(Path file, java.util.function.LongConsumer counter)
      throws IOException {
    return text(openBytes(file, counter));
  }

  /** Decodes a byte stream as UTF-8, replacing invalid bytes, with a leading BOM removed. */
  public static Reader text(InputStream bytes) throws IOException {
    BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(
                bytes,
                StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)),
            BUFFER);
    reader.mark(1);
    int first = reader.read();
    if (first != '\uFEFF' && first != -1) {
      reader.reset();
    }
    return reader;
  }

  /**
   * Turns the gzip decoder's terse errors ("Unexpected end of ZLIB input stream") into sentences
   * that name the file and the cause, so a truncated download is not mistaken for bad quoting.
   */
  private static final class GzipFailures extends FilterInputStream {
    private final String name;

    GzipFailures(InputStream in, String name) {
      super(in);
      this.name = name;
    }

    static IOException named(IOException e, String name) {
      if (e instanceof EOFException) {
        return new EOFException(name + " is truncated: the gzip stream ends early");
      }
      if (e instanceof ZipException) {
        return new IOException(
            name + " is damaged: its gzip data cannot be decompressed (" + e.getMessage() + ")", e);
      }
      return e;
    }

    @Override
    public int read() throws IOException {
      try {
        return super.read();
      } catch (IOException e) {
        throw named(e, name);
      }
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
      try {
        return super.read(buf, off, len);
      } catch (IOException e) {
        throw named(e, name);
      }
    }
  }

  /** Passes the number of bytes read on to a consumer. Not thread-safe. */
  private static final class CountingInputStream extends java.io.FilterInputStream {
    private final java.util.function.LongConsumer counter;

    CountingInputStream(InputStream in, java.util.function.LongConsumer counter) {
      super(in);
      this.counter = counter;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        counter.accept(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
      int n = super.read(buf, off, len);
      if (n > 0) {
        counter.accept(n);
      }
      return n;
    }
  }
}
