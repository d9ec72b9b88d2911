package org.newsledger.attribution;

import java.util.ArrayList;
import java.util.List;
import org.newsledger.core.ArticleMeta;
import org.newsledger.core.Document;
import org.newsledger.core.nlp.NlpStage;
import org.newsledger.core.nlp.TokenRepairStage;
import org.newsledger.core.pipeline.Pipeline;
import org.newsledger.core.pipeline.Stage;
import org.newsledger.core.testing.DocumentChecks;
import org.newsledger.core.text.LayoutStage;
import org.newsledger.corenlp.CoreNlpBackend;
import org.newsledger.entities.EntityStages;

/** Runs the pipeline up to attribution (rules only) in tests, with the real entity stages. */
final class Analyzer {

  private static final Pipeline PIPELINE = pipeline();

  private Analyzer() {}

  private static Pipeline pipeline() {
    List<Stage> stages =
        new ArrayList<>(
            List.of(
                new LayoutStage(), new NlpStage(CoreNlpBackend.shared()), new TokenRepairStage()));
    stages.addAll(EntityStages.create());
    stages.add(new AttributionStage());
    return Pipeline.of(stages).strict();
  }

  /** The analyzed body text (no headline), checked for soundness. */
  static Document body(String text) {
    Document analyzed = PIPELINE.apply(Document.of(ArticleMeta.of("test"), text));
    if (!analyzed.diagnostics().isEmpty()) {
      throw new AssertionError("pipeline diagnostics: " + analyzed.diagnostics());
    }
    return DocumentChecks.assertSound(analyzed);
  }
}
