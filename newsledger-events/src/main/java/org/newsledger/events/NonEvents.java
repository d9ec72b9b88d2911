package org.newsledger.events;

import java.util.List;
import org.newsledger.core.CharSpan;
import org.newsledger.core.Document;
import org.newsledger.core.Layers;
import org.newsledger.core.facts.Event;
import org.newsledger.core.text.Token;

/**
 * Trigger matches a coder would not code: an epistemic cue, an attributive participle, a noun
 * naming no act, the speaker's own resolve, what a right allows or a thing makes possible, a
 * forecast, a thin noun or one that refers back.
 */
final class NonEvents {

  private final EventLexicon lexicon;
  private final ActorRoles roles;
  private final ThingSubjects thingSubjects;

  NonEvents(EventLexicon lexicon, ActorRoles roles, ThingSubjects thingSubjects) {
    this.lexicon = lexicon;
    this.roles = roles;
    this.thingSubjects = thingSubjects;
  }

  /** True when the coded {@code event} is kept, given the nouns coded before in the document. */
  boolean keeps(
      Document doc,
      List<Token> tokens,
      TriggerMatch trigger,
      Event event,
      List<Nominals.Coded> nominals) {
    return !isEpistemicCue(doc, event.trigger().span())
        && !Participles.isAttributive(tokens, trigger)
        && !Participles.objectNamesNoEvent(tokens, trigger, lexicon)
        && !isSelfObligation(tokens, trigger)
        && !CapacityInfinitives.completesCapacityNoun(tokens, trigger)
        && !thingSubjects.hasThingSubject(tokens, trigger)
        && !Warnings.isForecast(doc, tokens, trigger, event, roles)
        && !Nominals.isThin(tokens, trigger, event)
        && !Nominals.refersBack(tokens, trigger, event, nominals);
  }

  /**
   * True when the trigger lies in the cue of an epistemic act ("declined to comment", "did not
   * confirm"): a stance on a claim, not an event.
   */
  private static boolean isEpistemicCue(Document doc, CharSpan trigger) {
    return doc.getOrEmpty(Layers.EPISTEMIC).stream()
        .anyMatch(act -> act.cue().span().overlaps(trigger));
  }

  /**
   * True for a modal of obligation whose subject is the speaker ("we must get this done"): it
   * states the speaker's resolve, not a demand made of anyone.
   */
  private static boolean isSelfObligation(List<Token> tokens, TriggerMatch trigger) {
    int clauseStart = Clauses.start(tokens, trigger.head());
    return trigger.pattern().pos().equals("M")
        && Speakers.firstPersonSubject(tokens, clauseStart, trigger.head());
  }
}
