package org.newsledger.spark;

import java.nio.file.Path;
import java.util.List;
import org.newsledger.Newsledger;

/**
 * One engine per JVM (driver or executor), built on first use and shared by the tasks running in
 * that JVM: CoreNLP's models load once however many partitions it analyzes. A static holder, so
 * nothing of the engine is ever serialized with a task.
 */
final class Engines {

  private static Newsledger engine;
  private static EngineSettings builtWith;

  private Engines() {}

  /** The engine of this JVM for {@code settings}, built now if there is none yet. */
  static synchronized Newsledger get(EngineSettings settings) {
    if (engine == null || !settings.equals(builtWith)) {
      engine = build(settings);
      builtWith = settings;
    }
    return engine;
  }

  private static Newsledger build(EngineSettings settings) {
    List<Path> models = settings.attributionModels().stream().map(Path::of).toList();
    return Newsledger.builder()
        .threads(1)
        .attributionModels(models)
        .modelConfidence(settings.modelConfidence())
        .build();
  }
}
