package io.rolelens.scoring.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolelens.scoring.EvidenceList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.junit.jupiter.api.Test;

class IndexedEvidenceTest {
  @Test
  void storesEachPhraseAsItsOwnValuesSoATextWithSeparatorsComesBackWhole() {
    List<EvidenceList.Phrase> phrases =
        List.of(
            new EvidenceList.Phrase("po.backlog_ownership.own-backlog", "own the backlog; daily"),
            new EvidenceList.Phrase("pm.roadmap.own-roadmap", "own: the roadmap"));
    Document doc = new Document();

    IndexedEvidence.add(doc, phrases);

    assertThat(IndexedEvidence.read(doc)).isEqualTo(phrases);
  }

  @Test
  void readsAnIndexWrittenBeforeFromItsEvidenceCell() {
    Document doc = new Document();
    doc.add(new StoredField("evidence", "po.x.a: own the backlog; pm.y.b: roadmap"));

    assertThat(IndexedEvidence.read(doc))
        .containsExactly(
            new EvidenceList.Phrase("po.x.a", "own the backlog"),
            new EvidenceList.Phrase("pm.y.b", "roadmap"));
  }

  @Test
  void anEvidenceCellWritesAndReadsBackTheSamePhrases() {
    List<EvidenceList.Phrase> phrases =
        List.of(
            new EvidenceList.Phrase("pjm.x.a", "PMP"),
            new EvidenceList.Phrase("po.y.b", "user stories"));

    assertThat(EvidenceList.parse(EvidenceList.format(phrases))).isEqualTo(phrases);
  }
}
