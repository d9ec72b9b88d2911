package org.newsledger.events;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.newsledger.core.Layers;
import org.newsledger.core.facts.EventArgument;
import org.newsledger.core.text.Token;

/**
 * An event's actor and target beyond the words of its clause, in order: the speaker of a modal
 * demand, the force or state behind an agentless arrest, the author of an earlier act, the
 * government of the last country, a pronoun's speaker or group, the author of the act reacted to.
 */
final class Participants {

  // acts only a state does: arrests, detentions, bans, sanctions
  private static final Set<String> STATE_ACTION_TYPES = Set.of("COERCE", "SANCTION");

  private final ActorCountries countries;
  private final ImplicitActors implicitActors;
  private final ActorKinds kinds;
  private final ActAuthors actAuthors;
  private final ThingTargets thingTargets;

  Participants(
      ActorCountries countries,
      ImplicitActors implicitActors,
      ActorKinds kinds,
      ActAuthors actAuthors,
      ThingTargets thingTargets) {
    this.countries = countries;
    this.implicitActors = implicitActors;
    this.kinds = kinds;
    this.actAuthors = actAuthors;
    this.thingTargets = thingTargets;
  }

  /** Where an event stands: its sentence, trigger, clause (token indexes) and attribution. */
  record Site(
      SentenceContext s,
      TriggerMatch trigger,
      int clauseStart,
      int clauseEnd,
      Roles roles,
      String attributionId) {

    List<Token> tokens() {
      return s.tokens();
    }
  }

  /** An actor and a target (either may be null) and the rules that found them. */
  record Found(EventArgument actor, EventArgument target, String rule) {

    Found actor(EventArgument actor, String rule) {
      return new Found(actor, target, rule);
    }

    Found target(EventArgument target, String rule) {
      return new Found(actor, target, rule);
    }
  }

  /** The actor and target of the event at {@code site}; the clause's own words come first. */
  Found find(Site site, Surroundings facts) {
    Roles roles = site.roles();
    EventArgument target = ActorKinds.argument(site.s(), roles.target());
    boolean thing =
        target != null
            && target.countryCode() == null
            && thingTargets.isThing(site.tokens(), roles.target());
    // "signed a government decree": no actor; "rejected a Senegalese peace plan" keeps Senegal
    Found found =
        new Found(
            ActorKinds.argument(site.s(), roles.actor()), thing ? null : target, roles.rule());
    found = modalSpeaker(site, facts, found);
    found = agentlessStateAct(site, facts, found);
    found = earlierAct(site, facts, found);
    found = implicitGovernment(site, facts, found);
    found = PronounActors.resolve(site, facts, found);
    found = reactedTo(site, facts, found);
    found = nominalTold(site, facts, found);
    return selfTarget(site, found);
  }

  private static Found modalSpeaker(Site site, Surroundings facts, Found found) {
    if (!site.trigger().pattern().pos().equals("M")) {
      return found;
    }
    EventArgument speaker = Speakers.of(facts.doc(), site.attributionId(), site.s());
    if (speaker == null) {
      speaker =
          ActorKinds.argument(
              site.s(), Speakers.subjectOfGoverningVerb(site.s(), site.clauseStart()));
    }
    // "X said Y must go": X demands, Y is asked
    return speaker == null ? found : new Found(speaker, found.actor(), "modal-speaker");
  }

  private Found agentlessStateAct(Site site, Surroundings facts, Found found) {
    boolean agentless =
        found.actor() == null
            && found.target() != null
            && kinds.isPersonOrGroup(found.target(), site.s())
            && site.roles().rule().startsWith("passive")
            && STATE_ACTION_TYPES.contains(site.trigger().pattern().type());
    if (!agentless) {
      return found;
    }
    // "Police director X said 71 people were arrested": the security official who reports
    // the arrests speaks for the force that made them
    EventArgument speaker =
        kinds.forceSpeaker(facts.doc(), site.attributionId(), site.s(), site.roles().target());
    if (speaker != null) {
      return found.actor(speaker, found.rule() + "+force-speaker");
    }
    // "Babaryka was arrested": the state the article last named arrested him
    EventArgument state =
        implicitActors.stateBefore(
            site.s(),
            site.s().excerpt(site.trigger().head(), site.trigger().head() + 1).span().begin(),
            facts.doc().get(Layers.MENTIONS),
            facts.entities(),
            countries);
    boolean other =
        state != null
            && (found.target() == null
                || !Objects.equals(state.entityId(), found.target().entityId()));
    return other ? found.actor(state, found.rule() + "+state-of-last-country") : found;
  }

  private static Found earlierAct(Site site, Surroundings facts, Found found) {
    if (found.actor() != null
        || found.target() == null
        || !site.roles().rule().startsWith("passive")) {
      return found;
    }
    // "al-Muhandis was also killed in the airstrike": the airstrike's actor, told before
    EventArgument author =
        EarlierEvents.actorOfActNamedAfter(
            site.tokens(),
            site.trigger().last(),
            site.clauseEnd(),
            found.target(),
            facts.earlier());
    return author == null
        ? found
        : found.actor(author, found.rule() + "+" + EarlierEvents.IN_ACT_RULE);
  }

  private Found implicitGovernment(Site site, Surroundings facts, Found found) {
    EventArgument actor = found.actor();
    boolean unplaced = actor == null || actor.entityId() == null && actor.countryCode() == null;
    if (!unplaced || !site.tokens().get(site.trigger().head()).isPos("VB")) {
      return found;
    }
    // "the government will send negotiators": the government of the country last named
    EventArgument implicit =
        implicitActors.find(
            site.s(),
            site.clauseStart(),
            site.trigger().head(),
            facts.doc().get(Layers.MENTIONS),
            facts.entities(),
            countries);
    return implicit == null ? found : found.actor(implicit, "government-of-last-country");
  }

  private Found reactedTo(Site site, Surroundings facts, Found found) {
    if (found.target() != null) {
      return found;
    }
    // "X opposed the withdrawal": the reaction is aimed at whoever withdrew
    EventArgument author =
        actAuthors.find(
            site.s(),
            site.trigger(),
            site.clauseStart(),
            site.clauseEnd(),
            found.actor(),
            facts.earlier());
    return author == null ? found : found.target(author, found.rule() + "+" + ActAuthors.RULE);
  }

  private static Found nominalTold(Site site, Surroundings facts, Found found) {
    if (!Nominals.isNominal(site.tokens(), site.trigger())
        || (found.actor() == null) == (found.target() == null)) {
      return found;
    }
    // "the ban on Mahan Air" after "Germany banned Mahan Air": the same act, told again
    String type = site.trigger().pattern().type();
    EventArgument other =
        found.actor() == null
            ? EarlierEvents.actorFor(type, found.target(), facts.earlier())
            : EarlierEvents.targetFor(type, found.actor(), facts.earlier());
    if (other == null) {
      return found;
    }
    return new Found(
        found.actor() == null ? other : found.actor(),
        found.target() == null ? other : found.target(),
        found.rule() + "+" + EarlierEvents.RULE);
  }

  private Found selfTarget(Site site, Found found) {
    EventArgument actor = found.actor();
    EventArgument target = found.target();
    boolean same =
        actor != null
            && target != null
            && actor.entityId() != null
            && actor.entityId().equals(target.entityId());
    // "Navalny's associates alleged he ...", "he sought documents allowing him to": a person
    // acting on himself is a coreference slip (a state may act within itself: PLOVER codes that)
    return same && kinds.isPersonOrGroup(actor, site.s())
        ? found.target(null, found.rule())
        : found;
  }
}
