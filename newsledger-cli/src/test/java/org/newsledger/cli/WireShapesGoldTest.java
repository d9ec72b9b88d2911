package org.newsledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.newsledger.eval.AttributionEval;
import org.newsledger.eval.Counts;

/**
 * The full pipeline against hand-made gold of project-written wire stories (src/test/resources/
 * wire-shapes: speakers through pronouns after appositions, outlets citing sources, split and
 * continued quotations, asides inside reported subjects), scored as score_attributions.py scores.
 */
class WireShapesGoldTest {

  private static final Path GOLDS = Path.of("src/test/resources/wire-shapes/eval/attribution");

  @Test
  void attributionsOfTheProjectWrittenWireStoriesScoreAtLeastPointEightEight() throws IOException {
    List<Path> golds;
    try (Stream<Path> files = Files.list(GOLDS)) {
      golds = files.filter(p -> p.toString().endsWith(".gold.json")).sorted().toList();
    }
    assertThat(golds).hasSize(6);
    ByteArrayOutputStream report = new ByteArrayOutputStream();
    Counts total =
        new AttributionEval(EvalCommand::readArticle, TestPipelines.full()::apply)
            .run(golds, new PrintStream(report, true, StandardCharsets.UTF_8));
    System.out.print(report.toString(StandardCharsets.UTF_8));
    assertThat(total.f1()).isGreaterThanOrEqualTo(0.88);
  }
}
