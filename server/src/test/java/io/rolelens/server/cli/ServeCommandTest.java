package io.rolelens.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ServeCommandTest {

  @Test
  void refusesToStartBeyondLoopbackWithoutATokenSayingWhy() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    ServeCommand command = new ServeCommand();
    int code = new CommandLine(command).setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute("--host", "0.0.0.0", "--port", "0", "--token", "");
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("refusing to listen on 0.0.0.0 without a token", "--token", "ROLELENS_TOKEN");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void readsDurationsForTheLoadTest() {
    LoadTestCommand.DurationConverter converter = new LoadTestCommand.DurationConverter();
    assertThat(converter.convert("30s").toSeconds()).isEqualTo(30);
    assertThat(converter.convert("2m").toSeconds()).isEqualTo(120);
    assertThat(converter.convert("250ms").toMillis()).isEqualTo(250);
  }
}
