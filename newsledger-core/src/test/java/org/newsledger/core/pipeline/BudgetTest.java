package org.newsledger.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.newsledger.core.ArticleMeta;
import org.newsledger.core.CharSpan;
import org.newsledger.core.Diagnostic;
import org.newsledger.core.Document;
import org.newsledger.core.Layer;
import org.newsledger.core.Layers;
import org.newsledger.core.text.LayoutStage;

class BudgetTest {

  /** A stage doing what it is told, then adding an empty TIMES layer. */
  private record Step(String name, UnaryOperator<Document> work) implements Stage {
    @Override
    public Set<Layer<?>> requires() {
      return Set.of();
    }

    @Override
    public Set<Layer<?>> provides() {
      return Set.of(Layers.TIMES);
    }

    @Override
    public Document apply(Document doc) {
      return work.apply(doc).with(Layers.TIMES, List.of());
    }
  }

  private static List<String> codes(Document doc) {
    return doc.diagnostics().stream().map(Diagnostic::code).toList();
  }

  @Test
  void analyzesOnlyTheFirstCharactersOfATextBeyondTheLimitCutAtWhitespace() {
    String text = "Headline\n\n" + "word ".repeat(100);
    ArticleMeta meta = ArticleMeta.of("a").withTitle("Headline", new CharSpan(0, 8));
    Pipeline pipeline =
        Pipeline.of(List.of(new LayoutStage())).withBudget(new Budget(52, Duration.ZERO));

    Document out = pipeline.apply(Document.of(meta, text));

    assertThat(out.text()).isEqualTo(text.substring(0, 50));
    assertThat(codes(out)).containsExactly("truncated");
    assertThat(out.diagnostics().get(0).message()).contains("510", "first 50");
    assertThat(out.meta().titleSpan()).isEqualTo(new CharSpan(0, 8));
  }

  @Test
  void neverCutsASurrogatePairInTwo() {
    String text = "\uD83D\uDE00".repeat(10);
    Pipeline pipeline = Pipeline.of(List.of()).withBudget(new Budget(5, Duration.ZERO));

    Document out = pipeline.apply(Document.of(ArticleMeta.of("a"), text));

    assertThat(out.text()).isEqualTo("\uD83D\uDE00".repeat(2));
  }

  @Test
  void stopsARunawayStageAtTheTimeLimitKeepingEarlierLayers() {
    Stage runaway =
        new Step(
            "runaway",
            doc -> {
              while (true) {
                Deadline.check();
                Thread.onSpinWait();
              }
            });
    Pipeline pipeline =
        Pipeline.of(List.of(new LayoutStage(), runaway))
            .withBudget(new Budget(1000, Duration.ofMillis(50)));

    Document out = pipeline.apply(Document.of(ArticleMeta.of("a"), "Headline\n\nBody."));

    assertThat(out.has(Layers.PARAGRAPHS)).isTrue();
    assertThat(out.has(Layers.TIMES)).isFalse();
    assertThat(codes(out)).containsExactly("timed_out");
    assertThat(out.diagnostics().get(0).stage()).isEqualTo("runaway");
  }

  @Test
  void leavesNoDeadlineBehindOnTheThread() {
    Pipeline pipeline =
        Pipeline.of(List.of(new Step("quick", doc -> doc)))
            .withBudget(new Budget(1000, Duration.ofMillis(1)));
    pipeline.apply(Document.of(ArticleMeta.of("a"), "x"));

    Deadline.check();
  }

  @Test
  void turnsRunningOutOfMemoryIntoTheArticlesDiagnostic() {
    Stage hungry =
        new Step(
            "hungry",
            doc -> {
              throw new OutOfMemoryError("Java heap space");
            });

    Document out = Pipeline.of(List.of(hungry)).apply(Document.of(ArticleMeta.of("a"), "x"));

    assertThat(codes(out)).containsExactly("stage_failed");
    assertThat(out.diagnostics().get(0).message()).contains("OutOfMemoryError", "heap");
  }
}
