package org.newsledger.events;

import java.util.function.UnaryOperator;
import org.newsledger.core.Document;

/** The test pipeline for tests in other packages. */
public final class Pipelines {

  private Pipelines() {}

  /** Layout, CoreNLP, entities, times and events; every document is checked with assertSound. */
  public static UnaryOperator<Document> full() {
    return Analyzed.operator();
  }
}
