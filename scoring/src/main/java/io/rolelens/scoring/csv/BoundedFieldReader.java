package io.rolelens.scoring.csv;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;

/**
 * Sits between a posting export and Commons CSV and caps every field while streaming, so a field of
 * hundreds of megabytes is never held whole: Commons CSV has no limit of its own and would read the
 * field into one string before anyone could look at its length.
 *
 * <p>The reader follows the same quoting rules as the parser (one delimiter character, an optional
 * quote character, doubled quotes inside quotes, data after a closing quote, and for TSV the spaces
 * around a field), passes on at most {@code limit + 1} characters of each field and drops the rest
 * while still counting them. Quotes, delimiters and line ends are always passed on, so the parser
 * sees the same records it would have seen, and every later row reads exactly as before.
 *
 * <p>For each record it notes a {@link Span}: where the record starts in the text passed on (which
 * is what {@link org.apache.commons.csv.CSVRecord#getCharacterPosition()} counts), the lines it
 * covers in the original file (the parser's own line count misses the line breaks dropped from an
 * over-long field), and its over-long fields with their full length. It also remembers an error
 * thrown by the text it reads from and a quote left open at the end of the file, so the reader of
 * the parser can name the real cause when parsing stops.
 *
 * <p>Over 250 lines on purpose: it is one state machine over the CSV quoting rules, character by
 * character, whose states must agree exactly with the parser's; cut into parts, the states would
 * have to share their position, field length and quote state through fields of several objects.
 *
 * <p>Not thread-safe: the parser reads it from one thread.
 */
final class BoundedFieldReader extends Reader {
  /**
   * One record as the parser will see it.
   *
   * @param start where the record starts in the text passed on
   * @param firstLine the 1-based line of the file it starts on
   * @param lastLine the line it ends on (greater when a quoted field holds line breaks)
   * @param longFields its fields longer than the limit, in order
   */
  record Span(long start, long firstLine, long lastLine, List<LongField> longFields) {
    Span {
      longFields = List.copyOf(longFields);
    }
  }

  /**
   * A field longer than the limit.
   *
   * @param index its 0-based position in the record
   * @param length its full length in characters, as counted before anything was dropped
   */
  record LongField(int index, long length) {}

  private enum State {
    LINE_START,
    FIELD_START,
    UNQUOTED,
    QUOTED,
    QUOTE_PASSED,
    QUOTE_HELD,
    AFTER_QUOTE
  }

  private enum Step {
    PASS,
    DROP,
    RELEASE_QUOTE
  }

  private final Reader in;
  private final char delimiter;
  private final int quote;
  private final boolean ignoreSpaces;
  private final long limit;
  private final char[] buffer = new char[1 << 13];
  private int bufferAt;
  private int bufferEnd;
  private boolean finished;

  private State state = State.LINE_START;
  private long line = 1;
  private boolean afterCarriageReturn;
  private long passed;
  private long fieldChars;
  private int fieldIndex;
  private long spanStart;
  private long spanFirstLine;
  private final List<LongField> spanLongFields = new ArrayList<>();
  private final ArrayDeque<Span> spans = new ArrayDeque<>();
  private long openQuoteLine;
  private long unclosedQuoteLine;
  private IOException sourceFailure;

  private BoundedFieldReader(
      Reader in, char delimiter, Character quote, boolean ignoreSpaces, long limit) {
    this.in = Objects.requireNonNull(in, "in");
    this.delimiter = delimiter;
    this.quote = quote == null ? -1 : quote;
    this.ignoreSpaces = ignoreSpaces;
    this.limit = limit;
  }

