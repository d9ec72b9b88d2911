package org.newsledger.eval.quantities;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
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
import org.newsledger.quantities.QuantityStage;

class QuantityEvalTest {

  @Test
  void scoresTheSeedGoldWithFullRecall() {
    Path gold = SharedData.require("eval/attribution/rafah-2024-05-07.gold.json");
    Pipeline pipeline =
        Pipeline.of(
                List.of(
                    new LayoutStage(),
                    new NlpStage(CoreNlpBackend.shared()),
                    new TokenRepairStage(),
                    new QuantityStage()))
            .strict();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    QuantityScores scores =
        QuantityEval.run(
            List.of(gold),
            doc -> DocumentChecks.assertSound(pipeline.apply(doc)),
            new PrintStream(bytes, true, UTF_8));
    String report = bytes.toString(UTF_8);
    System.out.print(report);

    assertThat(scores.recall()).isEqualTo(1.0);
    assertThat(scores.qualifierAccuracy()).isEqualTo(1.0);
    assertThat(scores.precision()).isGreaterThanOrEqualTo(0.6);
    assertThat(report).contains("quantities F1 ").endsWith("over 1 articles\n");
  }
}
