package org.newsledger.core.pipeline;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsledger.core.Diagnostic;
import org.newsledger.core.Document;
import org.newsledger.core.ErrorCode;
import org.newsledger.core.Layer;
import org.newsledger.core.NewsledgerException;

/** An ordered chain of stages, checked when built: each stage's requirements come earlier. */
public final class Pipeline {

  private final List<Stage> stages;

  private Pipeline(List<Stage> stages) {
    this.stages = List.copyOf(stages);
  }

  /** A pipeline of the given stages, in order; throws when a requirement is not met. */
  public static Pipeline of(List<? extends Stage> stages) {
    Set<Layer<?>> available = new HashSet<>();
    for (Stage stage : stages) {
      requireNonNull(stage, "stage is null");
      for (Layer<?> required : stage.requires()) {
        if (!available.contains(required)) {
          throw new NewsledgerException(
              ErrorCode.BAD_PIPELINE,
              "stage '"
                  + stage.name()
                  + "' requires layer '"
                  + required
                  + "', which no earlier stage provides");
        }
      }
      available.addAll(stage.provides());
    }
    return new Pipeline(List.copyOf(stages));
  }

  /** The stages, in order. */
  public List<Stage> stages() {
    return stages;
  }

  /** Layers a document holds after a full run. */
  public Set<Layer<?>> provides() {
    Set<Layer<?>> all = new HashSet<>();
    stages.forEach(stage -> all.addAll(stage.provides()));
    return all;
  }

  /**
   * Runs every stage in order. A stage that fails on this article stops the run for it: the
   * document keeps the layers made so far and a {@code stage_failed} diagnostic.
   */
  public Document apply(Document doc) {
    Document current = doc;
    for (Stage stage : stages) {
      try {
        current = stage.apply(current);
      } catch (RuntimeException e) {
        return current.withDiagnostic(
            new Diagnostic("stage_failed", describe(e), stage.name(), null));
      }
    }
    return current;
  }

  private static String describe(RuntimeException e) {
    String message =
        e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("");
    return e.getClass().getSimpleName() + message;
  }

  /** Names of the stages, for messages. */
  @Override
  public String toString() {
    List<String> names = new ArrayList<>();
    stages.forEach(stage -> names.add(stage.name()));
    return "Pipeline" + names;
  }
}
