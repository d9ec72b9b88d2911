package org.newsledger.cli;

import org.newsledger.Newsledger;
import org.newsledger.core.pipeline.Pipeline;

/** The full pipeline, built once per test JVM. */
final class TestPipelines {

  private TestPipelines() {}

  /** The shared default pipeline over CoreNLP. */
  static Pipeline full() {
    return Holder.PIPELINE;
  }

  private static final class Holder {
    static final Pipeline PIPELINE = Newsledger.load().pipeline();
  }
}
