package io.rolelens.scoring.tally;

import io.rolelens.analyzer.Role;
import io.rolelens.analyzer.score.BodyStatus;
import io.rolelens.analyzer.score.Verdict;
import io.rolelens.scoring.EvidenceList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Tallied postings for tests. */
final class Postings {
  private Postings() {}

  /** A Product Manager posting whose body reads as {@code body}, with a CSPO ask and a PMP ask. */
  static TalliedPosting titledProductManager(String id, String quarter, Role body, int confusion) {
    return new TalliedPosting(
        id,
        "Product Manager " + id,
        "=Acme",
        "Berlin",
        "senior",
        quarter,
        "",
        Role.PRODUCT_MANAGER.id(),
        Optional.of(body),
        Optional.of(BodyStatus.OK),
        Map.of(Role.PRODUCT_MANAGER, 0.5, Role.PROJECT_MANAGER, 0.125, Role.PRODUCT_OWNER, 0.375),
        confusion >= 60 ? Verdict.MISMATCH : Verdict.CONSISTENT,
        confusion,
        "",
        confusion / 100.0 - 0.5,
        List.of(
            new EvidenceList.Phrase("po.backlog_ownership.own-backlog", "Own the Backlog"),
            new EvidenceList.Phrase("po.po_certifications.cspo", "CSPO"),
            new EvidenceList.Phrase("pjm.pjm_certifications.pmp", "PMP")),
        false);
  }
}
