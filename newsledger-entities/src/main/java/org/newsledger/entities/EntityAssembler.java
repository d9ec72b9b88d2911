package org.newsledger.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsledger.core.CharSpan;
import org.newsledger.core.Document;
import org.newsledger.core.Layers;
import org.newsledger.core.facts.Entity;
import org.newsledger.core.facts.Mention;
import org.newsledger.core.facts.MentionKind;
import org.newsledger.entities.Resolution.Item;

/** Turns the clusters of a coreference run into entities and re-issues the resolved mentions. */
final class EntityAssembler {

  private EntityAssembler() {}

  /** The document with ENTITIES added and MENTIONS carrying their entity ids. */
  static Document assemble(Resolution resolution) {
    List<Entity> entities = new ArrayList<>();
    Map<Cluster, String> ids = new HashMap<>();
    for (Item first : resolution.items) {
      Cluster cluster = resolution.clusterOf(first);
      if (cluster != null && !ids.containsKey(cluster)) {
        String id = "e" + entities.size();
        ids.put(cluster, id);
        entities.add(entity(resolution, cluster, id));
      }
    }
    List<Mention> mentions = new ArrayList<>(resolution.doc.get(Layers.MENTIONS));
    for (Item item : resolution.items) {
      Cluster cluster = resolution.clusterOf(item);
      if (cluster != null) {
        mentions.set(
            item.index(), item.mention().resolvedTo(ids.get(cluster), resolution.ruleOf(item)));
      }
    }
    return resolution.doc.with(Layers.ENTITIES, entities).with(Layers.MENTIONS, mentions);
  }

  private static Entity entity(Resolution resolution, Cluster cluster, String id) {
    List<Item> items = resolution.itemsOf(cluster);
    Item source = nameSource(items);
    String name =
        cluster.name != null ? cluster.name : Names.withoutDeterminer(source.mention().text());
    Set<String> aliases = new LinkedHashSet<>();
    Set<String> seen = new LinkedHashSet<>();
    seen.add(Lexicon.key(name));
    for (Item item : items) {
      String text = item.mention().text();
      if (item.mention().kind() != MentionKind.PRONOUN && seen.add(Lexicon.key(text))) {
        aliases.add(text);
      }
    }
    List<String> mentionIds = items.stream().map(item -> item.mention().id()).toList();
    CharSpan span = source.mention().span();
    return new Entity(
        id,
        name,
        cluster.type,
        cluster.subtype,
        List.copyOf(aliases),
        List.copyOf(cluster.roles),
        mentionIds,
        span,
        cluster.rule);
  }

  /** The mention with the fullest name: a name over other kinds, then the most words. */
  private static Item nameSource(List<Item> items) {
    Item best = items.get(0);
    for (Item item : items) {
      if (rank(item) > rank(best)) {
        best = item;
      }
    }
    return best;
  }

  private static int rank(Item item) {
    int kind =
        switch (item.mention().kind()) {
          case NAME -> 3000;
          case NOMINAL -> 2000;
          case METONYM, DEMONYM -> 1000;
          case PRONOUN -> 0;
        };
    return kind + Math.min(Names.wordCount(Names.withoutDeterminer(item.mention().text())), 99);
  }
}
