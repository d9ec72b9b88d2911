package org.newsledger.core.facts;

import static java.util.Objects.requireNonNull;

import org.newsledger.core.Annotation;
import org.newsledger.core.CharSpan;
import org.newsledger.core.Excerpt;

/**
 * A source's stance towards information: "Kirby did not confirm this information".
 *
 * @param id unique within the document ("x1")
 * @param act the stance taken
 * @param actor who takes it
 * @param cue the words that signal it ("did not confirm")
 * @param target what the stance concerns, or null when the text does not say
 * @param span the whole clause that states the act
 * @param rule the rule that found it
 */
public record EpistemicAct(
    String id,
    EpistemicKind act,
    Source actor,
    Excerpt cue,
    Excerpt target,
    CharSpan span,
    String rule)
    implements Annotation {

  /** Validates the fields; target may be null. */
  public EpistemicAct {
    requireNonNull(id, "id is null");
    requireNonNull(act, "act is null");
    requireNonNull(actor, "actor is null");
    requireNonNull(cue, "cue is null");
    requireNonNull(span, "span is null");
    requireNonNull(rule, "rule is null");
  }
}
