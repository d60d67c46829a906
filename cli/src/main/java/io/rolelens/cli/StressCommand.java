package io.rolelens.cli;

import io.rolelens.cli.load.OrdinaryLoad;
import io.rolelens.cli.load.ServerProcess;
import io.rolelens.cli.load.StressPostings;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rolelens stress}: attacks a server started as a child process on loopback the way a
 * careless or hostile client would, and checks the hardening targets: a flood of unfinished
 * megabyte bodies, a hundred distinct megabyte postings, and pathological postings two at a time.
 * Prints each figure against its target; exits 1 when one is missed.
 */
@Command(
    name = "stress",
    mixinStandardHelpOptions = true,
    description =
        "Attacks a loopback server with floods, huge and pathological postings, and checks /health,"
            + " latency and memory.")
public final class StressCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--connections",
      paramLabel = "N",
      defaultValue = "400",
      description =
          "Flood: connections that each hold an unfinished 1 MB body (default: ${DEFAULT-VALUE}).")
  int connections;

  @Option(
      names = "--big",
      paramLabel = "N",
      defaultValue = "100",
      description = "Distinct 1 MB mention-heavy postings to send (default: ${DEFAULT-VALUE}).")
  int big;

  @Option(
      names = "--rounds",
      paramLabel = "N",
      defaultValue = "5",
      description = "Rounds of two pathological postings at once (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Option(
      names = "--clients",
      paramLabel = "N",
      defaultValue = "4",
      description =
          "Clients sending ordinary or big postings meanwhile (default: ${DEFAULT-VALUE}).")
  int clients;

  @Option(
      names = "--scenarios",
      paramLabel = "LIST",
      split = ",",
      defaultValue = "flood,big,pathological",
      description = "Which attacks to run, in order (default: ${DEFAULT-VALUE}).")
  List<String> scenarios;

  @Option(
      names = "--server-jvm-options",
      paramLabel = "OPTS",
      defaultValue = ServeCommand.JVM_OPTIONS,
      description =
          "JVM options for the server process, space-separated (default: ${DEFAULT-VALUE}).")
  String serverJvmOptions;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (connections < 1 || big < 1 || rounds < 1 || clients < 1) {
      spec.commandLine()
          .getErr()
          .println(
              "rolelens stress: --connections, --big, --rounds and --clients must be at least 1");
      return 2;
    }
    for (String scenario : scenarios) {
      if (!List.of("flood", "big", "pathological").contains(scenario)) {
        spec.commandLine()
            .getErr()
            .println(
                "rolelens stress: unknown scenario '"
                    + scenario
                    + "'; choose from flood, big, pathological");
        return 2;
      }
    }
    List<String> jvm = ServerProcess.jvmOptions(serverJvmOptions);
    StressAttacks attacks = new StressAttacks(out, connections, big, rounds, clients);
    try (ServerProcess server = ServerProcess.start(jvm, List.of(), Duration.ofSeconds(60))) {
      out.printf(
          Locale.ROOT,
          "server pid %d on port %d (%s); warming up ...%n",
          server.pid(),
          server.port(),
          serverJvmOptions);
      out.flush();
      new OrdinaryLoad(clients)
          .run(server.port(), Duration.ofSeconds(10), i -> StressPostings.ordinary(-1 - i));
      for (String scenario : scenarios) {
        switch (scenario) {
          case "flood" -> attacks.flood(server);
          case "big" -> attacks.bigPostings(server);
          default -> attacks.pathological(server);
        }
      }
    }
    List<String> missed = attacks.missed();
    out.println(
        missed.isEmpty() ? "all targets met" : "targets missed: " + String.join("; ", missed));
    out.flush();
    return missed.isEmpty() ? 0 : 1;
  }
}