  /**
   * A reader of {@code in} that follows {@code format}'s quoting and passes on at most {@code limit
   * + 1} characters of any field.
   *
   * @throws IllegalArgumentException when the format uses what this reader cannot follow (a
   *     delimiter longer than one character, an escape character or comments)
   */
  static BoundedFieldReader following(Reader in, CSVFormat format, long limit) {
    if (format.getDelimiterString().length() != 1
        || format.getEscapeCharacter() != null
        || format.getCommentMarker() != null) {
      throw new IllegalArgumentException(
          "a field limit needs a one-character delimiter, no escape and no comments");
    }
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, was " + limit);
    }
    return new BoundedFieldReader(
        in,
        format.getDelimiterString().charAt(0),
        format.getQuoteCharacter(),
        format.getIgnoreSurroundingSpaces(),
        limit);
  }

  /**
   * The span of the record that starts at or after {@code position} in the text passed on: the
   * parser's character position of a record is where the line after the previous record begins,
   * before any empty lines it skips. Spans of earlier records are forgotten. Null only when the
   * parser and this reader disagree about where records are, which the tests rule out.
   */
  Span spanAt(long position) {
    while (!spans.isEmpty() && spans.peekFirst().start() < position) {
      spans.pollFirst();
    }
    return spans.peekFirst();
  }

  /** The error the underlying text threw (a truncated gzip stream, say), or null. */
  IOException sourceFailure() {
    return sourceFailure;
  }

  /** The line of a quote still open at the end of the file, or 0 when every quote was closed. */
  long unclosedQuoteLine() {
    return unclosedQuoteLine;
  }

  @Override
  public int read(char[] into, int offset, int length) throws IOException {
    Objects.checkFromIndexSize(offset, length, into.length);
    if (length == 0) {
      return 0;
    }
    int n = 0;
    while (n < length) {
      if (bufferAt == bufferEnd) {
        if (n > 0 || finished) {
          break;
        }
        if (!fill()) {
          if (state == State.QUOTE_HELD) {
            into[offset + n++] = (char) quote;
            passed++;
            state = State.AFTER_QUOTE;
          }
          finish();
          break;
        }
      }
      if (state == State.QUOTED || state == State.UNQUOTED) {
        int copied = copyRun(into, offset + n, length - n);
        n += copied;
        if (bufferAt == bufferEnd || n == length) {
          continue;
        }
      }
      char c = buffer[bufferAt];
      switch (step(c)) {
        case PASS -> {
          into[offset + n++] = c;
          passed++;
          consumed(c);
        }
        case DROP -> consumed(c);
        case RELEASE_QUOTE -> {
          // The held quote closed the field after all: pass it on, then look at c again.
          into[offset + n++] = (char) quote;
          passed++;
        }
      }
    }
    return n == 0 ? -1 : n;
  }

  private boolean fill() throws IOException {
    int read;
    try {
      do {
        read = in.read(buffer, 0, buffer.length);
      } while (read == 0);
    } catch (IOException e) {
      sourceFailure = e;
      throw e;
    }
    if (read < 0) {
      return false;
    }
    bufferAt = 0;
    bufferEnd = read;
    return true;
  }

  /**
   * Moves past a run of plain field content in one go (the common case, and the hot loop): up to
   * the next quote inside quotes, or the next delimiter or line end outside them. Passes on what
   * the limit allows and there is room for, drops the rest of the run once past the limit, and
   * counts the line breaks of what it moves past. Returns the characters written to {@code into}.
   */
  private int copyRun(char[] into, int at, int room) {
    boolean quoted = state == State.QUOTED;
    int end = bufferAt;
    while (end < bufferEnd) {
      char c = buffer[end];
      if (quoted ? c == quote : c == delimiter || c == '\r' || c == '\n') {
        break;
      }
      end++;
    }
    int run = end - bufferAt;
    long allowed = Math.max(0, limit + 1 - fieldChars);
    int consume;
    int pass;
    if (run <= allowed) {
      consume = Math.min(run, room);
      pass = consume;
    } else if (room < allowed) {
      consume = room;
      pass = room;
    } else {
      consume = run;
      pass = (int) allowed;
    }
    System.arraycopy(buffer, bufferAt, into, at, pass);
    if (quoted) {
      for (int i = bufferAt; i < bufferAt + consume; i++) {
        char c = buffer[i];
        if (c == '\r' || (c == '\n' && !afterCarriageReturn)) {
          line++;
        }
        afterCarriageReturn = c == '\r';
      }
    } else if (consume > 0) {
      afterCarriageReturn = false;
    }
    bufferAt += consume;
    fieldChars += consume;
    passed += pass;
    return pass;
  }

  /** Moves past {@code c}, counting lines as Commons CSV does: CR, LF and CRLF each end one. */
  private void consumed(char c) {
    bufferAt++;
    if (c == '\r' || (c == '\n' && !afterCarriageReturn)) {
      line++;
    }
    afterCarriageReturn = c == '\r';
  }

  private Step step(char c) {
    boolean lineEnd = c == '\r' || c == '\n';
    return switch (state) {
      case LINE_START -> {
        if (lineEnd) {
          yield Step.PASS; // an empty line, or the LF of a CRLF: no record
        }
        spanStart = passed;
        spanFirstLine = line;
        spanLongFields.clear();
        fieldIndex = 0;
        fieldChars = 0;
        state = State.FIELD_START;
        yield fieldStart(c);
      }
      case FIELD_START -> fieldStart(c);
      case UNQUOTED, AFTER_QUOTE -> {
        if (lineEnd) {
          endRecord();
          yield Step.PASS;
        }
        if (c == delimiter) {
          endField();
          state = State.FIELD_START;
          yield Step.PASS;
        }
        yield content();
      }
      case QUOTED -> {
        if (c == quote) {
          // Either a closing quote or the first of a doubled one; only the next character tells.
          if (fieldChars <= limit) {
            state = State.QUOTE_PASSED;
            yield Step.PASS;
          }
          state = State.QUOTE_HELD;
          yield Step.DROP;
        }
        yield content();
      }
      case QUOTE_PASSED -> {
        if (c == quote) {
          state = State.QUOTED;
          yield content(); // the second of a doubled quote; the first was passed, so is this one
        }
        state = State.AFTER_QUOTE;
        yield step(c);
      }
      case QUOTE_HELD -> {
        if (c == quote) {
          state = State.QUOTED;
          fieldChars++;
          yield Step.DROP; // a doubled quote inside the dropped part
        }
        state = State.AFTER_QUOTE;
        yield Step.RELEASE_QUOTE;
      }
    };
  }

  private Step fieldStart(char c) {
    if (c == '\r' || c == '\n') {
      endRecord();
      return Step.PASS;
    }
    if (c == delimiter) {
      endField();
      return Step.PASS;
    }
    if (c == quote) {
      state = State.QUOTED;
      openQuoteLine = line;
      return Step.PASS;
    }
    if (ignoreSpaces && Character.isWhitespace(c)) {
      return Step.PASS; // skipped by the parser before a field starts
    }
    state = State.UNQUOTED;
    return content();
  }

  private Step content() {
    fieldChars++;
    return fieldChars <= limit + 1 ? Step.PASS : Step.DROP;
  }

  private void endField() {
    if (fieldChars > limit) {
      spanLongFields.add(new LongField(fieldIndex, fieldChars));
    }
    fieldIndex++;
    fieldChars = 0;
  }

  private void endRecord() {
    endField();
    spans.addLast(new Span(spanStart, spanFirstLine, line, spanLongFields));
    state = State.LINE_START;
  }

  private void finish() {
    finished = true;
    switch (state) {
      case LINE_START -> {}
      case QUOTED -> unclosedQuoteLine = openQuoteLine;
      default -> endRecord();
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
