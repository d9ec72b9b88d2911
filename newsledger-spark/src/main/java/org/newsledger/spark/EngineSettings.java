package org.newsledger.spark;

import java.io.Serializable;
import java.util.List;

/**
 * How each executor builds its engine: a small serializable description (the engine itself is never
 * serialized).
 *
 * @param attributionModels paths of learned attribution models, read on each executor (none for the
 *     rules alone)
 * @param modelConfidence the models' confidence, or null for the default
 */
public record EngineSettings(List<String> attributionModels, Double modelConfidence)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Copies the list. */
  public EngineSettings {
    attributionModels = List.copyOf(attributionModels);
  }

  /** The rules alone, no learned model. */
  public static EngineSettings defaults() {
    return new EngineSettings(List.of(), null);
  }
}
