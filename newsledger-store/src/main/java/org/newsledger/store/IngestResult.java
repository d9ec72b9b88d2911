package org.newsledger.store;

import static java.util.Objects.requireNonNull;

/**
 * What storing one analyzed article did.
 *
 * @param status new, an exact duplicate (not stored again) or a near-duplicate (stored, linked)
 * @param articleId the stored article's id; for a duplicate, the id of the copy already stored
 * @param originalId for a near-duplicate, the id of the article it copies; else null
 * @param similarity for a near-duplicate, the Jaccard similarity of word 5-grams; else 0
 */
public record IngestResult(Status status, long articleId, Long originalId, double similarity) {

  /** How an article relates to what the store already holds. */
  public enum Status {
    /** Stored; nothing like it was there. */
    NEW,
    /** Not stored: the same normalized text is there already. */
    DUPLICATE,
    /** Stored and linked to the earlier article it nearly copies. */
    NEAR_DUPLICATE
  }

  /** Validates the fields. */
  public IngestResult {
    requireNonNull(status, "status is null");
    if ((status == Status.NEAR_DUPLICATE) != (originalId != null)) {
      throw new IllegalArgumentException("originalId is set exactly for near-duplicates");
    }
  }
}
