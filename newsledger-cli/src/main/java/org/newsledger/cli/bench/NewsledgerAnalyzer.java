package org.newsledger.cli.bench;

import static java.util.Objects.requireNonNull;

import org.newsledger.core.Document;
import org.newsledger.core.Layers;
import org.newsledger.core.pipeline.Pipeline;

/**
 * newsledger's full analysis (layout to events) as a benchmark subject.
 *
 * @param name the name in the table header
 * @param pipeline the analysis
 */
public record NewsledgerAnalyzer(String name, Pipeline pipeline) implements Analyzer {

  /** Validates the fields. */
  public NewsledgerAnalyzer {
    requireNonNull(name, "name is null");
    requireNonNull(pipeline, "pipeline is null");
  }

  /** The analysis named "newsledger". */
  public NewsledgerAnalyzer(Pipeline pipeline) {
    this("newsledger", pipeline);
  }

  @Override
  public int analyze(Document article) {
    return pipeline.apply(article).getOrEmpty(Layers.TOKENS).size();
  }
}
