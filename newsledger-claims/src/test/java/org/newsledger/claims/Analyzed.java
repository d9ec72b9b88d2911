package org.newsledger.claims;

import static org.newsledger.core.testing.DocumentChecks.assertSound;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.newsledger.attribution.AttributionStage;
import org.newsledger.core.ArticleMeta;
import org.newsledger.core.Document;
import org.newsledger.core.Layers;
import org.newsledger.core.facts.Claim;
import org.newsledger.core.nlp.NlpStage;
import org.newsledger.core.nlp.TokenRepairStage;
import org.newsledger.core.pipeline.Pipeline;
import org.newsledger.core.pipeline.Stage;
import org.newsledger.core.text.LayoutStage;
import org.newsledger.corenlp.CoreNlpBackend;
import org.newsledger.entities.EntityStages;
import org.newsledger.events.EventStage;
import org.newsledger.time.TimeStage;

/** Runs the whole chain up to claims over test text, checking every document. */
public final class Analyzed {

  private static final class Holder {
    static final Pipeline PIPELINE = pipeline();
  }

  private Analyzed() {}

  private static Pipeline pipeline() {
    List<Stage> stages =
        new ArrayList<>(
            List.of(
                new LayoutStage(), new NlpStage(CoreNlpBackend.shared()), new TokenRepairStage()));
    stages.add(new TimeStage());
    stages.addAll(EntityStages.create());
    stages.add(new AttributionStage());
    stages.add(new EventStage());
    stages.add(new ClaimStage());
    return Pipeline.of(stages).strict();
  }

  /** The full pipeline as an operator; every document it returns is checked with assertSound. */
  public static UnaryOperator<Document> operator() {
    return doc -> assertSound(Holder.PIPELINE.apply(doc));
  }

  /** The analysis of {@code text} published on {@code published}, checked with assertSound. */
  static Document text(String text, String published) {
    return operator().apply(Document.of(ArticleMeta.of("test").withPublished(published), text));
  }

  /** The claims of {@code text}, published on 2024-05-07. */
  static List<Claim> claims(String text) {
    return text(text, "2024-05-07").get(Layers.CLAIMS);
  }
}
