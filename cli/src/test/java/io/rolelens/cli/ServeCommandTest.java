package io.rolelens.cli;

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
    int code =
        new CommandLine(command)
            .setOut(new PrintWriter(out))
            .setErr(new PrintWriter(err))
            .execute("--host", "0.0.0.0", "--port", "0", "--token", "");
    assertThat(code).isEqualTo(2);
    assertThat(err.toString())
        .contains("refusing to listen on 0.0.0.0 without a token", "--token", "ROLELENS_TOKEN");
    assertThat(out.toString()).isEmpty();
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(
      delimiter = '|',
      textBlock =
          """
          --max-inflight-bytes=1000              | --max-inflight-bytes (1000) must be at least 4/3 of --max-body-bytes
          --max-inflight-bytes-per-client=5      | --max-inflight-bytes-per-client (5) must be at least --max-body-bytes
          --body-timeout=0                       | --body-timeout must be more than 0
          --analysis-timeout=-1                  | --analysis-timeout must be 0 (no limit) or more
          --threads=0                            | --threads must be positive
          --allowed-host=http://x/               | allowed host must be a host name
          """)
  void refusesALimitThatCannotWorkNamingTheOption(String option, String message) {
    StringWriter err = new StringWriter();
    int code =
        new CommandLine(new ServeCommand())
            .setOut(new PrintWriter(new StringWriter()))
            .setErr(new PrintWriter(err))
            .execute("--port", "0", option);
    assertThat(code).isEqualTo(2);
    assertThat(err.toString())
        .startsWith("rolelens serve: ")
        .contains(message)
        .doesNotContain("Exception");
  }

  @Test
  void readsDurationsForTheLoadTest() {
    DurationConverter converter = new DurationConverter();
    assertThat(converter.convert("30s").toSeconds()).isEqualTo(30);
    assertThat(converter.convert("2m").toSeconds()).isEqualTo(120);
    assertThat(converter.convert("250ms").toMillis()).isEqualTo(250);
  }
}
