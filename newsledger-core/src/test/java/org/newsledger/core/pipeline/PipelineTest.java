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

  /** A hand-written stage that requires and provides what it is told. */
  private record FakeStage(
      String name, Set<Layer<?>> requires, Set<Layer<?>> provides, boolean fails) implements Stage {
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
}
