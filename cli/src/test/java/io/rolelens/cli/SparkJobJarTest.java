package io.rolelens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded job jar runs as spark-submit runs it on a cluster: in a JVM of its own whose classpath
 * is Spark's jars and the job jar alone (none of RoleLens's modules or libraries beside it), and
 * writes the same scored CSV as {@code score}.
 */
class SparkJobJarTest {
  private static final Path TARGET = Path.of("..", "spark", "target");

  /** RoleLens's own modules and the libraries the job jar carries: not on a cluster's classpath. */
  private static final List<String> NOT_ON_A_CLUSTER =
      List.of("/target/", "rolelens-", "opennlp", "lucene", "picocli", "commons-csv", "jsoup");

  private static final String NOT_BUILT =
      "skipped: the Spark job jar is built by './mvnw package' (or verify), not by 'test' alone";

  @TempDir Path dir;

  @Test
  void theJobJarScoresTheExamplesOnSparksClasspathAlone() throws Exception {
    Path jar = jobJar();
    String sparkClasspath =
        Arrays.stream(System.getProperty("surefire.test.class.path", "").split(File.pathSeparator))
            .filter(entry -> NOT_ON_A_CLUSTER.stream().noneMatch(entry::contains))
            .collect(Collectors.joining(File.pathSeparator));
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of(System.getProperty("rolelens.spark.jvm.options", "").split(" ")));
    command.addAll(
        List.of(
            "-cp",
            jar + File.pathSeparator + sparkClasspath,
            "io.rolelens.spark.SparkScoreCommand",
            "--input",
            Examples.POSTINGS.toString(),
            "--output",
            dir.resolve("out").toString(),
            "--master",
            "local[2]",
            "--csv"));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.redirectOutput(dir.resolve("job.log").toFile());
    builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    Process job = builder.start();

    assertThat(job.waitFor(3, TimeUnit.MINUTES)).isTrue();
    String log = Files.readString(dir.resolve("job.log"), StandardCharsets.UTF_8);
    assertThat(job.exitValue()).as(log).isZero();
    assertThat(log).contains("rows_in=44 scored=44 rejected=0 duplicates=1 postings_per_s=");
    String golden = Examples.golden("postings.scored.csv");
    if (golden != null) {
      assertThat(Files.readString(dir.resolve("out/scored.csv"), StandardCharsets.UTF_8))
          .isEqualTo(golden);
    }
  }

  /** The job jar {@code package} builds; the test skips with a message before it exists. */
  private static Path jobJar() throws Exception {
    Assumptions.assumeTrue(Files.isDirectory(TARGET), NOT_BUILT);
    try (Stream<Path> files = Files.list(TARGET)) {
      Path jar =
          files
              .filter(p -> p.getFileName().toString().endsWith("-job.jar"))
              .findFirst()
              .orElse(null);
      Assumptions.assumeTrue(jar != null, NOT_BUILT);
      return jar;
    }
  }
}
