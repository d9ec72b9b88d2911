package org.newsledger.cli.bench;

import org.newsledger.core.Document;

/** One system under measurement: analyzes an article and says how many tokens it saw. */
public interface Analyzer {

  /** Short name shown in the table header. */
  String name();

  /** Analyzes one article fully and returns its token count; thread-safe. */
  int analyze(Document article);
}
