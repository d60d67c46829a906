package io.rolelens.batch.index;

import io.rolelens.analyzer.title.TitleReading;
import io.rolelens.scoring.EvidenceList;
import io.rolelens.scoring.RepeatedIds;
import io.rolelens.scoring.ScoredColumn;
import io.rolelens.scoring.csv.SpreadsheetSafe;
import io.rolelens.scoring.index.IndexFields;
import io.rolelens.scoring.index.IndexedEvidence;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Adds the postings of a scored CSV to a Lucene index, keyed by posting id: indexing a posting
 * again replaces it, so re-running never duplicates. Cells are read back with {@link
 * SpreadsheetSafe#restore}, so the index holds the text as scored. Not thread-safe; one indexer per
 * index.
 */
public final class PostingIndexer {
  /**
   * What an indexing run did: every row read was added, replaced a posting (one indexed before, or
   * an earlier row of this input with the same id) or was skipped.
   *
   * @param added rows whose id the index did not hold
   * @param replaced rows whose id the index held, from an earlier run or an earlier row
   * @param skipped rows that could not be indexed: no id, the wrong number of fields, or a cell
   *     {@code score} never writes (see {@link #skippedRows})
   * @param total postings in the index afterwards
   * @param hasBodies whether the scored CSV has a description column
   * @param repeatedIds rows whose id an earlier row of this input has
   * @param skippedRows the first {@value #SKIPPED_LISTED} skipped rows, as "row N: why"
   */
  public record Result(
      long added,
      long replaced,
      long skipped,
      int total,
      boolean hasBodies,
      RepeatedIds.Found repeatedIds,
      List<String> skippedRows) {
    /** How many skipped rows {@link #skippedRows} lists at most. */
    public static final int SKIPPED_LISTED = 10;

    public Result {
      skippedRows = List.copyOf(skippedRows);
    }

    /** What an input that repeats ids leads to. */
    public static final String REPEATED_IDS =
        "each later row replaced the earlier one, since the index keeps one posting per id";
  }

  private static final List<String> REQUIRED =
      ScoredColumn.headers(
          List.of(
              ScoredColumn.ID,
              ScoredColumn.TITLE,
              ScoredColumn.TITLE_ROLE,
              ScoredColumn.BODY_ROLE,
              ScoredColumn.VERDICT,
              ScoredColumn.EVIDENCE,
              ScoredColumn.DUPLICATE_OF));

  private final Function<String, TitleReading> titles;

  /**
   * An indexer that reads each posting's title (for its seniority facet) with {@code titles},
   * normally the analyzer's front door, {@code analyzer::readTitle}.
   */
  public PostingIndexer(Function<String, TitleReading> titles) {
    this.titles = Objects.requireNonNull(titles, "titles");
  }

  /**
   * Indexes every row of {@code scoredCsv} into the index at {@code indexDir}, creating it if
   * needed; nothing is created when the CSV is not a scored CSV.
   *
   * @throws IOException naming the problem: not a scored CSV, or a directory that is not an index
   */
  public Result index(Reader scoredCsv, Path indexDir) throws IOException {
    try (CSVParser csv =
        CSVParser.builder()
            .setReader(scoredCsv)
            .setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())
            .get()) {
      Map<String, Integer> header = csv.getHeaderMap();
      List<String> missing = REQUIRED.stream().filter(c -> !header.containsKey(c)).toList();
      if (!missing.isEmpty()) {
        throw new IOException(
            "this is not a scored CSV (run 'rolelens score' first): it lacks the column(s) "
                + String.join(", ", missing));
      }
      IndexFolder.refuseOtherFiles(indexDir);
      try (Directory dir = FSDirectory.open(indexDir);
          IndexWriter writer = IndexFolder.openWriter(dir, indexDir);
          DirectoryReader before = DirectoryReader.open(writer)) {
        return add(
            csv,
            header.size(),
            header.containsKey(ScoredColumn.DESCRIPTION.header()),
            writer,
            dir,
            before);
      }
    }
  }

  private Result add(
      CSVParser csv,
      int columns,
      boolean hasBodies,
      IndexWriter writer,
      Directory dir,
      DirectoryReader before)
      throws IOException {
    FacetsConfig config = PostingFields.facets();
    long added = 0;
    long replaced = 0;
    long skipped = 0;
    List<String> skippedRows = new java.util.ArrayList<>();
    RepeatedIds ids = new RepeatedIds();
    for (CSVRecord row : csv) {
      // Rows are numbered as score numbers them: the header is row 1.
      long number = row.getRecordNumber() + 1;
      java.util.Optional<String> problem = ScoredRowCheck.problem(row, columns);
      if (problem.isPresent()) {
        skipped++;
        if (skippedRows.size() < Result.SKIPPED_LISTED) {
          skippedRows.add("row " + number + ": " + problem.get());
        }
        continue;
      }
      String id = get(row, IndexFields.ID);
      Term key = new Term(IndexFields.ID, id);
      Document doc = document(row, id, hasBodies);
      boolean repeated = ids.repeats(id, number);
      if (repeated || before.docFreq(key) > 0) {
        replaced++;
      } else {
        added++;
      }
      writer.updateDocument(key, config.build(doc));
    }
    writer.commit();
    try (DirectoryReader after = DirectoryReader.open(dir)) {
      return new Result(
          added, replaced, skipped, after.numDocs(), hasBodies, ids.found(), skippedRows);
    }
  }

  private Document document(CSVRecord row, String id, boolean hasBodies) {
    Document doc = new Document();
    doc.add(new StringField(IndexFields.ID, id, Field.Store.YES));
    doc.add(new TextField(IndexFields.TITLE, get(row, IndexFields.TITLE), Field.Store.YES));
    // The evidence cell is read once, here, where the scored CSV is read; the index keeps phrases.
    List<EvidenceList.Phrase> evidence =
        EvidenceList.parse(get(row, ScoredColumn.EVIDENCE.header()));
    String body = hasBodies ? get(row, ScoredColumn.DESCRIPTION.header()) : evidenceBody(evidence);
    doc.add(new TextField(IndexFields.BODY, body, Field.Store.YES));
    String seniority = titles.apply(get(row, IndexFields.TITLE)).seniority().id();
    for (String dim : PostingFields.FACETS) {
      String value;
      if (dim.equals(IndexFields.SENIORITY)) {
        value = seniority;
      } else if (dim.equals(IndexFields.BODY_STATUS)) {
        value = bodyStatus(row);
      } else {
        value = get(row, dim);
      }
      value = IndexFields.exact(value);
      doc.add(new StringField(dim, value, Field.Store.YES));
      doc.add(new SortedSetDocValuesFacetField(dim, value));
    }
    for (ScoredColumn stored : PostingFields.STORED) {
      doc.add(new StoredField(stored.header(), get(row, stored.header())));
    }
    IndexedEvidence.add(doc, evidence);
    String duplicateOf = get(row, IndexFields.DUPLICATE_OF);
    doc.add(new StringField(IndexFields.DUPLICATE_OF, duplicateOf, Field.Store.YES));
    doc.add(
        new StringField(
            IndexFields.DUPLICATE, Boolean.toString(!duplicateOf.isBlank()), Field.Store.YES));
    return doc;
  }

  /**
   * The body status; a scored CSV from before that column says only that a body role was called
   * ({@code ok}), and nothing ({@code (none)}) for a body without one, whose reason it did not
   * keep.
   */
  private static String bodyStatus(CSVRecord row) {
    if (row.isMapped(IndexFields.BODY_STATUS)) {
      return get(row, IndexFields.BODY_STATUS);
    }
    return get(row, IndexFields.BODY_ROLE).isBlank() ? "" : "ok";
  }

  /** A cell as the scorer saw it: the spreadsheet-safe quote {@code score} added is taken off. */
  private static String get(CSVRecord row, String column) {
    return row.isMapped(column) ? SpreadsheetSafe.restore(row.get(column)) : "";
  }

  /**
   * The body indexed for a posting scored without {@code --include-description}: its evidence
   * phrases, so that {@code body:} still searches something. A stored body equal to this is no
   * description, which is how readers of the index tell the two apart.
   */
  public static String evidenceBody(List<EvidenceList.Phrase> evidence) {
    StringBuilder sb = new StringBuilder();
    for (var p : evidence) {
      sb.append(p.text()).append(". ");
    }
    return sb.toString().toLowerCase(Locale.ROOT).strip();
  }
}
