package org.newsledger.entities;

import static org.newsledger.core.testing.DocumentChecks.assertSound;

import java.util.ArrayList;
import java.util.List;
import org.newsledger.core.ArticleMeta;
import org.newsledger.core.Document;
import org.newsledger.core.Layers;
import org.newsledger.core.facts.Entity;
import org.newsledger.core.facts.Mention;
import org.newsledger.core.nlp.NlpStage;
import org.newsledger.core.nlp.TokenRepairStage;
import org.newsledger.core.pipeline.Pipeline;
import org.newsledger.core.pipeline.Stage;
import org.newsledger.core.text.LayoutStage;
import org.newsledger.corenlp.CoreNlpBackend;

/** Runs layout, CoreNLP and the entity stages over test text, checking every document produced. */
final class Analyzed {

  private static final class Holder {
    static final Pipeline PIPELINE = pipeline();
  }

  private final Document doc;

  private Analyzed(Document doc) {
    this.doc = doc;
  }

  private static Pipeline pipeline() {
    List<Stage> stages =
        new ArrayList<>(
            List.of(
                new LayoutStage(), new NlpStage(CoreNlpBackend.shared()), new TokenRepairStage()));
    stages.addAll(EntityStages.create());
    return Pipeline.of(stages).strict();
  }

  /** The analysis of {@code text}; the document is checked with assertSound. */
  static Analyzed text(String text) {
    Document doc = Holder.PIPELINE.apply(Document.of(ArticleMeta.of("test"), text));
    return new Analyzed(assertSound(doc));
  }

  Document doc() {
    return doc;
  }

  /** The n-th (0-based) mention whose text is exactly {@code text}. */
  Mention mention(String text, int occurrence) {
    return doc.get(Layers.MENTIONS).stream()
        .filter(m -> m.text().equals(text))
        .skip(occurrence)
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    "no mention '"
                        + text
                        + "' #"
                        + occurrence
                        + " in "
                        + doc.get(Layers.MENTIONS)));
  }

  /** The first mention whose text is exactly {@code text}. */
  Mention mention(String text) {
    return mention(text, 0);
  }

  /** All mentions with this text. */
  List<Mention> mentions(String text) {
    return doc.get(Layers.MENTIONS).stream().filter(m -> m.text().equals(text)).toList();
  }

  /** The entity named {@code name}. */
  Entity entity(String name) {
    return doc.get(Layers.ENTITIES).stream()
        .filter(e -> e.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no entity '" + name + "' in " + names()));
  }

  /** The entity a mention resolves to, or null. */
  Entity entityOf(Mention mention) {
    return doc.get(Layers.ENTITIES).stream()
        .filter(e -> e.id().equals(mention.entityId()))
        .findFirst()
        .orElse(null);
  }

  /** The name of the entity a mention resolves to, or null. */
  String nameOf(Mention mention) {
    Entity entity = entityOf(mention);
    return entity == null ? null : entity.name();
  }

  /** Names of all entities. */
  List<String> names() {
    return doc.get(Layers.ENTITIES).stream().map(Entity::name).toList();
  }
}
