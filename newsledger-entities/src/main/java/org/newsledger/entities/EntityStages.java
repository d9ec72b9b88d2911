package org.newsledger.entities;

import java.util.List;
import org.newsledger.core.pipeline.Stage;

/** The entity stages, in the order a pipeline runs them. */
public final class EntityStages {

  private EntityStages() {}

  /** The mention stage, then the coreference stage; both share the loaded word lists. */
  public static List<Stage> create() {
    return List.of(new MentionStage(), new CorefStage());
  }
}
