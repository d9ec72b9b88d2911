package org.newsledger.quantities;

import java.util.List;
import org.newsledger.core.ArticleMeta;
import org.newsledger.core.Document;
import org.newsledger.core.Layers;
import org.newsledger.core.facts.Quantity;
import org.newsledger.core.nlp.NlpStage;
import org.newsledger.core.nlp.TokenRepairStage;
import org.newsledger.core.pipeline.Pipeline;
import org.newsledger.core.testing.DocumentChecks;
import org.newsledger.core.text.LayoutStage;
import org.newsledger.corenlp.CoreNlpBackend;

/** The shared test pipeline: layout, CoreNLP and the quantity stage. */
final class Analysis {

  private static final class Holder {
    static final Pipeline PIPELINE =
        Pipeline.of(
                List.of(
                    new LayoutStage(),
                    new NlpStage(CoreNlpBackend.shared()),
                    new TokenRepairStage(),
                    new QuantityStage()))
            .strict();
  }

  private Analysis() {}

  /** The pipeline, built on first use. */
  static Pipeline pipeline() {
    return Holder.PIPELINE;
  }

  /** Analyzes {@code text}; checks soundness. */
  static Document analyze(String text) {
    Document doc = Document.of(ArticleMeta.of("test"), text);
    return DocumentChecks.assertSound(pipeline().apply(doc));
  }

  /** The quantities of {@code text}. */
  static List<Quantity> quantities(String text) {
    return analyze(text).get(Layers.QUANTITIES);
  }

  /** The quantity whose number is written {@code number}. */
  static Quantity find(List<Quantity> quantities, String number) {
    return quantities.stream()
        .filter(q -> q.number().equals(number))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no quantity '" + number + "' in " + quantities));
  }
}
