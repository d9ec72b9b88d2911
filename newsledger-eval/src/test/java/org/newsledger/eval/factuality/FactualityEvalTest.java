package org.newsledger.eval.factuality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.newsledger.core.testing.SharedData;
import org.newsledger.eval.CheckedEngine;

/** The unified factuality corpus, read in place from ../shared. */
class FactualityEvalTest {

  @Test
  void scoresBothSplitsAndReportsPearson() {
    Path root = SharedData.require(FactualityEval.SHARED_PATH);
    FactualityFigures figures =
        FactualityEval.run(root, "test", CheckedEngine.operator(), System.out);
    assertThat(figures.split("meantime").tokens()).isEqualTo(188);
    assertThat(figures.split("uw").tokens()).isGreaterThan(800);
    assertThat(figures.splits()).allSatisfy(s -> assertThat(s.mae()).isBetween(0.0, 3.0));
  }

  @Test
  void tellsFactualFromUnrealizedPredicatesOnBothSplits() {
    Path root = SharedData.require(FactualityEval.SHARED_PATH);
    FactualityFigures figures =
        FactualityEval.run(root, "test", CheckedEngine.operator(), System.out);
    assertThat(figures.split("meantime").pearson()).isGreaterThan(0.40);
    assertThat(figures.split("meantime").mae()).isLessThan(0.40);
    assertThat(figures.split("uw").pearson()).isGreaterThan(0.55);
    assertThat(figures.split("uw").mae()).isLessThan(0.65);
  }
}
