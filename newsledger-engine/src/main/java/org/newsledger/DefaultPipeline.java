package org.newsledger;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsledger.attribution.AttributionStage;
import org.newsledger.attribution.ContentTagger;
import org.newsledger.attribution.CrfContentTagger;
import org.newsledger.attribution.EnsembleTagger;
import org.newsledger.claims.ClaimStage;
import org.newsledger.core.ErrorCode;
import org.newsledger.core.NewsledgerException;
import org.newsledger.core.nlp.NlpBackend;
import org.newsledger.core.nlp.NlpStage;
import org.newsledger.core.nlp.TokenRepairStage;
import org.newsledger.core.pipeline.Pipeline;
import org.newsledger.core.pipeline.Stage;
import org.newsledger.core.text.LayoutStage;
import org.newsledger.corenlp.CoreNlpBackend;
import org.newsledger.entities.EntityStages;
import org.newsledger.events.EventStage;
import org.newsledger.quantities.QuantityStage;
import org.newsledger.time.TimeStage;

/**
 * The full analysis chain: layout, NLP, token repair, times, quantities, entities, attributions,
 * events, claims.
 */
final class DefaultPipeline {

  private DefaultPipeline() {}

  /** Builds the pipeline over the given backend; word lists load here, once. */
  static Pipeline over(NlpBackend backend) {
    return over(backend, null, 0);
  }

  /**
   * Builds the pipeline over the given backend, its attribution rules followed by {@code tagger}
   * (null for rules only) keeping the contents it gives at least {@code minConfidence}.
   */
  static Pipeline over(NlpBackend backend, ContentTagger tagger, double minConfidence) {
    List<Stage> stages = new ArrayList<>();
    stages.add(new LayoutStage());
    stages.add(new NlpStage(backend));
    stages.add(new TokenRepairStage());
    stages.add(new TimeStage());
    stages.add(new QuantityStage());
    stages.addAll(EntityStages.create());
    stages.add(new AttributionStage(tagger, minConfidence));
    stages.add(new EventStage());
    stages.add(new ClaimStage());
    return Pipeline.of(stages);
  }

  /** Builds the pipeline over CoreNLP, loading its models (seconds). */
  static Pipeline load() {
    return over(CoreNlpBackend.shared());
  }

  /**
   * Builds the pipeline over CoreNLP with the learned attribution models at {@code
   * attributionModels} (written by {@code newsledger train attribution}; several are read as one
   * {@link EnsembleTagger}) keeping contents they give at least {@code minConfidence} (null: the
   * tagger's own default), or rules only when there are none.
   */
  static Pipeline load(List<Path> attributionModels, Double minConfidence) {
    if (minConfidence != null && !(minConfidence >= 0 && minConfidence <= 1)) {
      throw new NewsledgerException(
          ErrorCode.BAD_CONFIGURATION,
          "the model confidence must lie between 0 and 1, not " + minConfidence);
    }
    ContentTagger tagger = tagger(attributionModels);
    double confidence =
        minConfidence != null ? minConfidence : tagger == null ? 0 : tagger.defaultConfidence();
    return over(CoreNlpBackend.shared(), tagger, confidence);
  }

  private static ContentTagger tagger(List<Path> models) {
    if (models == null || models.isEmpty()) {
      return null;
    }
    List<CrfContentTagger> taggers = models.stream().map(CrfContentTagger::load).toList();
    return taggers.size() == 1 ? taggers.get(0) : new EnsembleTagger(taggers);
  }
}
