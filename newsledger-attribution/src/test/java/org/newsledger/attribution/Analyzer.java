package org.newsledger.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.newsledger.core.ArticleMeta;
import org.newsledger.core.CharSpan;
import org.newsledger.core.Document;
import org.newsledger.core.Layers;
import org.newsledger.core.facts.Attribution;
import org.newsledger.core.nlp.NlpStage;
import org.newsledger.core.nlp.TokenRepairStage;
import org.newsledger.core.pipeline.Pipeline;
import org.newsledger.core.pipeline.Stage;
import org.newsledger.core.testing.DocumentChecks;
import org.newsledger.core.text.LayoutStage;
import org.newsledger.corenlp.CoreNlpBackend;
import org.newsledger.entities.EntityStages;

/** Runs the pipeline up to attribution in tests, with the real entity stages. */
final class Analyzer {

  private static final AttributionStage STAGE = new AttributionStage();
  private static final Pipeline PIPELINE = pipeline();

  private Analyzer() {}

  private static Pipeline pipeline() {
    List<Stage> stages =
        new ArrayList<>(
            List.of(
                new LayoutStage(), new NlpStage(CoreNlpBackend.shared()), new TokenRepairStage()));
    stages.addAll(EntityStages.create());
    stages.add(STAGE);
    return Pipeline.of(stages).strict();
  }

  /** The analyzed body text (no headline), checked for soundness. */
  static Document body(String text) {
    return run(Document.of(ArticleMeta.of("test"), text));
  }

  /** The analyzed article whose first line is its headline, checked for soundness. */
  static Document article(String id, String text) {
    int lineEnd = text.indexOf('\n');
    CharSpan title = new CharSpan(0, lineEnd < 0 ? text.length() : lineEnd);
    ArticleMeta meta = ArticleMeta.of(id).withTitle(title.textOf(text), title);
    return run(Document.of(meta, text));
  }

  /** The attributions found in the body text. */
  static List<Attribution> attributions(String text) {
    return body(text).get(Layers.ATTRIBUTIONS);
  }

  /** The one attribution found in the body text; fails the test when there is not exactly one. */
  static Attribution only(String text) {
    List<Attribution> found = attributions(text);
    assertThat(found).as("attributions of: " + text).hasSize(1);
    return found.get(0);
  }

  private static Document run(Document doc) {
    Document analyzed = PIPELINE.apply(doc);
    if (!analyzed.diagnostics().isEmpty()) {
      throw new AssertionError("pipeline diagnostics: " + analyzed.diagnostics());
    }
    return DocumentChecks.assertSound(analyzed);
  }
}
