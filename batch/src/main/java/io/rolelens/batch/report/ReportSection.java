package io.rolelens.batch.report;

/**
 * One section of the report: computes its table from the facts of the postings in the report, and
 * nothing else (no index, no files). Implementations are immutable records configured with the
 * report's settings (rows shown, smallest group), in the order {@link ReportBuilder} lists them.
 */
interface ReportSection {
  /** This section's table. */
  Table table(ReportFacts facts);
}
