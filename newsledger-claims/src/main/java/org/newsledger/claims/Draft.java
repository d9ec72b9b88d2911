package org.newsledger.claims;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import org.newsledger.core.Excerpt;
import org.newsledger.core.facts.Claim;
import org.newsledger.core.facts.ClaimSource;
import org.newsledger.core.facts.StatusChange;

/** A claim being built during one {@link ClaimStage#apply} call; never shared between calls. */
final class Draft {

  private final Excerpt proposition;
  private final String eventId;
  private final String rule;
  private final List<ClaimSource> sources = new ArrayList<>();
  private final List<StatusChange> history = new ArrayList<>();

  Draft(Excerpt proposition, String eventId, String rule) {
    this.proposition = requireNonNull(proposition, "proposition is null");
    this.eventId = eventId;
    this.rule = requireNonNull(rule, "rule is null");
  }

  Excerpt proposition() {
    return proposition;
  }

  String eventId() {
    return eventId;
  }

  List<ClaimSource> sources() {
    return sources;
  }

  List<StatusChange> history() {
    return history;
  }

  void addSource(ClaimSource source) {
    if (sources.stream().noneMatch(s -> s.attributionId().equals(source.attributionId()))) {
      sources.add(source);
    }
  }

  /**
   * Adds a change to the history, once per act: a cue that already gave this claim the same status
   * (an outer source recorded both as a source and as the relay of an inner one) is not repeated.
   */
  void record(StatusChange change) {
    boolean known =
        history.stream()
            .anyMatch(
                h ->
                    h.status() == change.status()
                        && h.evidence().span().equals(change.evidence().span()));
    if (!known) {
      history.add(change);
    }
  }

  /** True when one of the sources has the given name. */
  boolean hasSourceNamed(String name) {
    return sources.stream().anyMatch(s -> s.name().equals(name));
  }

  Claim toClaim(String id) {
    return new Claim(id, proposition, eventId, sources, Statuses.resolve(history), history, rule);
  }
}
