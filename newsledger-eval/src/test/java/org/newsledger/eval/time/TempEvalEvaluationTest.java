package org.newsledger.eval.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsledger.core.nlp.NlpStage;
import org.newsledger.core.nlp.TokenRepairStage;
import org.newsledger.core.pipeline.Pipeline;
import org.newsledger.core.testing.DocumentChecks;
import org.newsledger.core.testing.SharedData;
import org.newsledger.core.text.LayoutStage;
import org.newsledger.corenlp.CoreNlpBackend;
import org.newsledger.time.TimeStage;

class TempEvalEvaluationTest {

  @Test
  void scoresPlatinumFilesAboveAFloor() {
    Path folder =
        SharedData.require(
            System.getProperty(
                "newsledger.tempeval", "datasets/tempeval3/Evaluation/te3-platinum"));
    Pipeline pipeline =
        Pipeline.of(
                List.of(
                    new LayoutStage(),
                    new NlpStage(CoreNlpBackend.shared()),
                    new TokenRepairStage(),
                    new TimeStage()))
            .strict();
    int files = Boolean.getBoolean("newsledger.fullEval") ? Integer.MAX_VALUE : 6;
    TempEvalScores scores =
        TempEvalEvaluation.evaluate(
            doc -> DocumentChecks.assertSound(pipeline.apply(doc)), folder, System.out, files);

    assertThat(scores.gold()).isPositive();
    assertThat(scores.relaxedF1()).isGreaterThan(0.6);
    assertThat(scores.strictF1()).isGreaterThan(0.45);
    assertThat(scores.valueAccuracy()).isGreaterThan(0.5);
  }
}
