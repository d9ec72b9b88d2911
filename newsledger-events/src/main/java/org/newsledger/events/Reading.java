package org.newsledger.events;

import java.util.ArrayList;
import java.util.List;
import org.newsledger.core.facts.EventModality;

/**
 * The cues found for one predicate while its rules run; the weakest modality wins. Local to one
 * call, never shared.
 */
final class Reading {

  /** From most to least committed: a cue can only lower a predicate's modality. */
  private static final List<EventModality> COMMITMENT =
      List.of(
          EventModality.ASSERTED,
          EventModality.REPORTED,
          EventModality.ANNOUNCED,
          EventModality.FUTURE,
          EventModality.PLANNED,
          EventModality.HYPOTHETICAL,
          EventModality.DEMANDED);

  private EventModality modality = EventModality.ASSERTED;
  private boolean negated;
  private boolean hedged;
  private boolean reported;
  private final List<String> rules = new ArrayList<>();

  /** Lowers the modality to {@code lower} when that is weaker; records the rule. */
  void modality(EventModality lower, String rule) {
    if (COMMITMENT.indexOf(lower) > COMMITMENT.indexOf(modality)) {
      modality = lower;
    }
    rules.add(rule);
  }

  /** Marks the predicate as negated; a second negation cue in its clause changes nothing. */
  void negate(String rule) {
    negated = true;
    rules.add(rule);
  }

  /** Flips the negation: "failed to" over a negated verb ("did not fail to") is positive again. */
  void flip(String rule) {
    negated = !negated;
    rules.add(rule);
  }

  /** Marks the predicate as possible or believed only. */
  void hedge(String rule) {
    hedged = true;
    rules.add(rule);
  }

  /** Marks the predicate as put in someone else's words. */
  void report(String rule) {
    reported = true;
    rules.add(rule);
  }

  /** Takes over what the governing predicate's judgment says: "did not want to X". */
  void inherit(Factuality.Judgment outer, String rule) {
    modality(outer.modality(), rule);
    negated ^= outer.negated();
    hedged |= outer.hedged();
    reported |= outer.reported();
  }

  boolean negated() {
    return negated;
  }

  Factuality.Judgment judgment() {
    String rule = rules.isEmpty() ? "default" : String.join("+", rules);
    return new Factuality.Judgment(modality, negated, hedged, reported, rule);
  }
}
