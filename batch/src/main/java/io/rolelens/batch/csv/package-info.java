/**
 * Reading posting exports: {@link io.rolelens.batch.csv.InputFiles} opens {@code .csv}/{@code .tsv},
 * gzip or not, with or without a BOM; {@link io.rolelens.batch.csv.ColumnMap} finds the id, title,
 * description, company, location and date columns by their common names (or as {@code --columns}
 * says); {@link io.rolelens.batch.csv.PostingReader} streams the rows, turning each record into a
 * posting or an unreadable row with its reason. Nothing here returns null unless documented.
 */
package io.rolelens.batch.csv;
