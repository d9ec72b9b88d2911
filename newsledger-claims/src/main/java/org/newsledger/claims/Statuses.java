package org.newsledger.claims;

import java.util.List;
import org.newsledger.core.facts.ClaimStatus;
import org.newsledger.core.facts.StatusChange;

/** Resolves a claim's history into one status: the strongest change wins. */
final class Statuses {

  /** From weakest to strongest. */
  private static final List<ClaimStatus> RANK =
      List.of(
          ClaimStatus.ASSERTED,
          ClaimStatus.REPORTED,
          ClaimStatus.HEDGED,
          ClaimStatus.DECLINED_TO_COMMENT,
          ClaimStatus.NOT_DENIED,
          ClaimStatus.NOT_CONFIRMED,
          ClaimStatus.CONFIRMED,
          ClaimStatus.DENIED,
          ClaimStatus.DISPUTED);

  private Statuses() {}

  /**
   * The status a history ends in: the strongest change, DISPUTED when one source confirms what
   * another denies, ASSERTED when empty.
   */
  static ClaimStatus resolve(List<StatusChange> history) {
    boolean confirmed = has(history, ClaimStatus.CONFIRMED);
    boolean denied = has(history, ClaimStatus.DENIED);
    if (confirmed && denied) {
      return ClaimStatus.DISPUTED;
    }
    ClaimStatus strongest = ClaimStatus.ASSERTED;
    for (StatusChange change : history) {
      if (RANK.indexOf(change.status()) > RANK.indexOf(strongest)) {
        strongest = change.status();
      }
    }
    return strongest;
  }

  private static boolean has(List<StatusChange> history, ClaimStatus status) {
    return history.stream().anyMatch(c -> c.status() == status);
  }
}
