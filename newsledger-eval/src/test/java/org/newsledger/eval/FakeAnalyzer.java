package org.newsledger.eval;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.newsledger.core.CharSpan;
import org.newsledger.core.Document;
import org.newsledger.core.Excerpt;
import org.newsledger.core.Layers;
import org.newsledger.core.facts.Attribution;
import org.newsledger.core.facts.AttributionKind;
import org.newsledger.core.facts.Entity;
import org.newsledger.core.facts.EntityType;
import org.newsledger.core.facts.Source;
import org.newsledger.core.facts.SourceType;

/** A hand-written analyzer: adds the attributions and entities it was told to, found by text. */
final class FakeAnalyzer implements UnaryOperator<Document> {

  /** One attribution to add: content, cue and source mention located by their first occurrence. */
  record Planned(String content, String cue, String sourceName, String mention, String entityId) {}

  private final List<Planned> planned;
  private final List<String[]> entities;

  private FakeAnalyzer(List<Planned> planned, List<String[]> entities) {
    this.planned = List.copyOf(planned);
    this.entities = List.copyOf(entities);
  }

  /** An analyzer adding nothing. */
  static FakeAnalyzer empty() {
    return new FakeAnalyzer(List.of(), List.of());
  }

  /** A copy that also adds an attribution; cue, mention and entityId may be null. */
  FakeAnalyzer with(String content, String cue, String sourceName, String mention, String entity) {
    List<Planned> more = new ArrayList<>(planned);
    more.add(new Planned(content, cue, sourceName, mention, entity));
    return new FakeAnalyzer(more, entities);
  }

  /** A copy that also adds an entity named {@code name} whose span is its first occurrence. */
  FakeAnalyzer withEntity(String id, String name) {
    List<String[]> more = new ArrayList<>(entities);
    more.add(new String[] {id, name});
    return new FakeAnalyzer(planned, more);
  }

  @Override
  public Document apply(Document doc) {
    String text = doc.text();
    List<Attribution> attributions = new ArrayList<>();
    for (Planned p : planned) {
      Excerpt content = find(text, p.content());
      Excerpt cue = p.cue() == null ? Excerpt.of(text, content.span()) : find(text, p.cue());
      Excerpt mention = p.mention() == null ? null : find(text, p.mention());
      SourceType type = p.sourceName().isEmpty() ? SourceType.UNKNOWN : SourceType.PERSON;
      Source source = new Source(p.entityId(), p.sourceName(), type, mention);
      attributions.add(
          new Attribution(
              "a" + (attributions.size() + 1),
              AttributionKind.INDIRECT,
              cue,
              content,
              source,
              null,
              false,
              "fake"));
    }
    List<Entity> made = new ArrayList<>();
    for (String[] entity : entities) {
      CharSpan span = find(text, entity[1]).span();
      made.add(
          new Entity(
              entity[0],
              entity[1],
              EntityType.PERSON,
              "",
              List.of(),
              List.of(),
              List.of(),
              span,
              "fake"));
    }
    return doc.with(Layers.ENTITIES, made).with(Layers.ATTRIBUTIONS, attributions);
  }

  private static Excerpt find(String text, String words) {
    int at = text.indexOf(requireNonNull(words, "words is null"));
    if (at < 0) {
      throw new IllegalArgumentException("not in the text: " + words);
    }
    return Excerpt.of(text, at, at + words.length());
  }
}
