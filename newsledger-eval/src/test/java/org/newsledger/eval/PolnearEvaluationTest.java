package org.newsledger.eval;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.newsledger.core.Document;
import org.newsledger.core.Excerpt;
import org.newsledger.core.Layers;
import org.newsledger.core.facts.Attribution;
import org.newsledger.core.facts.AttributionKind;
import org.newsledger.core.facts.Source;
import org.newsledger.core.facts.SourceType;
import org.newsledger.core.testing.SharedData;

class PolnearEvaluationTest {

  private static final int LIMIT = 6;

  private static PolnearCorpus corpus() {
    Path root = SharedData.require("datasets/polnear/data/dev").getParent().getParent();
    return PolnearCorpus.at(root);
  }

  /** Answers with the gold itself: every figure must be perfect. */
  private static UnaryOperator<Document> oracle(PolnearCorpus corpus) {
    Map<String, PolnearArticle> byName = new LinkedHashMap<>();
    corpus.articles("dev", LIMIT).forEach(a -> byName.put(a.name(), a));
    return doc -> {
      String text = doc.text();
      List<Attribution> made = new ArrayList<>();
      for (PolnearAttribution gold : byName.get(doc.meta().id()).gold(text)) {
        Excerpt cue =
            Excerpt.of(text, gold.cue().isEmpty() ? gold.contentCover() : gold.cue().get(0));
        Excerpt mention = gold.source().isEmpty() ? null : Excerpt.of(text, gold.source().get(0));
        Source source =
            new Source(
                null,
                mention == null ? "" : mention.text(),
                mention == null ? SourceType.UNKNOWN : SourceType.PERSON,
                mention);
        made.add(
            new Attribution(
                "a" + made.size(),
                AttributionKind.INDIRECT,
                cue,
                Excerpt.of(text, gold.contentCover()),
                source,
                null,
                false,
                "oracle"));
      }
      return doc.with(Layers.ATTRIBUTIONS, made);
    };
  }

  private static List<PolnearFigures> evaluate(
      PolnearCorpus corpus, Map<String, UnaryOperator<Document>> systems, PrintStream out) {
    return new PolnearEvaluation(corpus, new PolnearScorer(SpeechCues.load()))
        .evaluate("dev", systems, out, LIMIT);
  }

  @Test
  void scoresTheGoldItselfAsPerfect() {
    PolnearCorpus corpus = corpus();

    PolnearFigures figures =
        evaluate(
                corpus,
                Map.of("oracle", oracle(corpus)),
                new PrintStream(new ByteArrayOutputStream(), true, UTF_8))
            .get(0);

    assertThat(figures.articles()).isEqualTo(LIMIT);
    assertThat(figures.counts().gold()).isPositive();
    assertThat(figures.content().f1()).isEqualTo(1.0);
    assertThat(figures.exact().f1()).isEqualTo(1.0);
    assertThat(figures.sourceAccuracy()).isEqualTo(1.0);
    assertThat(figures.cueAccuracy()).isEqualTo(1.0);
    assertThat(figures.speechCueRecall()).isEqualTo(1.0);
  }

  @Test
  void printsSystemsSideBySideOverTheSameArticles() {
    PolnearCorpus corpus = corpus();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Map<String, UnaryOperator<Document>> systems = new LinkedHashMap<>();
    systems.put("oracle", oracle(corpus));
    systems.put("nothing", FakeAnalyzer.empty());

    List<PolnearFigures> figures = evaluate(corpus, systems, new PrintStream(bytes, true, UTF_8));

    String table = bytes.toString(UTF_8);
    System.out.print(table);
    assertThat(table).startsWith("PolNeAR dev (6 articles)").contains("\noracle ", "\nnothing ");
    assertThat(figures.get(1).counts().gold()).isEqualTo(figures.get(0).counts().gold());
    assertThat(figures.get(1).content().recall()).isZero();
  }

  @Test
  void countsAThrowingAnalyzerAsAFailureFindingNothing() {
    PolnearFigures figures =
        evaluate(
                corpus(),
                Map.of(
                    "broken",
                    doc -> {
                      throw new IllegalStateException("boom");
                    }),
                new PrintStream(new ByteArrayOutputStream(), true, UTF_8))
            .get(0);

    assertThat(figures.failures()).isEqualTo(LIMIT);
    assertThat(figures.counts().system()).isZero();
  }

  @Test
  void readsEveryDevArticleWithItsGold() {
    List<PolnearArticle> articles = corpus().articles("dev", Integer.MAX_VALUE);

    assertThat(articles).hasSize(84);
    assertThat(articles).allSatisfy(a -> assertThat(a.published()).matches("2016-\\d\\d-\\d\\d"));
  }

  @Test
  void writesOneErrorRowPerMissOfEachSystem() {
    PolnearCorpus corpus = corpus();
    Map<String, UnaryOperator<Document>> systems = new LinkedHashMap<>();
    systems.put("oracle", oracle(corpus));
    systems.put("nothing", FakeAnalyzer.empty());
    ByteArrayOutputStream rows = new ByteArrayOutputStream();

    List<PolnearFigures> figures =
        new PolnearEvaluation(corpus, new PolnearScorer(SpeechCues.load()))
            .evaluate(
                "dev",
                systems,
                new PrintStream(new ByteArrayOutputStream(), true, UTF_8),
                LIMIT,
                new PrintStream(rows, true, UTF_8));

    List<String> lines = rows.toString(UTF_8).lines().toList();
    assertThat(lines.get(0)).isEqualTo("system\t" + PolnearError.tsvHeader());
    assertThat(lines.subList(1, lines.size()))
        .hasSize(figures.get(1).counts().gold())
        .allSatisfy(line -> assertThat(line).startsWith("nothing\t").contains("\tmissed\t"));
  }

  @Test
  void parsesTheErrorFileOption() {
    PolnearCommand command = PolnearCommand.parse("--split", "train", "--errors", "dev.tsv");

    assertThat(command.split()).isEqualTo("train");
    assertThat(command.errors()).isEqualTo(Path.of("dev.tsv"));
    assertThat(PolnearCommand.parse().errors()).isNull();
  }
}
