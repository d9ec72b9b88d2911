package org.newsledger.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.newsledger.core.Document;
import org.newsledger.core.Invariants;

/** The one shared assertion every test applies to every document it produces. */
public final class DocumentChecks {

  private DocumentChecks() {}

  /** Asserts the document passes {@link Invariants}: spans inside, texts equal, ids resolvable. */
  public static Document assertSound(Document doc) {
    assertThat(Invariants.violations(doc))
        .as("invariant violations of " + doc.meta().id())
        .isEmpty();
    return doc;
  }
}
