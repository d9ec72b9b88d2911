package org.newsledger.eval;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsledger.core.text.PlainText;

class AttributionEvalTest {

  private static final String FILLER = "and the river rose again ".repeat(28);

  private static final String ARTICLE =
      "Mayor Ada Lindqvist said the bridge will reopen on Friday.\n"
          + "The council announced that \u201crepairs are finished\u201d.\n"
          + "Lindqvist added that tolls stay.\n"
          + "Israeli officials said nothing changed.\n"
          + "A spokesman said the budget was cut.\n"
          + "Rumours claimed the mayor would resign "
          + FILLER
          + "in the end.\n"
          + "Nobody would deny the delay.\n"
          + "Bob's aide said the delay was short.\n"
          + "The weather was fine, someone said.\n";

  private static final String GOLD =
      """
      {"article": "corpus/test/bridge.txt", "published": "2024-03-01",
       "attributions": [
        {"speaker": ["Ada Lindqvist", "Lindqvist"], "anchor": "bridge will reopen"},
        {"speaker": ["city council", "the council"], "anchor": "\\u201crepairs are finished"},
        {"speaker": ["Ada Lindqvist"], "anchor": "tolls stay"},
        {"speaker": ["Israel"], "anchor": "nothing changed"},
        {"speaker": ["spokesman"], "anchor": "budget was cut"},
        {"speaker": ["Rumours"], "anchor": "would resign"},
        {"speaker": ["Bo"], "anchor": "The delay was SHORT"}],
       "optional": [{"anchor": "deny the delay"}]}
      """;

  // Printed by: score_attributions.py bridge.gold.json bridge.system.json, on the same files.
  private static final String PYTHON_OUTPUT =
      """
      bridge.gold.json: P 0.43 R 0.43 F1 0.43
          wrong speaker ['Israeli officials'] for 'nothing changed' (gold Israel)
          missed 'budget was cut' (spokesman)
          missed 'would resign' (Rumours)
          wrong speaker ["Bob's aide"] for 'The delay was SHORT' (gold Bo)
          spurious: 'the mayor would resign and the river rose again and the river rose aga' (Rumours)
          spurious: 'the weather was fine' (?)
      attribution F1 0.429 (P 0.429 R 0.429; tp 3 fp 4 fn 4) over 1 articles
      """;

  @TempDir Path shared;

  private static FakeAnalyzer analyzer() {
    return FakeAnalyzer.empty()
        .withEntity("e1", "Ada Lindqvist")
        .with(
            "the bridge will reopen on Friday",
            "said",
            "Mayor Ada Lindqvist",
            "Mayor Ada Lindqvist",
            "e1")
        .with("\u201crepairs are finished\u201d", "announced", "", "The council", null)
        .with("tolls stay", "added", "he", null, "e1")
        .with("nothing changed", "said", "Israeli officials", "Israeli officials", null)
        .with(
            "the mayor would resign " + FILLER + "in the end",
            "claimed",
            "Rumours",
            "Rumours",
            null)
        .with("Nobody would deny the delay", "deny", "Nobody", "Nobody", null)
        .with("the delay was short", "said", "Bob's aide", "Bob's aide", null)
        .with("The weather was fine", "said", "", null, null);
  }

  private Path writeFiles() throws IOException {
    Path article = shared.resolve("corpus/test/bridge.txt");
    Files.createDirectories(article.getParent());
    Files.writeString(article, ARTICLE, UTF_8);
    Path gold = shared.resolve("eval/attribution/bridge.gold.json");
    Files.createDirectories(gold.getParent());
    Files.writeString(gold, GOLD, UTF_8);
    return gold;
  }

  @Test
  void printsWhatThePythonScorerPrints() throws IOException {
    Path gold = writeFiles();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    AttributionEval.run(List.of(gold), analyzer(), new PrintStream(bytes, true, UTF_8));

    assertThat(bytes.toString(UTF_8)).isEqualTo(PYTHON_OUTPUT);
  }

  @Test
  void countsWrongSpeakersAsBothFalsePositiveAndFalseNegative() throws IOException {
    Path gold = writeFiles();

    Counts total =
        AttributionEval.run(
            List.of(gold), analyzer(), new PrintStream(new ByteArrayOutputStream(), true, UTF_8));

    assertThat(total).isEqualTo(new Counts(3, 4, 4));
  }

  @Test
  void givesTheArticleTheGoldPublicationDate() throws IOException {
    Path gold = writeFiles();
    String[] seen = new String[1];

    new AttributionEval(
            PlainText::read,
            doc -> {
              seen[0] = doc.meta().published();
              return doc;
            })
        .run(List.of(gold), new PrintStream(new ByteArrayOutputStream(), true, UTF_8));

    assertThat(seen[0]).isEqualTo("2024-03-01");
  }

  @Test
  void scoresAnEmptyAnalysisAsAllMissed() throws IOException {
    Path gold = writeFiles();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    Counts total =
        AttributionEval.run(
            List.of(gold), FakeAnalyzer.empty(), new PrintStream(bytes, true, UTF_8));

    assertThat(total).isEqualTo(new Counts(0, 0, 7));
    assertThat(bytes.toString(UTF_8))
        .endsWith("attribution F1 0.000 (P 0.000 R 0.000; tp 0 fp 0 fn 7) over 1 articles\n");
  }
}
