package org.newsledger.core.pipeline;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsledger.core.ArticleMeta;
import org.newsledger.core.CharSpan;
import org.newsledger.core.Diagnostic;
import org.newsledger.core.Document;
import org.newsledger.core.ErrorCode;
import org.newsledger.core.Layer;
import org.newsledger.core.NewsledgerException;

/**
 * An ordered chain of stages, checked when built: each stage's requirements come earlier, and so
 * does every layer it reads that some stage of the chain provides. When it runs, each stage must
 * provide what it declared. A run keeps to the pipeline's {@link Budget} (none unless {@link
 * #withBudget} gives one).
 */
public final class Pipeline {

  private static final String NAME = "pipeline";

  /** How far back from the size limit a cut looks for whitespace, chars. */
  private static final int CUT_SEARCH = 1_000;

  private final List<Stage> stages;
  private final boolean strict;
  private final Budget budget;

  private Pipeline(List<Stage> stages, boolean strict, Budget budget) {
    this.stages = List.copyOf(stages);
    this.strict = strict;
    this.budget = requireNonNull(budget, "budget is null");
  }

  /**
   * A pipeline of the given stages, in order; throws when a requirement is not met, when a stage
   * reads a layer that a later stage provides, or when a stage replaces a layer (provides one that
   * is already there, as the token repair does) that a stage between has already used: every stage
   * must see the layer's last version.
   */
  public static Pipeline of(List<? extends Stage> stages) {
    Set<Layer<?>> provided = new HashSet<>();
    stages.forEach(stage -> provided.addAll(requireNonNull(stage, "stage is null").provides()));
    Set<Layer<?>> available = new HashSet<>();
    Map<Layer<?>, Stage> firstUser = new HashMap<>();
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
      for (Layer<?> replaced : stage.provides()) {
        Stage user = firstUser.get(replaced);
        if (user != null && user != stage) {
          String verb = user.requires().contains(replaced) ? "requires" : "reads";
          throw badOrder(user, verb, replaced, "the later stage '" + stage.name() + "' replaces");
        }
      }
      for (Layer<?> used : stage.requires()) {
        firstUser.putIfAbsent(used, stage);
      }
      for (Layer<?> used : stage.reads()) {
        firstUser.putIfAbsent(used, stage);
      }
      stage.provides().forEach(firstUser::remove);
      available.addAll(stage.provides());
    }
    return new Pipeline(List.copyOf(stages), false, Budget.unlimited());
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
    return new Pipeline(stages, true, budget);
  }

  /** The same stages run within {@code newBudget}. */
  public Pipeline withBudget(Budget newBudget) {
    return new Pipeline(stages, strict, requireNonNull(newBudget, "newBudget is null"));
  }

  /** The budget each article is analyzed within. */
  public Budget budget() {
    return budget;
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
   * Runs every stage in order, within the budget. A stage that fails on this article, or leaves out
   * a layer it declared, stops the run for it: the document keeps the layers made so far and a
   * {@code stage_failed} diagnostic (also for running out of memory or stack; in strict mode that
   * throws instead); past the time limit it gets a {@code timed_out} one.
   */
  public Document apply(Document doc) {
    Document current = doc.text().length() > budget.maxChars() ? truncated(doc) : doc;
    long[] previous = budget.timed() ? Deadline.start(budget.timeLimit().toNanos()) : null;
    try {
      for (Stage stage : stages) {
        try {
          Deadline.check();
          current = provided(stage, stage.apply(current));
        } catch (Deadline.Exceeded e) {
          return current.withDiagnostic(timedOut(stage));
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
          if (strict) {
            throw new IllegalStateException(
                "stage '" + stage.name() + "' failed on article '" + doc.meta().id() + "'", e);
          }
          return current.withDiagnostic(
              new Diagnostic("stage_failed", describe(e), stage.name(), null));
        }
      }
      return current;
    } finally {
      if (budget.timed()) {
        Deadline.restore(previous);
      }
    }
  }

  private Diagnostic timedOut(Stage stage) {
    String message =
        "analysis stopped at stage '"
            + stage.name()
            + "' after the time limit of "
            + budget.timeLimit().toSeconds()
            + " s";
    return new Diagnostic("timed_out", message, stage.name(), null);
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

  /** The document cut to the budget's size, at whitespace when there is some near the limit. */
  private Document truncated(Document doc) {
    String text = doc.text();
    int cut = budget.maxChars();
    for (int i = cut; i > Math.max(0, cut - CUT_SEARCH); i--) {
      if (Character.isWhitespace(text.charAt(i - 1))) {
        cut = i;
        break;
      }
    }
    if (Character.isHighSurrogate(text.charAt(cut - 1))) {
      cut--;
    }
    Document cutDoc = Document.of(clipped(doc.meta(), cut), text.substring(0, cut));
    for (Diagnostic diagnostic : doc.diagnostics()) {
      if (diagnostic.span() == null || diagnostic.span().end() <= cut) {
        cutDoc = cutDoc.withDiagnostic(diagnostic);
      }
    }
    return cutDoc.withDiagnostic(
        new Diagnostic(
            "truncated",
            String.format(
                Locale.ROOT,
                "the text has %,d characters; only the first %,d were analyzed (limit %,d)",
                text.length(),
                cut,
                budget.maxChars()),
            NAME,
            null));
  }

  private static ArticleMeta clipped(ArticleMeta meta, int cut) {
    CharSpan title =
        meta.titleSpan() != null && meta.titleSpan().end() <= cut ? meta.titleSpan() : null;
    List<CharSpan> datelines = new ArrayList<>();
    meta.datelineSpans().stream().filter(span -> span.end() <= cut).forEach(datelines::add);
    return new ArticleMeta(
        meta.id(), meta.title(), meta.published(), meta.dateline(), meta.url(), title, datelines);
  }

  private static String describe(Throwable e) {
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
