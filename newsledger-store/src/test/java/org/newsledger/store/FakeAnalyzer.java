package org.newsledger.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.newsledger.core.facts.TimeExpression;
import org.newsledger.core.facts.TimeType;

/**
 * A hand-written stand-in for the pipeline: two capitalized words are a person, {@code "...," said
 * First Last} a direct quote, a weekday a date. Optionally sleeps, and throws on a poison word.
 */
final class FakeAnalyzer implements UnaryOperator<Document> {

  static final String POISON = "POISONPILL";

  private static final Pattern NAME = Pattern.compile("\\b[A-Z][a-z]+ [A-Z][a-z]+\\b");
  private static final Pattern QUOTE =
      Pattern.compile("\"([^\"]+?),\" (said) ([A-Z][a-z]+ [A-Z][a-z]+)");
  private static final Pattern WEEKDAY =
      Pattern.compile("\\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");

  private final long sleepMillis;

  FakeAnalyzer(long sleepMillis) {
    this.sleepMillis = sleepMillis;
  }

  FakeAnalyzer() {
    this(0);
  }

  @Override
  public Document apply(Document doc) {
    pause();
    String text = doc.text();
    if (text.contains(POISON)) {
      throw new IllegalStateException("the fake analyzer chokes on " + POISON);
    }
    Map<String, List<Mention>> byName = mentionsByName(text);
    List<Mention> mentions = new ArrayList<>();
    List<Entity> entities = new ArrayList<>();
    Map<String, String> entityIds = new LinkedHashMap<>();
    for (Map.Entry<String, List<Mention>> named : byName.entrySet()) {
      String entityId = "e" + (entities.size() + 1);
      entityIds.put(named.getKey(), entityId);
      List<String> mentionIds = new ArrayList<>();
      for (Mention m : named.getValue()) {
        mentions.add(m.resolvedTo(entityId, "fake-same-name"));
        mentionIds.add(m.id());
      }
      entities.add(
          new Entity(
              entityId,
              named.getKey(),
              EntityType.PERSON,
              "",
              List.of(lastName(named.getKey())),
              List.of(),
              mentionIds,
              named.getValue().get(0).span(),
              "fake-entity"));
    }
    return doc.with(Layers.TIMES, times(text))
        .with(Layers.MENTIONS, mentions)
        .with(Layers.ENTITIES, entities)
        .with(Layers.ATTRIBUTIONS, attributions(text, entityIds));
  }

  private static Map<String, List<Mention>> mentionsByName(String text) {
    Map<String, List<Mention>> byName = new LinkedHashMap<>();
    Matcher m = NAME.matcher(text);
    int count = 0;
    while (m.find()) {
      Mention mention =
          new Mention(
              "m" + (++count),
              CharSpan.of(m.start(), m.end()),
              m.group(),
              EntityType.PERSON,
              MentionKind.NAME,
              null,
              "fake-name");
      byName.computeIfAbsent(m.group(), name -> new ArrayList<>()).add(mention);
    }
    return byName;
  }

  private static List<Attribution> attributions(String text, Map<String, String> entityIds) {
    List<Attribution> attributions = new ArrayList<>();
    Matcher m = QUOTE.matcher(text);
    while (m.find()) {
      Excerpt named = Excerpt.of(text, m.start(3), m.end(3));
      Source source = new Source(entityIds.get(m.group(3)), m.group(3), SourceType.PERSON, named);
      attributions.add(
          new Attribution(
              "a" + (attributions.size() + 1),
              AttributionKind.DIRECT,
              Excerpt.of(text, m.start(2), m.end(2)),
              Excerpt.of(text, m.start(1), m.end(1)),
              source,
              null,
              false,
              "fake-quote-said-name"));
    }
    return attributions;
  }

  private static List<TimeExpression> times(String text) {
    List<TimeExpression> times = new ArrayList<>();
    Matcher m = WEEKDAY.matcher(text);
    while (m.find()) {
      times.add(
          new TimeExpression(
              "t" + (times.size() + 1),
              CharSpan.of(m.start(), m.end()),
              m.group(),
              TimeType.DATE,
              null,
              "fake-weekday"));
    }
    return times;
  }

  private static String lastName(String name) {
    return name.substring(name.indexOf(' ') + 1);
  }

  private void pause() {
    if (sleepMillis <= 0) {
      return;
    }
    try {
      Thread.sleep(sleepMillis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
