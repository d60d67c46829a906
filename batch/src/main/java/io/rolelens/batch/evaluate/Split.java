package io.rolelens.batch.evaluate;

import io.rolelens.analyzer.LowerCaseId;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * The fixed train/test split of a labelled set: a row is in the test split when the CRC-32 of its
 * id (UTF-8) modulo 10 is 7, 8 or 9, so about 30% of rows, the same ones on every machine and run.
 * Lexicon weights and thresholds are tuned on {@code train} only; figures are reported on {@code
 * test}.
 */
public enum Split implements LowerCaseId {
  ALL,
  TRAIN,
  TEST;

  /** Whether the row with this id belongs to this split. */
  public boolean contains(String id) {
    return switch (this) {
      case ALL -> true;
      case TRAIN -> !isTest(id);
      case TEST -> isTest(id);
    };
  }

  static boolean isTest(String id) {
    CRC32 crc = new CRC32();
    crc.update(id.getBytes(StandardCharsets.UTF_8));
    return crc.getValue() % 10 >= 7;
  }
}
