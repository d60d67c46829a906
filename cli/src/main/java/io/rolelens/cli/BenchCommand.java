package io.rolelens.cli;

import io.rolelens.analyzer.RoleAnalyzer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every benchmark command shares: its {@code --input} export (absent, it says "skipped" and
 * succeeds), its {@code -q, --quiet} option and the analyzer it measures. A subclass names its
 * default input and measures in {@link #measure}.
 */
abstract class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin BenchInput benchInput;

  @Mixin QuietOption quietOption;

  /** A benchmark reading {@code defaultInput} when {@code --input} is not given. */
  BenchCommand(Path defaultInput) {
    this.benchInput = new BenchInput(defaultInput);
  }

  @Override
  public final Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    if (!benchInput.skippedWhenAbsent(out)) {
      measure(AnalyzerHolder.get(null), out);
    }
    return 0;
  }

  /** Runs the benchmark on the present input and prints what it measured to {@code out}. */
  abstract void measure(RoleAnalyzer analyzer, PrintWriter out)
      throws IOException, InterruptedException;
}
