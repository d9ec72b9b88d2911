package org.newsledger.eval.ledger;

import static java.util.Objects.requireNonNull;

import org.newsledger.eval.Prf;

/**
 * Figures of cross-document event coreference on ECB+.
 *
 * @param documents documents read
 * @param mentions gold event mentions scored
 * @param goldChains gold chains (singletons included)
 * @param predictedChains predicted chains (singletons included)
 * @param muc MUC scores
 * @param bcubed B-cubed scores
 * @param ceafE entity-based CEAF scores
 * @param conll mean of the three F1 values (0..1)
 */
public record EventCorefFigures(
    int documents,
    int mentions,
    int goldChains,
    int predictedChains,
    Prf muc,
    Prf bcubed,
    Prf ceafE,
    double conll) {

  /** Validates the fields. */
  public EventCorefFigures {
    requireNonNull(muc, "muc is null");
    requireNonNull(bcubed, "bcubed is null");
    requireNonNull(ceafE, "ceafE is null");
  }
}
