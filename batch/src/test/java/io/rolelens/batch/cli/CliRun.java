package io.rolelens.batch.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;

/** One in-process run of the rolelens command line, with what it printed. */
record CliRun(int exitCode, String out, String err) {

  static CliRun of(String... args) {
    return withInput(new ByteArrayInputStream(new byte[0]), args);
  }

  static CliRun withInput(InputStream in, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(in, new PrintWriter(out), new PrintWriter(err), args);
    return new CliRun(code, out.toString(), err.toString());
  }

  String lastLine() {
    String[] lines = out.strip().split("\\R");
    return lines[lines.length - 1];
  }
}
