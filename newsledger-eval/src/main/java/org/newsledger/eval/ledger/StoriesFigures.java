package org.newsledger.eval.ledger;

import static java.util.Objects.requireNonNull;

import org.newsledger.eval.Prf;

/**
 * Figures of the ECB+ story clustering.
 *
 * @param documents documents clustered
 * @param goldSubTopics gold sub-topics among them
 * @param stories stories predicted
 * @param bcubed B-cubed against the gold sub-topics
 * @param vMeasure V-measure against the gold sub-topics
 * @param seconds wall-clock time, reading and scoring included
 */
public record StoriesFigures(
    int documents, int goldSubTopics, int stories, Prf bcubed, VMeasure vMeasure, double seconds) {

  /** Validates the fields. */
  public StoriesFigures {
    requireNonNull(bcubed, "bcubed is null");
    requireNonNull(vMeasure, "vMeasure is null");
  }
}
