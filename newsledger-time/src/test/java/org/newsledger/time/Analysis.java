package org.newsledger.time;

import java.util.List;
import org.newsledger.core.ArticleMeta;
import org.newsledger.core.Document;
import org.newsledger.core.Layers;
import org.newsledger.core.facts.TimeExpression;
import org.newsledger.core.nlp.NlpStage;
import org.newsledger.core.nlp.TokenRepairStage;
import org.newsledger.core.pipeline.Pipeline;
import org.newsledger.core.testing.DocumentChecks;
import org.newsledger.core.text.LayoutStage;
import org.newsledger.corenlp.CoreNlpBackend;

/** The shared test pipeline: layout, CoreNLP and the time stage. */
final class Analysis {

  private static final class Holder {
    static final Pipeline PIPELINE =
        Pipeline.of(
                List.of(
                    new LayoutStage(),
                    new NlpStage(CoreNlpBackend.shared()),
                    new TokenRepairStage(),
                    new TimeStage()))
            .strict();
  }

  private Analysis() {}

  /** The pipeline, built on first use. */
  static Pipeline pipeline() {
    return Holder.PIPELINE;
  }

  /** Analyzes {@code text} published on {@code published} (null for unknown); checks soundness. */
  static Document analyze(String text, String published) {
    Document doc = Document.of(ArticleMeta.of("test").withPublished(published), text);
    return DocumentChecks.assertSound(pipeline().apply(doc));
  }

  /** The time expressions of {@code text}. */
  static List<TimeExpression> times(String text, String published) {
    return analyze(text, published).get(Layers.TIMES);
  }

  /** The first expression whose text is {@code covered}. */
  static TimeExpression find(List<TimeExpression> times, String covered) {
    return times.stream()
        .filter(t -> t.text().equals(covered))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no time '" + covered + "' in " + times));
  }
}
