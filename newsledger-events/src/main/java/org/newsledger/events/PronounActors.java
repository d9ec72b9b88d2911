package org.newsledger.events;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsledger.core.facts.EventArgument;
import org.newsledger.core.text.Token;

/**
 * Actors and targets that pronouns stand for: a reported clause's "it" or "he" for its speaker,
 * "they" and "them" for the previous sentence's group, "we" for the speaker.
 */
final class PronounActors {

  private static final Set<String> PRONOUN_WORDS =
      Set.of("he", "she", "it", "they", "we", "i", "you");

  private PronounActors() {}

  /** The participants found so far, with those the clause's pronouns stand for added. */
  static Participants.Found resolve(
      Participants.Site site, Surroundings facts, Participants.Found found) {
    found = speakerOfPronoun(site, facts, found);
    List<Token> tokens = site.tokens();
    int head = site.trigger().head();
    EventArgument group = facts.previousGroup();
    if (found.actor() == null
        && group != null
        && GroupPronouns.theyActs(tokens, site.clauseStart(), head)) {
      // "The protesters clashed with the police. As they tried to storm parliament": the group
      found = found.actor(group, found.rule() + "+" + GroupPronouns.RULE);
    }
    if (found.target() == null
        && group != null
        && GroupPronouns.themAfter(tokens, site.trigger().last())) {
      found = found.target(group, found.rule() + "+" + GroupPronouns.RULE);
    }
    if (found.actor() == null && Speakers.firstPersonSubject(tokens, site.clauseStart(), head)) {
      // "We will not accept this," the minister said: the speaker acts
      EventArgument speaker = Speakers.of(facts.doc(), site.attributionId(), site.s());
      return speaker == null ? found : found.actor(speaker, found.rule() + "+first-person-speaker");
    }
    return found;
  }

  /**
   * The port authority said "it had offered a raise": a reported clause's unresolved pronoun
   * subject is, by default, its speaker, when they agree (he or she a person, it or they not).
   */
  private static Participants.Found speakerOfPronoun(
      Participants.Site site, Surroundings facts, Participants.Found found) {
    List<Token> tokens = site.tokens();
    String pronoun = Speakers.pronounSubject(tokens, site.clauseStart(), site.trigger().head());
    if (found.actor() != null
        || site.attributionId() == null
        || pronoun == null
        || Arguments.isPassive(tokens, site.trigger().head())) {
      return found;
    }
    EventArgument speaker = Speakers.of(facts.doc(), site.attributionId(), site.s());
    if (speaker == null) {
      speaker =
          ActorKinds.argument(
              site.s(), Speakers.subjectOfCue(facts.doc(), site.attributionId(), site.s()));
    }
    var entity = speaker == null ? null : site.s().entity(speaker.entityId());
    boolean person = entity != null && entity.type().name().equals("PERSON");
    boolean personal = pronoun.equals("he") || pronoun.equals("she");
    boolean named =
        speaker != null && !PRONOUN_WORDS.contains(speaker.name().toLowerCase(Locale.ROOT));
    return named && person == personal
        ? found.actor(speaker, found.rule() + "+pronoun-speaker")
        : found;
  }
}
