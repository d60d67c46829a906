/**
 * {@code rolelens lint}: checks postings before they are published. {@link
 * io.rolelens.batch.lint.LintSession} reads each file ({@link
 * io.rolelens.batch.lint.PostingFiles}), turns it into a {@link
 * io.rolelens.batch.lint.LintDocument} with its title and a body mapped back to the source ({@link
 * io.rolelens.batch.lint.DocumentReader}, {@link io.rolelens.batch.lint.HtmlBody}), and a {@link
 * io.rolelens.batch.lint.Linter} places each phrase at its line and column and applies the {@link
 * io.rolelens.batch.lint.Gate}; a {@link io.rolelens.batch.lint.LintFormat} writes the run, SARIF
 * paths relative to the repository root a {@link io.rolelens.batch.lint.ReportContext} names.
 * Offsets are UTF-16 {@code [start, end)}; lines and columns are 1-based, columns in a {@link
 * io.rolelens.batch.lint.ColumnUnit}.
 */
package io.rolelens.batch.lint;
