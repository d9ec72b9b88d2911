package org.newsledger.core.facts;

import static java.util.Objects.requireNonNull;

import org.newsledger.core.Annotation;
import org.newsledger.core.CharSpan;
import org.newsledger.core.Excerpt;

/**
 * Who did what to whom, where and when, coded in the PLOVER ontology with the CAMEO root alongside.
 *
 * @param id unique within the document ("v1")
 * @param trigger the words that name the event ("approved an operation", "attack")
 * @param span char span of the clause or noun phrase holding the event
 * @param type PLOVER event type ("AGREE", "ASSAULT")
 * @param mode PLOVER mode ("air", "ceasefire"), or null
 * @param cameo CAMEO root code ("03", "19")
 * @param actor who acts, or null when the text does not say
 * @param target who or what is acted on, or null
 * @param location where it happens, or null
 * @param timeId id of the time expression dating it, or null
 * @param time normalized value of that time expression, or null
 * @param negated true when the text says it did not happen ("did not agree")
 * @param modality how the text presents it
 * @param attributionId id of the attribution whose content holds it, or null
 * @param rule the rule and lexicon entry that produced it
 */
public record Event(
    String id,
    Excerpt trigger,
    CharSpan span,
    String type,
    String mode,
    String cameo,
    EventArgument actor,
    EventArgument target,
    EventArgument location,
    String timeId,
    String time,
    boolean negated,
    EventModality modality,
    String attributionId,
    String rule)
    implements Annotation {

  /**
   * Validates the fields; mode, actor, target, location, timeId, time, attributionId may be null.
   */
  public Event {
    requireNonNull(id, "id is null");
    requireNonNull(trigger, "trigger is null");
    requireNonNull(span, "span is null");
    requireNonNull(type, "type is null");
    requireNonNull(cameo, "cameo is null");
    requireNonNull(modality, "modality is null");
    requireNonNull(rule, "rule is null");
  }

  /** A copy reported in the attribution {@code attribution}. */
  public Event withAttribution(String attribution) {
    return new Event(
        id,
        trigger,
        span,
        type,
        mode,
        cameo,
        actor,
        target,
        location,
        timeId,
        time,
        negated,
        modality,
        attribution,
        rule);
  }
}
