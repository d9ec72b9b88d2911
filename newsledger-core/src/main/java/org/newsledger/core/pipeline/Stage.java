package org.newsledger.core.pipeline;

import java.util.Set;
import org.newsledger.core.Document;
import org.newsledger.core.Layer;

/**
 * One step of analysis. A stage is stateless and thread-safe; heavy resources are loaded once by
 * whoever constructs it and shared.
 */
public interface Stage {

  /** Short name, used in rule names, errors and diagnostics. */
  String name();

  /** Layers that must be present before this stage runs. */
  Set<Layer<?>> requires();

  /** Layers this stage adds. */
  Set<Layer<?>> provides();

  /** Returns a new document with the provided layers added; never changes {@code doc}. */
  Document apply(Document doc);
}
