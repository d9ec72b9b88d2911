package org.newsledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsledger.core.Document;
import org.newsledger.core.Layers;
import org.newsledger.core.facts.Entity;
import org.newsledger.core.facts.TimeExpression;
import org.newsledger.core.testing.DocumentChecks;
import org.newsledger.core.testing.SharedData;
import org.newsledger.eval.AttributionEval;
import org.newsledger.eval.Counts;

/** The full pipeline against the reference article's hand-made gold (read from ../shared). */
class SeedGoldTest {

  private static final String GOLD = "eval/attribution/rafah-2024-05-07.gold.json";

  private static JsonNode gold;
  private static Document seed;

  @BeforeAll
  static void analyzeSeed() throws IOException {
    Path goldPath = SharedData.require(GOLD);
    gold = new ObjectMapper().readTree(goldPath.toFile());
    seed =
        TestPipelines.full()
            .apply(EvalCommand.readArticle(SharedData.require("corpus/seed/rafah-2024-05-07.txt")));
    DocumentChecks.assertSound(seed);
  }

  @Test
  void attributionsScoreAtLeastPointNineFiveAsTheReferenceScorerCountsThem() {
    ByteArrayOutputStream report = new ByteArrayOutputStream();
    Counts total =
        new AttributionEval(EvalCommand::readArticle, TestPipelines.full()::apply)
            .run(
                List.of(SharedData.require(GOLD)),
                new PrintStream(report, true, StandardCharsets.UTF_8));
    System.out.print(report.toString(StandardCharsets.UTF_8));
    assertThat(total.f1()).isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void everyGoldEntityAppearsUnderItsCanonicalNameWithItsType() {
    List<Entity> entities = seed.get(Layers.ENTITIES);
    for (JsonNode expected : gold.get("entities")) {
      String name = expected.get("name").asText();
      String type = expected.get("type").asText();
      assertThat(entities)
          .as(name + " " + type)
          .anySatisfy(
              e -> {
                assertThat(e.name()).isEqualTo(name);
                assertThat(e.type().name()).isEqualTo(type);
              });
    }
  }

  @Test
  void goldTimesHaveTheirGoldValues() {
    List<TimeExpression> times = seed.get(Layers.TIMES);
    for (JsonNode expected : gold.get("times")) {
      String firstWord = expected.get("text").asText().split("[ ']")[0];
      String value = expected.get("value").asText();
      assertThat(times)
          .as(expected.get("text").asText())
          .anySatisfy(
              t -> {
                assertThat(t.text()).startsWith(firstWord);
                assertThat(t.value()).isEqualTo(value);
              });
    }
  }
}
