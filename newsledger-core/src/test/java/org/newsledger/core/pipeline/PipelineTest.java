package org.newsledger.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsledger.core.ArticleMeta;
import org.newsledger.core.Document;
import org.newsledger.core.Layer;
import org.newsledger.core.Layers;
import org.newsledger.core.NewsledgerException;
import org.newsledger.core.text.LayoutStage;

class PipelineTest {

  /**
   * A hand-written stage that requires, reads and provides what it is told, and adds the times
   * layer (or fails).
   */
  private record FakeStage(
      String name,
      Set<Layer<?>> requires,
      Set<Layer<?>> reads,
      Set<Layer<?>> provides,
      boolean fails)
      implements Stage {

    FakeStage(String name, Set<Layer<?>> requires, Set<Layer<?>> provides, boolean fails) {
      this(name, requires, Set.of(), provides, fails);
    }

    @Override
    public Document apply(Document doc) {
      if (fails) {
        throw new IllegalStateException("boom\nsecond line");
      }
      return doc.with(Layers.TIMES, List.of());
    }
  }

  @Test
  void rejectsStageWhoseRequirementComesLater() {
    Stage needsTokens = new FakeStage("times", Set.of(Layers.TOKENS), Set.of(Layers.TIMES), false);
    assertThatThrownBy(() -> Pipeline.of(List.of(new LayoutStage(), needsTokens)))
        .isInstanceOf(NewsledgerException.class)
        .hasMessageContaining("'times'")
        .hasMessageContaining("'tokens'");
  }

  @Test
  void runsStagesInOrderAndNeverChangesTheInput() {
    Stage times = new FakeStage("times", Set.of(Layers.PARAGRAPHS), Set.of(Layers.TIMES), false);
    Pipeline pipeline = Pipeline.of(List.of(new LayoutStage(), times));
    Document input = Document.of(ArticleMeta.of("a"), "Headline\nBody text.");
    Document output = pipeline.apply(input);
    assertThat(input.layers()).isEmpty();
    assertThat(output.layers()).containsExactly(Layers.PARAGRAPHS, Layers.TIMES);
  }

  @Test
  void failingStageLeavesDiagnosticAndKeepsEarlierLayers() {
    Stage broken = new FakeStage("broken", Set.of(), Set.of(Layers.TIMES), true);
    Document output =
        Pipeline.of(List.of(new LayoutStage(), broken))
            .apply(Document.of(ArticleMeta.of("a"), "x"));
    assertThat(output.has(Layers.PARAGRAPHS)).isTrue();
    assertThat(output.diagnostics())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo("stage_failed");
              assertThat(d.stage()).isEqualTo("broken");
              assertThat(d.message()).isEqualTo("IllegalStateException: boom");
            });
  }

  @Test
  void rejectsStageThatReadsALayerALaterStageProvides() {
    Stage readsTimes =
        new FakeStage(
            "quantities", Set.of(), Set.of(Layers.TIMES), Set.of(Layers.QUANTITIES), false);
    Stage times = new FakeStage("times", Set.of(), Set.of(Layers.TIMES), false);
    assertThatThrownBy(() -> Pipeline.of(List.of(readsTimes, times)))
        .isInstanceOf(NewsledgerException.class)
        .hasMessageContaining("'quantities' reads layer 'times'")
        .hasMessageContaining("later stage");
  }

  @Test
  void rejectsStageThatReplacesALayerAnEarlierStageAlreadyUsed() {
    Stage times = new FakeStage("times", Set.of(), Set.of(Layers.TIMES), false);
    Stage usesTimes =
        new FakeStage("quantities", Set.of(Layers.TIMES), Set.of(Layers.QUANTITIES), false);
    Stage replacesTimes =
        new FakeStage("repair", Set.of(Layers.TIMES), Set.of(Layers.TIMES), false);
    assertThatThrownBy(() -> Pipeline.of(List.of(times, usesTimes, replacesTimes)))
        .isInstanceOf(NewsledgerException.class)
        .hasMessageContaining("'quantities' requires layer 'times'")
        .hasMessageContaining("the later stage 'repair' replaces");
    assertThat(Pipeline.of(List.of(times, replacesTimes, usesTimes)).stages()).hasSize(3);
  }

  @Test
  void acceptsStageThatReadsALayerNoStageProvides() {
    Stage readsTimes =
        new FakeStage(
            "quantities", Set.of(), Set.of(Layers.TIMES), Set.of(Layers.QUANTITIES), false);
    assertThat(Pipeline.of(List.of(new LayoutStage(), readsTimes)).stages()).hasSize(2);
  }

  @Test
  void stageThatLeavesOutADeclaredLayerFailsOnThatArticle() {
    Stage liar = new FakeStage("liar", Set.of(), Set.of(Layers.TIMES, Layers.EVENTS), false);
    Document output =
        Pipeline.of(List.of(new LayoutStage(), liar)).apply(Document.of(ArticleMeta.of("a"), "x"));
    assertThat(output.has(Layers.TIMES)).isFalse();
    assertThat(output.diagnostics())
        .singleElement()
        .satisfies(d -> assertThat(d.message()).contains("did not provide layer 'events'"));
  }

  @Test
  void strictPipelineThrowsWhereALenientOneLeavesADiagnostic() {
    Stage broken = new FakeStage("broken", Set.of(), Set.of(Layers.TIMES), true);
    Pipeline strict = Pipeline.of(List.of(new LayoutStage(), broken)).strict();
    assertThat(strict.isStrict()).isTrue();
    assertThatThrownBy(() -> strict.apply(Document.of(ArticleMeta.of("a1"), "x")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'broken'")
        .hasMessageContaining("'a1'")
        .hasRootCauseMessage("boom\nsecond line");
  }
}
