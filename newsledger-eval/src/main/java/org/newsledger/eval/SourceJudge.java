package org.newsledger.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsledger.core.CharSpan;
import org.newsledger.core.Document;
import org.newsledger.core.Layers;
import org.newsledger.core.facts.Entity;
import org.newsledger.core.facts.Mention;
import org.newsledger.core.facts.Source;

/** Decides whether a system source is a gold source, for one document. */
final class SourceJudge {

  private final String text;
  private final Map<String, Entity> entities = new HashMap<>();
  private final Map<String, CharSpan> mentionSpans = new HashMap<>();

  SourceJudge(Document doc) {
    this.text = doc.text();
    doc.getOrEmpty(Layers.ENTITIES).forEach(e -> entities.put(e.id(), e));
    for (Mention mention : doc.getOrEmpty(Layers.MENTIONS)) {
      mentionSpans.put(mention.id(), mention.span());
    }
  }

  /** True when a speaker name matches the gold source text or a source span overlaps it. */
  boolean isRight(Source source, List<CharSpan> goldSource) {
    List<String> goldText = List.of(PolnearAttribution.textOf(text, goldSource));
    List<String> names = new ArrayList<>(List.of(source.name()));
    List<CharSpan> spans = new ArrayList<>();
    if (source.mention() != null) {
      names.add(source.mention().text());
      spans.add(source.mention().span());
    }
    Entity entity = source.entityId() == null ? null : entities.get(source.entityId());
    if (entity != null) {
      names.add(entity.name());
      spans.add(entity.span());
      entity.mentionIds().stream()
          .map(mentionSpans::get)
          .filter(span -> span != null)
          .forEach(spans::add);
    }
    return names.stream().anyMatch(name -> SpeakerNames.matches(name, goldText))
        || spans.stream().anyMatch(span -> goldSource.stream().anyMatch(span::overlaps));
  }
}
