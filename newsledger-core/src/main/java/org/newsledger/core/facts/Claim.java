package org.newsledger.core.facts;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.newsledger.core.Annotation;
import org.newsledger.core.CharSpan;
import org.newsledger.core.Excerpt;

/**
 * A proposition in the article with its sources and epistemic status.
 *
 * @param id unique within the document ("c1")
 * @param proposition the claim's words: an event clause or an attribution's content
 * @param eventId id of the event the claim is about, or null
 * @param sources who puts it forward; empty when the article asserts it
 * @param status where it stands after every change in its history
 * @param history the status changes in the order recorded, never empty
 * @param rule the rule that made the claim
 */
public record Claim(
    String id,
    Excerpt proposition,
    String eventId,
    List<ClaimSource> sources,
    ClaimStatus status,
    List<StatusChange> history,
    String rule)
    implements Annotation {

  /** Validates the fields and copies the lists; eventId may be null. */
  public Claim {
    requireNonNull(id, "id is null");
    requireNonNull(proposition, "proposition is null");
    sources = List.copyOf(requireNonNull(sources, "sources is null"));
    requireNonNull(status, "status is null");
    history = List.copyOf(requireNonNull(history, "history is null"));
    requireNonNull(rule, "rule is null");
  }

  /** The proposition's span. */
  @Override
  public CharSpan span() {
    return proposition.span();
  }
}
