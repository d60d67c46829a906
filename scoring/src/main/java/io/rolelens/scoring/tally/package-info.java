/**
 * The quarterly report's additive tallies: {@link io.rolelens.scoring.tally.TalliedPosting} is what
 * a report counts of one posting (read from an index document or a scored posting, the same either
 * way), {@link io.rolelens.scoring.tally.ReportTallies} adds postings up per quarter into {@link
 * io.rolelens.scoring.tally.TallyTable}s and keeps the most confused examples, and {@link
 * io.rolelens.scoring.tally.TallyFiles} writes and reads them as CSV files with a manifest.
 */
package io.rolelens.scoring.tally;
