/**
 * RoleLens on Apache Spark: scores posting exports through the {@code scoring} library, the same
 * column detection, HTML to text, quarters, rejects and duplicates as {@code rolelens score}, on as
 * many executors as a cluster has. {@link io.rolelens.spark.SparkScoring} is the front door; {@link
 * io.rolelens.spark.SparkScoreCommand} is both {@code rolelens spark-score} and the job jar's main
 * class for {@code spark-submit}.
 */
package io.rolelens.spark;
