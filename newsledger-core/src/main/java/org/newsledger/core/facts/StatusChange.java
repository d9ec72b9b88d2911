package org.newsledger.core.facts;

import static java.util.Objects.requireNonNull;

import org.newsledger.core.Excerpt;

/**
 * One step in a claim's history: who gave it which status, and where the text says so.
 *
 * @param status the status given
 * @param by who gives it ("John Kirby", "the article")
 * @param entityId id of that source's entity, or null
 * @param evidence the words in the text that give the status ("did not confirm", "reportedly")
 * @param rule the rule that recorded the change
 */
public record StatusChange(
    ClaimStatus status, String by, String entityId, Excerpt evidence, String rule) {

  /** Validates the fields; entityId may be null. */
  public StatusChange {
    requireNonNull(status, "status is null");
    requireNonNull(by, "by is null");
    requireNonNull(evidence, "evidence is null");
    requireNonNull(rule, "rule is null");
  }
}
