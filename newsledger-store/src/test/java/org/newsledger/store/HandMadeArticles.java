package org.newsledger.store;

import java.util.ArrayList;
import java.util.List;
import org.newsledger.core.ArticleMeta;
import org.newsledger.core.CharSpan;
import org.newsledger.core.Document;
import org.newsledger.core.Excerpt;
import org.newsledger.core.Layers;
import org.newsledger.core.facts.Attribution;
import org.newsledger.core.facts.AttributionKind;
import org.newsledger.core.facts.Entity;
import org.newsledger.core.facts.EntityType;
import org.newsledger.core.facts.Mention;
import org.newsledger.core.facts.MentionKind;
import org.newsledger.core.facts.Source;
import org.newsledger.core.facts.SourceType;

/**
 * Analyzed articles written by hand for resolution tests: each entity is named by the words it is
 * mentioned with in the text, and the first entity says the first quoted sentence.
 */
final class HandMadeArticles {

  private HandMadeArticles() {}

  /** An entity to find in the text: its mention, canonical name, type and roles. */
  record Named(String mention, String name, EntityType type, List<String> roles) {}

  /** A person mentioned as {@code mention} with the canonical name {@code name}. */
  static Named person(String mention, String name, String... roles) {
    return new Named(mention, name, EntityType.PERSON, List.of(roles));
  }

  /** An organisation named as it is mentioned. */
  static Named organization(String name) {
    return new Named(name, name, EntityType.ORGANIZATION, List.of());
  }

  /** The article with its entities, mentions and one quote credited to the first entity. */
  static Document article(String id, String published, String text, Named... named) {
    List<Mention> mentions = new ArrayList<>();
    List<Entity> entities = new ArrayList<>();
    for (Named entity : named) {
      int begin = text.indexOf(entity.mention());
      if (begin < 0) {
        throw new IllegalArgumentException("'" + entity.mention() + "' is not in the text");
      }
      CharSpan span = CharSpan.of(begin, begin + entity.mention().length());
      String entityId = "e" + (entities.size() + 1);
      String mentionId = "m" + (mentions.size() + 1);
      mentions.add(
          new Mention(
              mentionId,
              span,
              entity.mention(),
              entity.type(),
              MentionKind.NAME,
              entityId,
              "hand"));
      List<String> aliases =
          entity.mention().equals(entity.name()) ? List.of() : List.of(entity.mention());
      entities.add(
          new Entity(
              entityId,
              entity.name(),
              entity.type(),
              "",
              aliases,
              entity.roles(),
              List.of(mentionId),
              span,
              "hand"));
    }
    ArticleMeta meta = ArticleMeta.of(id).withPublished(published);
    return Document.of(meta, text)
        .with(Layers.MENTIONS, mentions)
        .with(Layers.ENTITIES, entities)
        .with(Layers.ATTRIBUTIONS, quote(text, entities.get(0), mentions.get(0)));
  }

  private static List<Attribution> quote(String text, Entity speaker, Mention named) {
    int open = text.indexOf('"');
    int close = text.indexOf('"', open + 1);
    int cue = text.indexOf("said");
    if (open < 0 || close < 0 || cue < 0) {
      return List.of();
    }
    Source source =
        new Source(speaker.id(), speaker.name(), SourceType.PERSON, Excerpt.of(text, named.span()));
    return List.of(
        new Attribution(
            "a1",
            AttributionKind.DIRECT,
            Excerpt.of(text, cue, cue + 4),
            Excerpt.of(text, open + 1, close),
            source,
            null,
            false,
            "hand"));
  }
}
