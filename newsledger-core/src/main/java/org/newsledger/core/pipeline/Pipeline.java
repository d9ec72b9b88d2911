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

/**
 * An ordered chain of stages, checked when built: each stage's requirements come earlier, and so
 * does every layer it reads that some stage of the chain provides. When it runs, each stage must
 * provide what it declared.
 */
public final class Pipeline {

  private final List<Stage> stages;
  private final boolean strict;

  private Pipeline(List<Stage> stages, boolean strict) {
    this.stages = List.copyOf(stages);
    this.strict = strict;
  }

  /** A pipeline of the given stages, in order; throws when a requirement is not met. */
  public static Pipeline of(List<? extends Stage> stages) {
    Set<Layer<?>> provided = new HashSet<>();
    stages.forEach(stage -> provided.addAll(requireNonNull(stage, "stage is null").provides()));
    Set<Layer<?>> available = new HashSet<>();
    for (Stage stage : stages) {
      for (Layer<?> required : stage.requires()) {
        if (!available.contains(required)) {
          throw badOrder(stage, "requires", required, "no earlier stage provides");
        }
      }
      for (Layer<?> read : stage.reads()) {
        if (provided.contains(read) && !available.contains(read)) {
          throw badOrder(stage, "reads", read, "a later stage provides");
        }
      }
      available.addAll(stage.provides());
    }
    return new Pipeline(List.copyOf(stages), false);
  }

  private static NewsledgerException badOrder(
      Stage stage, String verb, Layer<?> layer, String problem) {
    return new NewsledgerException(
        ErrorCode.BAD_PIPELINE,
        "stage '" + stage.name() + "' " + verb + " layer '" + layer + "', which " + problem);
  }

  /**
   * The same stages in strict mode: a stage that fails, or does not provide what it declared,
   * throws instead of leaving a diagnostic (for tests, where a failure must fail).
   */
  public Pipeline strict() {
    return new Pipeline(stages, true);
  }

  /** True in strict mode (see {@link #strict()}). */
  public boolean isStrict() {
    return strict;
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
   * Runs every stage in order. A stage that fails on this article, or leaves out a layer it
   * declared, stops the run for it: the document keeps the layers made so far and a {@code
   * stage_failed} diagnostic; in strict mode that throws instead.
   */
  public Document apply(Document doc) {
    Document current = doc;
    for (Stage stage : stages) {
      try {
        current = provided(stage, stage.apply(current));
      } catch (RuntimeException e) {
        if (strict) {
          throw new IllegalStateException(
              "stage '" + stage.name() + "' failed on article '" + doc.meta().id() + "'", e);
        }
        return current.withDiagnostic(
            new Diagnostic("stage_failed", describe(e), stage.name(), null));
      }
    }
    return current;
  }

  /** {@code result}, after checking that it holds every layer {@code stage} declared. */
  private static Document provided(Stage stage, Document result) {
    for (Layer<?> layer : stage.provides()) {
      if (!result.has(layer)) {
        throw new IllegalStateException(
            "stage '" + stage.name() + "' did not provide layer '" + layer + "'");
      }
    }
    return result;
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
    return "Pipeline" + names + (strict ? " (strict)" : "");
  }
}
