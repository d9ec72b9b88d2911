package org.newsledger.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsledger.BatchSummary;
import org.newsledger.Newsledger;
import org.newsledger.Outcome;
import org.newsledger.cli.bench.ScalingCorpus;
import org.newsledger.core.Diagnostic;
import org.newsledger.core.Layers;
import org.newsledger.core.pipeline.Budget;
import org.newsledger.io.ReadOptions;

class TimeLimitTest {

  @TempDir Path dir;

  @Test
  void aLongCoreNlpCallStopsAtTheTimeLimitAndTheBatchGoesOn() throws Exception {
    String paragraph = ScalingCorpus.load().article(ScalingCorpus.Shape.ONE_LINE, 300_000);
    Path runaway = Files.writeString(dir.resolve("a-runaway.txt"), paragraph, UTF_8);
    Path after =
        Files.writeString(
            dir.resolve("b-after.txt"),
            "Ferry resumes\n\nThe ferry sailed on Friday, the operator said.\n",
            UTF_8);
    List<Outcome> outcomes = new ArrayList<>();

    BatchSummary summary =
        Newsledger.over(
                TestPipelines.full().withBudget(new Budget(1_000_000, Duration.ofSeconds(2))), 1)
            .analyzeAll(
                List.of(runaway.toString(), after.toString()),
                ReadOptions.defaults(),
                outcomes::add);

    assertThat(summary.analyzed()).isEqualTo(2);
    // Checked only between stages, the limit would let CoreNLP tag all 300,000 characters and
    // stop the run at the stage after it; interrupted, CoreNLP's own stage reports it.
    assertThat(outcomes.get(0).document().diagnostics())
        .filteredOn(d -> d.code().equals("timed_out"))
        .singleElement()
        .extracting(Diagnostic::stage)
        .isEqualTo("nlp");
    assertThat(outcomes.get(1).document().diagnostics())
        .extracting(Diagnostic::code)
        .doesNotContain("timed_out");
    assertThat(outcomes.get(1).document().get(Layers.TOKENS)).isNotEmpty();
    assertThat(Thread.currentThread().isInterrupted()).isFalse();
  }
}
