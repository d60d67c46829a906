/**
 * The quarterly role-confusion report: {@link io.rolelens.batch.report.ReportBuilder} reads the
 * index once (exact duplicates left out) and computes each section as a {@link
 * io.rolelens.batch.report.Table}; {@link io.rolelens.batch.report.ReportWriter} writes them as
 * self-contained HTML with inline SVG charts, Markdown, CSV and JSON.
 */
package io.rolelens.batch.report;
