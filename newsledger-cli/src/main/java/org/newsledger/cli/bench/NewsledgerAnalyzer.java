package org.newsledger.cli.bench;

import static java.util.Objects.requireNonNull;

import org.newsledger.core.Document;
import org.newsledger.core.Layers;
import org.newsledger.core.pipeline.Pipeline;

/** newsledger's full analysis (layout to events) as a benchmark subject. */
public record NewsledgerAnalyzer(Pipeline pipeline) implements Analyzer {

  /** Validates the pipeline. */
  public NewsledgerAnalyzer {
    requireNonNull(pipeline, "pipeline is null");
  }

  @Override
  public String name() {
    return "newsledger";
  }

  @Override
  public int analyze(Document article) {
    return pipeline.apply(article).getOrEmpty(Layers.TOKENS).size();
  }
}
