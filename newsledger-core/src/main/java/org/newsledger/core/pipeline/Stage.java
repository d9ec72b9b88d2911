package org.newsledger.core.pipeline;

import java.util.Set;
import org.newsledger.core.Document;
import org.newsledger.core.Layer;

/**
 * One step of analysis. A stage is stateless and thread-safe; heavy resources are loaded once by
 * whoever constructs it and shared. It declares what it needs ({@link #requires}), what it looks at
 * when present ({@link #reads}) and what it adds ({@link #provides}); {@link Pipeline} checks the
 * three when it is built and when it runs.
 */
public interface Stage {

  /** Short name, used in rule names, errors and diagnostics. */
  String name();

  /** Layers that must be present before this stage runs. */
  Set<Layer<?>> requires();

  /**
   * Layers this stage reads when present but can do without (events read attributions when there
   * are some); a pipeline that provides one must provide it before this stage. Empty by default.
   */
  default Set<Layer<?>> reads() {
    return Set.of();
  }

  /** Layers this stage adds; each is present in the document {@link #apply} returns. */
  Set<Layer<?>> provides();

  /** Returns a new document with the provided layers added; never changes {@code doc}. */
  Document apply(Document doc);
}
