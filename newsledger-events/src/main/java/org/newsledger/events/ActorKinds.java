package org.newsledger.events;

import java.util.Set;
import org.newsledger.core.Document;
import org.newsledger.core.facts.EventArgument;

/** What kind of participant an argument is: a person or a group, its role, a force's speaker. */
final class ActorKinds {

  // roles that make arrests and detentions: their spokespeople report their own acts
  private static final Set<String> FORCE_ROLES = Set.of("police", "military");

  private final ActorRoles roles;
  private final FactualityCues cues;

  ActorKinds(ActorRoles roles, FactualityCues cues) {
    this.roles = roles;
    this.cues = cues;
  }

  /**
   * The police or military official who reports an act in the clause whose subject is {@code
   * subject}: the attribution's source, else the subject of a verb of saying right before it
   * ("Police director X said 71 people were arrested"); null when the speaker is no such official.
   */
  EventArgument forceSpeaker(
      Document doc, String attributionId, SentenceContext s, PlacedMention subject) {
    EventArgument speaker = Speakers.of(doc, attributionId, s);
    String words = Speakers.sourceWords(doc, attributionId);
    int say = Governors.verbBefore(s.tokens(), subject.first());
    if (speaker == null && say >= 0 && cues.is(FactualityCues.Kind.SAY, s.tokens().get(say))) {
      int start = Clauses.start(s.tokens(), say);
      speaker = argument(s, Subjects.find(s, say, start));
      words = s.excerpt(start, say).text();
    }
    String role = speaker == null ? null : roles.of(words, s.entity(speaker.entityId()));
    return role != null && FORCE_ROLES.contains(role) ? speaker.withRole(role) : null;
  }

  /** True for a person or a group of people ("71 people", "protesters"), not a place or thing. */
  boolean isPersonOrGroup(EventArgument argument, SentenceContext s) {
    var entity = s.entity(argument.entityId());
    if (entity != null) {
      return entity.type().name().equals("PERSON");
    }
    return argument.entityId() == null && withRole(argument, s).role() != null;
  }

  /** The argument with the role its words or entity give it (unchanged when it has one). */
  EventArgument withRole(EventArgument argument, SentenceContext s) {
    if (argument == null || argument.role() != null) {
      return argument;
    }
    return argument.withRole(roles.of(argument.mention().text(), s.entity(argument.entityId())));
  }

  /**
   * The argument a mention names, or null; a pronoun coreference left unresolved ("halt their
   * drilling", "fired at them") names no participant.
   */
  static EventArgument argument(SentenceContext s, PlacedMention placed) {
    if (placed == null) {
      return null;
    }
    boolean pronoun = placed.mention().kind().name().equals("PRONOUN");
    return pronoun && placed.mention().entityId() == null ? null : s.argument(placed);
  }
}
