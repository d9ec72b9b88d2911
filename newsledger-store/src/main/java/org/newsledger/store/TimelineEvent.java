package org.newsledger.store;

import static java.util.Objects.requireNonNull;

import org.newsledger.core.CharSpan;

/**
 * One event of a timeline, as one article reports it; event time and publication time kept apart.
 *
 * @param articleId the stored article
 * @param docId the article's document id
 * @param published publication time of the article (ISO 8601), or null
 * @param outlet the URL's host, else the input label
 * @param ledgerEventId the ledger event this report is linked to across articles
 * @param type PLOVER event type
 * @param trigger the words naming the event
 * @param triggerSpan char span of the trigger in the article text, end-exclusive
 * @param evidence the clause or phrase holding the event
 * @param evidenceSpan char span of the evidence in the article text, end-exclusive
 * @param actor name of who acts, or null
 * @param target name of who or what is acted on, or null
 * @param eventTime normalized value of the time the text gives the event, or null
 * @param eventDay calendar part of the event time ("2025-03-12", "2025-03"), or null
 * @param negated true when the text says it did not happen
 * @param modality how the text presents it (lower case)
 * @param rule the rule that produced the event
 */
public record TimelineEvent(
    long articleId,
    String docId,
    String published,
    String outlet,
    long ledgerEventId,
    String type,
    String trigger,
    CharSpan triggerSpan,
    String evidence,
    CharSpan evidenceSpan,
    String actor,
    String target,
    String eventTime,
    String eventDay,
    boolean negated,
    String modality,
    String rule) {

  /** Validates the fields; published, actor, target, eventTime and eventDay may be null. */
  public TimelineEvent {
    requireNonNull(docId, "docId is null");
    requireNonNull(outlet, "outlet is null");
    requireNonNull(type, "type is null");
    requireNonNull(trigger, "trigger is null");
    requireNonNull(triggerSpan, "triggerSpan is null");
    requireNonNull(evidence, "evidence is null");
    requireNonNull(evidenceSpan, "evidenceSpan is null");
    requireNonNull(modality, "modality is null");
    requireNonNull(rule, "rule is null");
  }
}
