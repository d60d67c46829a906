package io.rolelens.scoring.index;

import io.rolelens.scoring.EvidenceList;
import io.rolelens.scoring.ScoredColumn;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;

/**
 * A posting's evidence in the index, stored as phrases rather than one joined string: two stored
 * fields with a value per phrase, in order, {@value #PHRASE_IDS} and {@value #PHRASE_TEXTS}. An
 * index written before holds only the scored CSV's {@code evidence} cell, which is read as the CSV
 * format says. Stateless and thread-safe.
 */
public final class IndexedEvidence {
  /** Each phrase's lexicon entry id, one value per phrase. */
  public static final String PHRASE_IDS = "evidence_phrase_id";

  /** Each phrase's text as written in the posting, one value per phrase. */
  public static final String PHRASE_TEXTS = "evidence_phrase_text";

  private static final String CELL = ScoredColumn.EVIDENCE.header();

  private IndexedEvidence() {}

  /** Stores {@code phrases} in {@code doc}. */
  public static void add(Document doc, List<EvidenceList.Phrase> phrases) {
    for (EvidenceList.Phrase p : phrases) {
      doc.add(new StoredField(PHRASE_IDS, p.phraseId()));
      doc.add(new StoredField(PHRASE_TEXTS, p.text()));
    }
  }

  /** The phrases stored in {@code doc}, in order. */
  public static List<EvidenceList.Phrase> read(Document doc) {
    String[] ids = doc.getValues(PHRASE_IDS);
    String[] texts = doc.getValues(PHRASE_TEXTS);
    if (ids.length == 0 && doc.get(CELL) != null) {
      return EvidenceList.parse(doc.get(CELL));
    }
    List<EvidenceList.Phrase> phrases = new ArrayList<>(ids.length);
    for (int i = 0; i < ids.length && i < texts.length; i++) {
      phrases.add(new EvidenceList.Phrase(ids[i], texts[i]));
    }
    return phrases;
  }

  /** The stored fields {@link #read} needs, for reading a document's fields selectively. */
  public static List<String> fields() {
    return List.of(PHRASE_IDS, PHRASE_TEXTS, CELL);
  }
}
