package io.rolelens.cli;

import io.rolelens.analyzer.Analysis;
import io.rolelens.analyzer.RoleAnalyzer;
import io.rolelens.analyzer.json.AnalysisJson;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code rolelens analyze}: analyses one posting and prints the analysis as JSON. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = {
      "Analyses one job posting and prints the analysis as JSON.",
      "Offsets in the output are UTF-16 [start, end) into the title or the body."
    })
final class AnalyzeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ParentCommand Main parent;

  @Mixin LexiconOption lexicon;

  @Option(names = "--title", paramLabel = "TEXT", description = "The posting's title.")
  String title;

  @Option(names = "--compact", description = "Print the JSON on one line.")
  boolean compact;

  @Parameters(
      arity = "0..1",
      paramLabel = "FILE|-",
      description =
          "A UTF-8 text file with the posting's body, or - for standard input (the default).")
  String file;

  @Override
  public Integer call() throws Exception {
    RoleAnalyzer analyzer = lexicon.analyzer(); // a bad --lexicon is told before input is read
    String body = TextInput.read(file, parent.in);
    Analysis analysis = analyzer.analyze(title, body);
    AnalysisJson json = new AnalysisJson();
    spec.commandLine()
        .getOut()
        .println(compact ? json.writeCompact(analysis) : json.write(analysis));
    return 0;
  }
}
