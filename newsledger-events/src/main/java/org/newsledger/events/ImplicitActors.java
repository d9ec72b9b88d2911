package org.newsledger.events;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsledger.core.facts.Entity;
import org.newsledger.core.facts.EventArgument;
import org.newsledger.core.facts.Mention;
import org.newsledger.core.lexicon.WordList;
import org.newsledger.core.text.Token;

/**
 * Actors the mention layer leaves unnamed: "the government will send negotiators" is the government
 * of the country the text last named, a common convention of news writing.
 */
final class ImplicitActors {

  private final Set<String> governmentNouns;

  private ImplicitActors(Set<String> governmentNouns) {
    this.governmentNouns = Set.copyOf(requireNonNull(governmentNouns, "nouns is null"));
  }

  /** Loads government-nouns.tsv. */
  static ImplicitActors load() {
    return new ImplicitActors(
        WordList.load(ImplicitActors.class, "government-nouns.tsv").firstColumnLowerCase());
  }

  /** The country whose "the government" is the subject of the trigger at head, or null. */
  EventArgument find(
      SentenceContext s,
      int clauseStart,
      int head,
      List<Mention> mentions,
      Map<String, Entity> entities,
      ActorCountries countries) {
    List<Token> tokens = s.tokens();
    for (int at = head - 1; at > clauseStart; at--) {
      Token noun = tokens.get(at);
      boolean definite = tokens.get(at - 1).lemma().equalsIgnoreCase("the");
      if (definite && governmentNouns.contains(noun.lemma().toLowerCase(Locale.ROOT))) {
        Entity country = lastCountryBefore(noun.begin(), mentions, entities, countries);
        return country == null
            ? null
            : new EventArgument(
                country.id(),
                country.name(),
                countries.ofName(country.name()),
                s.excerpt(at - 1, at + 1));
      }
    }
    return null;
  }

  /**
   * The state that arrests or bans when the text names no one ("71 people were arrested"): the
   * country the text last named before {@code offset}, as the mention that named it, or null.
   */
  EventArgument stateBefore(
      SentenceContext s,
      int offset,
      List<Mention> mentions,
      Map<String, Entity> entities,
      ActorCountries countries) {
    Mention found = null;
    for (Mention m : mentions) {
      Entity entity = m.entityId() == null ? null : entities.get(m.entityId());
      if (m.span().end() <= offset && entity != null && isCountry(entity, countries)) {
        found = m;
      }
    }
    return found == null ? null : s.argument(found);
  }

  private static Entity lastCountryBefore(
      int offset, List<Mention> mentions, Map<String, Entity> entities, ActorCountries countries) {
    Entity found = null;
    for (Mention m : mentions) {
      Entity entity = m.entityId() == null ? null : entities.get(m.entityId());
      if (m.span().end() <= offset && entity != null && isCountry(entity, countries)) {
        found = entity;
      }
    }
    return found;
  }

  private static boolean isCountry(Entity entity, ActorCountries countries) {
    return "COUNTRY".equals(entity.subtype())
        || entity.type().name().equals("LOCATION") && countries.ofName(entity.name()) != null;
  }
}
