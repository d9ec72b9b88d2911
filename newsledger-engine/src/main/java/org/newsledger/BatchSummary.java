package org.newsledger;

/**
 * What a batch came to.
 *
 * @param analyzed articles read and analyzed (a stage failure on one is a diagnostic, not a loss)
 * @param failed articles or inputs that could not be read
 */
public record BatchSummary(int analyzed, int failed) {}
