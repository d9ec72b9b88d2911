package org.newsledger.events;

import static org.newsledger.core.testing.DocumentChecks.assertSound;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.newsledger.core.ArticleMeta;
import org.newsledger.core.Document;
import org.newsledger.core.Layers;
import org.newsledger.core.facts.Event;
import org.newsledger.core.nlp.NlpStage;
import org.newsledger.core.nlp.TokenRepairStage;
import org.newsledger.core.pipeline.Pipeline;
import org.newsledger.core.pipeline.Stage;
import org.newsledger.core.text.LayoutStage;
import org.newsledger.corenlp.CoreNlpBackend;
import org.newsledger.entities.EntityStages;
import org.newsledger.time.TimeStage;

/** Runs layout, CoreNLP, entities, times and events over test text, checking every document. */
final class Analyzed {

  private static final class Holder {
    static final Pipeline PIPELINE = pipeline();
  }

  private Analyzed() {}

  private static Pipeline pipeline() {
    List<Stage> stages =
        new ArrayList<>(
            List.of(
                new LayoutStage(), new NlpStage(CoreNlpBackend.shared()), new TokenRepairStage()));
    stages.addAll(EntityStages.create());
    stages.add(new TimeStage());
    stages.add(new EventStage());
    return Pipeline.of(stages).strict();
  }

  /** The full pipeline as an operator; every document it returns is checked with assertSound. */
  static UnaryOperator<Document> operator() {
    return doc -> assertSound(Holder.PIPELINE.apply(doc));
  }

  /** The analysis of {@code text} published on {@code published}, checked with assertSound. */
  static Document text(String text, String published) {
    Document doc =
        Holder.PIPELINE.apply(Document.of(ArticleMeta.of("test").withPublished(published), text));
    return assertSound(doc);
  }

  /** The events of {@code text}, published on 2024-05-07. */
  static List<Event> events(String text) {
    return text(text, "2024-05-07").get(Layers.EVENTS);
  }
}
