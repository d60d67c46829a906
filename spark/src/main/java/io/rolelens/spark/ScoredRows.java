package io.rolelens.spark;

import io.rolelens.analyzer.Role;
import io.rolelens.analyzer.score.BodyStatus;
import io.rolelens.analyzer.score.Verdict;
import io.rolelens.scoring.EvidenceList;
import io.rolelens.scoring.PostingScorer;
import io.rolelens.scoring.PostingScores;
import io.rolelens.scoring.ScoredColumn;
import io.rolelens.scoring.ScoredPosting;
import io.rolelens.scoring.csv.RowResult;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The rows the job passes between its stages and writes, with explicit schemas in the scored CSV's
 * column order (Spark's bean encoder would sort them, and records do not encode): each posting's
 * outcome (scored, or rejected with its reason) and its way back to a {@link ScoredPosting}. Empty
 * values are nulls; evidence is an array of (phrase id, text) structs, never a joined string.
 * Stateless and thread-safe.
 */
final class ScoredRows {
  /** Where a row came from: the input file's place in the job's list, its name, row and line. */
  static final String FILE_INDEX = "file_index";

  static final String SOURCE_FILE = "source_file";
  static final String SOURCE_ROW = "source_row";
  static final String SOURCE_LINE = "source_line";

  /** Why a row was rejected; null for a scored row. */
  static final String REJECT_REASON = "reject_reason";

  static final String DESCRIPTION_HASH = "description_hash";

  /**
   * What reading repaired in a row, as bits: {@link #INVALID_UTF8} (bytes that are not UTF-8 read
   * as U+FFFD), {@link #NUL} (NUL characters removed); counted for the job's warnings, not written.
   */
  static final String READ_WARNINGS = "read_warnings";

  static final int INVALID_UTF8 = 1;
  static final int NUL = 2;
  static final String SENIORITY = "seniority";

  static final StructType EVIDENCE =
      new StructType()
          .add("phrase_id", DataTypes.StringType, false)
          .add("text", DataTypes.StringType, false);

  /**
   * One posting's outcome: provenance, the reject reason, the scored CSV's columns in its order
   * ({@link ScoredColumn#ALWAYS}, typed by their kind), then the title's seniority and the
   * description's fingerprint.
   */
  static final StructType OUTCOME = outcomeSchema();

  private static final int ID = OUTCOME.fieldIndex(ScoredColumn.ID.header());
  private static final int WARNINGS = OUTCOME.fieldIndex(READ_WARNINGS);

  private ScoredRows() {}

  private static StructType outcomeSchema() {
    StructType schema =
        new StructType()
            .add(FILE_INDEX, DataTypes.IntegerType, false)
            .add(SOURCE_FILE, DataTypes.StringType, false)
            .add(SOURCE_ROW, DataTypes.LongType, false)
            .add(SOURCE_LINE, DataTypes.LongType, false)
            .add(REJECT_REASON, DataTypes.StringType, true);
    for (ScoredColumn c : ScoredColumn.ALWAYS) {
      schema = schema.add(c.header(), type(c.kind()), true);
    }
    return schema
        .add(SENIORITY, DataTypes.StringType, true)
        .add(DESCRIPTION_HASH, DataTypes.LongType, true)
        .add(READ_WARNINGS, DataTypes.IntegerType, false);
  }

  private static DataType type(ScoredColumn.Kind kind) {
    return switch (kind) {
      case TEXT -> DataTypes.StringType;
      case NUMBER -> DataTypes.DoubleType;
      case WHOLE_NUMBER -> DataTypes.IntegerType;
      case EVIDENCE -> DataTypes.createArrayType(EVIDENCE, false);
    };
  }

  /** The row for one posting's outcome. */
  static Row outcome(
      int fileIndex, String file, long line, int warnings, PostingScorer.Outcome outcome) {
    if (outcome.rejected() != null) {
      return rejected(fileIndex, file, warnings, outcome.rejected());
    }
    ScoredPosting p = outcome.scored();
    Object[] values = provenance(fileIndex, file, p.row(), line, warnings);
    int at = ID;
    for (ScoredColumn c : ScoredColumn.ALWAYS) {
      Object value = p.value(c);
      values[at++] = c.kind() == ScoredColumn.Kind.EVIDENCE ? evidence(value) : value;
    }
    values[at++] = p.scores().seniority();
    values[at] = p.descriptionHash();
    return RowFactory.create(values);
  }

  /** Evidence phrases as (phrase id, text) rows, in a Scala sequence as a Row's array must be. */
  @SuppressWarnings("unchecked")
  private static Object evidence(Object phrases) {
    List<Row> rows = new ArrayList<>();
    for (EvidenceList.Phrase phrase : (List<EvidenceList.Phrase>) phrases) {
      rows.add(RowFactory.create(phrase.phraseId(), phrase.text()));
    }
    return scala.jdk.javaapi.CollectionConverters.asScala(rows).toSeq();
  }

  private static Object[] provenance(
      int fileIndex, String file, long row, long line, int warnings) {
    Object[] values = new Object[OUTCOME.size()];
    values[WARNINGS] = warnings;
    values[0] = fileIndex;
    values[1] = file;
    values[2] = row;
    values[3] = line;
    return values;
  }

  /** The row for a row that cannot be scored. */
  static Row rejected(int fileIndex, String file, int warnings, RowResult.Unreadable r) {
    Object[] values = provenance(fileIndex, file, r.row(), r.line(), warnings);
    values[4] = r.reason();
    values[ID] = r.id();
    return RowFactory.create(values);
  }

  /**
   * The scored posting a row holds (its description left empty, as the scored CSV leaves it out),
   * read by column name so it works on any projection that keeps the scored columns.
   */
  static ScoredPosting posting(Row row) {
    Optional<Map<Role, Double>> shares = Optional.empty();
    if (!row.isNullAt(row.fieldIndex("product_manager_share"))) {
      Map<Role, Double> byRole = new EnumMap<>(Role.class);
      for (Role r : Role.values()) {
        byRole.put(r, row.<Double>getAs(r.id() + "_share"));
      }
      shares = Optional.of(byRole);
    }
    List<EvidenceList.Phrase> evidence = new ArrayList<>();
    for (Row phrase : row.<Row>getList(row.fieldIndex("evidence"))) {
      evidence.add(new EvidenceList.Phrase(phrase.getString(0), phrase.getString(1)));
    }
    Integer confusion = row.getAs("confusion_score");
    Double index = row.getAs("outcome_output_index");
    PostingScores scores =
        new PostingScores(
            row.getAs("title_role"),
            row.getAs(SENIORITY),
            Role.fromId(row.getAs("body_role")),
            BodyStatus.fromId(row.getAs("body_status")).orElseThrow(),
            shares,
            confusion == null ? OptionalInt.empty() : OptionalInt.of(confusion),
            Verdict.fromId(row.getAs("verdict")).orElseThrow(),
            Optional.ofNullable(row.getAs("suggested_title")),
            index == null ? OptionalDouble.empty() : OptionalDouble.of(index),
            evidence);
    return new ScoredPosting(
        row.<Long>getAs(SOURCE_ROW),
        row.getAs("id"),
        row.getAs("title"),
        row.getAs("company"),
        row.getAs("location"),
        row.getAs("date_posted"),
        Optional.ofNullable(row.getAs("quarter")),
        scores,
        Optional.ofNullable(row.getAs("duplicate_of")),
        "",
        row.<Long>getAs(DESCRIPTION_HASH));
  }
}
