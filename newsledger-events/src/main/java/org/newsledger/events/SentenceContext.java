package org.newsledger.events;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.newsledger.core.CharSpan;
import org.newsledger.core.Excerpt;
import org.newsledger.core.facts.Entity;
import org.newsledger.core.facts.EventArgument;
import org.newsledger.core.facts.Mention;
import org.newsledger.core.text.Token;

/** One sentence's tokens and mentions, and the document facts needed to name its arguments. */
final class SentenceContext {

  private final String text;
  private final List<Token> tokens;
  private final List<PlacedMention> mentions;
  private final Map<String, Entity> entities;
  private final ActorCountries countries;
  private final ActorRoles roles;
  private final List<CharSpan> times;

  SentenceContext(
      String text,
      List<Token> tokens,
      List<Mention> sentenceMentions,
      Map<String, Entity> entities,
      ActorCountries countries,
      ActorRoles roles,
      List<CharSpan> times) {
    this.text = requireNonNull(text, "text is null");
    this.tokens = List.copyOf(tokens);
    this.entities = requireNonNull(entities, "entities is null");
    this.countries = requireNonNull(countries, "countries is null");
    this.roles = requireNonNull(roles, "roles is null");
    this.times = List.copyOf(times);
    this.mentions = place(sentenceMentions);
  }

  /** The sentence's tokens. */
  List<Token> tokens() {
    return tokens;
  }

  /** The outermost mentions, in text order. */
  List<PlacedMention> mentions() {
    return mentions;
  }

  /** True for a place that is not a country: "Rafah" in "Rafah offensive" says where, not who. */
  boolean isPlace(PlacedMention placed) {
    Mention mention = placed.mention();
    if (!mention.type().name().equals("LOCATION") || mention.kind().name().equals("DEMONYM")) {
      return false;
    }
    Entity entity = mention.entityId() == null ? null : entities.get(mention.entityId());
    return entity == null
        || !"COUNTRY".equals(entity.subtype()) && countries.ofName(entity.name()) == null;
  }

  /** The original text covered by sentence tokens [first, end). */
  Excerpt excerpt(int first, int end) {
    return Excerpt.of(text, tokens.get(first).begin(), tokens.get(end - 1).end());
  }

  /** The event argument a mention names: its entity, canonical name and country code. */
  EventArgument argument(PlacedMention placed) {
    Mention mention = placed.mention();
    Entity entity = mention.entityId() == null ? null : entities.get(mention.entityId());
    String name = entity != null ? entity.name() : mention.text();
    String words = excerpt(placed.first(), placed.end()).text();
    String code = country(entity, mention, words);
    if (code == null && entity == null) {
      code = countryInside(placed.first(), placed.end());
    }
    return new EventArgument(mention.entityId(), name, code, Excerpt.of(text, mention.span()));
  }

  /** The country of the first mention inside sentence tokens [first, end) that has one, or null. */
  String countryInside(int first, int end) {
    for (PlacedMention m : mentions) {
      if (m.first() >= first && m.end() <= end) {
        Entity entity = entity(m.mention().entityId());
        String code = country(entity, m.mention(), m.mention().text());
        if (code != null) {
          return code;
        }
      }
    }
    return null;
  }

  /** True when sentence token {@code index} lies in a time expression ("on Wednesday"). */
  boolean isTime(int index) {
    CharSpan span = tokens.get(index).span();
    return times.stream().anyMatch(t -> t.contains(span));
  }

  /** The actor role the words name (actor-roles.tsv), or null. */
  String roleOf(String words) {
    return roles.inWords(words);
  }

  /** The event argument a mention anywhere in the document names, by its own words. */
  EventArgument argument(Mention mention) {
    Entity entity = mention.entityId() == null ? null : entities.get(mention.entityId());
    String name = entity != null ? entity.name() : mention.text();
    return new EventArgument(
        mention.entityId(),
        name,
        country(entity, mention, mention.text()),
        Excerpt.of(text, mention.span()));
  }

  /** The entity with {@code id}, or null (also for a null id). */
  Entity entity(String id) {
    return id == null ? null : entities.get(id);
  }

  private String country(Entity entity, Mention mention, String words) {
    if (entity != null) {
      String code = countries.ofName(entity.name());
      for (String alias : entity.aliases()) {
        code = code != null ? code : countries.ofName(alias);
      }
      if (code != null || "COUNTRY".equals(entity.subtype())) {
        return code;
      }
    }
    String code = countries.ofPhrase(mention.text());
    code = code != null ? code : countries.ofPhrase(words);
    if (code == null && entity != null) {
      code = countries.ofPhrase(entity.name());
      for (String role : entity.roles()) {
        code = code != null ? code : countries.ofPhrase(role);
      }
    }
    return code;
  }

  private List<PlacedMention> place(List<Mention> sentenceMentions) {
    List<PlacedMention> placed = new ArrayList<>();
    for (Mention mention : sentenceMentions) {
      int first = tokenAt(mention.span().begin());
      int last = tokenAt(mention.span().end() - 1);
      if (first >= 0 && last >= first) {
        placed.add(new PlacedMention(mention, first, last + 1));
      }
    }
    placed.sort(
        Comparator.comparingInt(PlacedMention::first)
            .thenComparing(Comparator.comparingInt(PlacedMention::end).reversed()));
    List<PlacedMention> outermost = new ArrayList<>();
    for (PlacedMention candidate : placed) {
      PlacedMention previous = outermost.isEmpty() ? null : outermost.get(outermost.size() - 1);
      if (previous == null || candidate.first() >= previous.end()) {
        if (previous != null && modifies(previous, candidate)) {
          outermost.set(
              outermost.size() - 1,
              new PlacedMention(candidate.mention(), previous.first(), candidate.end()));
        } else {
          outermost.add(candidate);
        }
      }
    }
    return List.copyOf(outermost);
  }

  /** A demonym before a name, with only title words between: "Israeli Prime Minister X". */
  private boolean modifies(PlacedMention demonym, PlacedMention named) {
    if (!demonym.mention().kind().name().equals("DEMONYM") || named.first() - demonym.end() > 3) {
      return false;
    }
    for (int at = demonym.end(); at < named.first(); at++) {
      if (!tokens.get(at).isPos("NN") && !tokens.get(at).isPos("JJ")) {
        return false;
      }
    }
    return true;
  }

  private int tokenAt(int offset) {
    for (int i = 0; i < tokens.size(); i++) {
      CharSpan span = tokens.get(i).span();
      if (span.contains(offset)) {
        return i;
      }
    }
    return -1;
  }
}
