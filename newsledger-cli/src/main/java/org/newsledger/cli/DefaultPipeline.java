package org.newsledger.cli;

import java.util.ArrayList;
import java.util.List;
import org.newsledger.attribution.AttributionStage;
import org.newsledger.claims.ClaimStage;
import org.newsledger.core.nlp.NlpBackend;
import org.newsledger.core.nlp.NlpStage;
import org.newsledger.core.pipeline.Pipeline;
import org.newsledger.core.pipeline.Stage;
import org.newsledger.core.text.LayoutStage;
import org.newsledger.corenlp.CoreNlpBackend;
import org.newsledger.entities.EntityStages;
import org.newsledger.events.EventStage;
import org.newsledger.quantities.QuantityStage;
import org.newsledger.time.TimeStage;

/**
 * The full analysis chain: layout, NLP, times, quantities, entities, attributions, events, claims.
 */
public final class DefaultPipeline {

  private DefaultPipeline() {}

  /** Builds the pipeline over the given backend; word lists load here, once. */
  public static Pipeline over(NlpBackend backend) {
    List<Stage> stages = new ArrayList<>();
    stages.add(new LayoutStage());
    stages.add(new NlpStage(backend));
    stages.add(new TimeStage());
    stages.add(new QuantityStage());
    stages.addAll(EntityStages.create());
    stages.add(new AttributionStage());
    stages.add(new EventStage());
    stages.add(new ClaimStage());
    return Pipeline.of(stages);
  }

  /** Builds the pipeline over CoreNLP, loading its models (seconds). */
  public static Pipeline load() {
    return over(CoreNlpBackend.shared());
  }
}
