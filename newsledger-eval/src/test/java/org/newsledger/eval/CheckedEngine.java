package org.newsledger.eval;

import static org.newsledger.core.testing.DocumentChecks.assertSound;

import java.util.function.UnaryOperator;
import org.newsledger.Newsledger;
import org.newsledger.core.Document;

/** The default engine, built once per test JVM, every document it returns checked. */
public final class CheckedEngine {

  private static final class Holder {
    static final Newsledger ENGINE = Newsledger.load();
  }

  private CheckedEngine() {}

  /** The engine as an operator; every document it returns is checked with assertSound. */
  public static UnaryOperator<Document> operator() {
    return doc -> assertSound(Holder.ENGINE.apply(doc));
  }
}
