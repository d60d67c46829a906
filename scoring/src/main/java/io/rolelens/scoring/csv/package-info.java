/**
 * Reading posting exports: {@link io.rolelens.scoring.csv.InputFiles} opens {@code .csv}/{@code
 * .tsv}, gzip or not, with or without a BOM, and names a truncated or damaged gzip stream as such;
 * {@link io.rolelens.scoring.csv.ColumnMap} finds the id, title, description, company, location and
 * date columns by their common names (or as {@code --columns} says); {@link
 * io.rolelens.scoring.csv.PostingReader} streams the rows through a {@code BoundedFieldReader}, so
 * no field is held past {@link io.rolelens.scoring.csv.PostingReader#MAX_FIELD_CHARS} characters,
 * turning each record into a posting or an unreadable row with its reason, and stopping with an
 * {@link io.rolelens.scoring.csv.UnreadableInputException} when the file cannot be read to its end.
 * {@link io.rolelens.scoring.csv.SpreadsheetSafe} keeps the text cells of the CSV files RoleLens
 * writes from running as spreadsheet formulas. Nothing here returns null unless documented.
 */
package io.rolelens.scoring.csv;
