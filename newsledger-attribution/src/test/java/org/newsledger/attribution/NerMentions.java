package org.newsledger.attribution;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsledger.core.CharSpan;
import org.newsledger.core.Document;
import org.newsledger.core.Layer;
import org.newsledger.core.Layers;
import org.newsledger.core.facts.Entity;
import org.newsledger.core.facts.EntityType;
import org.newsledger.core.facts.Mention;
import org.newsledger.core.facts.MentionKind;
import org.newsledger.core.pipeline.Stage;
import org.newsledger.core.text.Token;

/**
 * A hand-made stand-in for the entity stages in tests: runs of model NER tags become name
 * mentions, and a name whose last word ends a longer name joins that entity ("Kirby").
 */
final class NerMentions implements Stage {

  @Override
  public String name() {
    return "test-ner-mentions";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.TOKENS);
  }

  @Override
  public Set<Layer<?>> provides() {
    return Set.of(Layers.MENTIONS, Layers.ENTITIES);
  }

  @Override
  public Document apply(Document doc) {
    List<Token> tokens = doc.get(Layers.TOKENS);
    List<int[]> runs = runs(tokens);
    Map<String, List<String>> mentionIdsByName = new LinkedHashMap<>();
    Map<String, EntityType> typeByName = new LinkedHashMap<>();
    Map<String, CharSpan> spanByName = new LinkedHashMap<>();
    List<Mention> mentions = new ArrayList<>();
    for (int[] run : runs) {
      CharSpan span = new CharSpan(tokens.get(run[0]).begin(), tokens.get(run[1] - 1).end());
      String text = doc.textOf(span);
      String name = canonical(text, runs, tokens, doc);
      EntityType type = type(tokens.get(run[0]).ner());
      String id = "m" + (mentions.size() + 1);
      mentions.add(new Mention(id, span, text, type, MentionKind.NAME, null, "test:ner"));
      mentionIdsByName.computeIfAbsent(name, n -> new ArrayList<>()).add(id);
      typeByName.putIfAbsent(name, type);
      spanByName.putIfAbsent(name, span);
    }
    List<Entity> entities = new ArrayList<>();
    Map<String, String> entityOfMention = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> e : mentionIdsByName.entrySet()) {
      String entityId = "e" + (entities.size() + 1);
      entities.add(new Entity(entityId, e.getKey(), typeByName.get(e.getKey()), "", List.of(),
          List.of(), e.getValue(), spanByName.get(e.getKey()), "test:ner"));
      e.getValue().forEach(m -> entityOfMention.put(m, entityId));
    }
    List<Mention> resolved = new ArrayList<>();
    mentions.forEach(m -> resolved.add(m.resolvedTo(entityOfMention.get(m.id()), "test")));
    return doc.with(Layers.MENTIONS, resolved).with(Layers.ENTITIES, entities);
  }

  private static List<int[]> runs(List<Token> tokens) {
    List<int[]> runs = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      String ner = tokens.get(i).ner();
      if (!tokens.get(i).isPos("NNP") || type(ner) == null) {
        i++;
        continue;
      }
      int j = i;
      while (j < tokens.size() && tokens.get(j).ner().equals(ner)
          && tokens.get(j).sentenceIndex() == tokens.get(i).sentenceIndex()) {
        j++;
      }
      runs.add(new int[] {i, j});
      i = j;
    }
    return runs;
  }

  private static String canonical(String text, List<int[]> runs, List<Token> tokens, Document doc) {
    String best = text;
    for (int[] run : runs) {
      String other =
          doc.textOf(new CharSpan(tokens.get(run[0]).begin(), tokens.get(run[1] - 1).end()));
      if (other.length() > best.length() && other.endsWith(" " + text)) {
        best = other;
      }
    }
    return best;
  }

  private static EntityType type(String ner) {
    return switch (ner) {
      case "PERSON" -> EntityType.PERSON;
      case "ORGANIZATION" -> EntityType.ORGANIZATION;
      case "COUNTRY", "CITY", "LOCATION", "STATE_OR_PROVINCE" -> EntityType.LOCATION;
      default -> null;
    };
  }
}
