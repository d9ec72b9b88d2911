package org.newsledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import org.newsledger.core.ArticleMeta;
import org.newsledger.core.Diagnostic;
import org.newsledger.core.Document;
import org.newsledger.core.pipeline.Budget;
import org.newsledger.core.pipeline.Pipeline;
import org.newsledger.core.testing.DocumentChecks;

/** For any text, the full analysis ends within its budget with sound spans and a valid record. */
class AnalysisPropertiesTest {

  private static final Budget BUDGET = new Budget(20_000, Duration.ofSeconds(60));

  /** Pieces of news text and of trouble, joined at random into articles. */
  private static final List<String> FRAGMENTS =
      List.of(
          "Maria Lindqvist",
          " said",
          " told reporters",
          ", according to the ministry",
          " on Monday",
          " 3,000 workers",
          " \"",
          "\"",
          "'",
          " denied that",
          " did not confirm",
          ".",
          ". ",
          "\n",
          "\n\n",
          " - ",
          "\uD83D\uDE00",
          "\u200b",
          "\u202e",
          "\u001b[31m",
          "&amp;",
          " 9999999999999999999999999999999999999999999",
          "\u05e9\u05dc\u05d5\u05dd",
          " the port authority",
          " Port Valmora",
          ":",
          "(",
          ")");

  private static Document analyze(String text) {
    Pipeline pipeline = TestPipelines.full().withBudget(BUDGET);
    return pipeline.apply(Document.of(ArticleMeta.of("property"), text));
  }

  private static void assertAnalyzedSoundly(String text) {
    Document doc = analyze(text);

    DocumentChecks.assertSound(doc);
    assertThat(doc.diagnostics())
        .extracting(Diagnostic::code)
        .doesNotContain("stage_failed", "timed_out");
    JsonSpans.assertRoundTrips(doc);
  }

  @Property(tries = 40)
  void anyStringIsAnalyzedWithSpansInsideItAndARecordThatRoundTrips(
      @ForAll @StringLength(max = 300) String text) {
    assertAnalyzedSoundly(text);
  }

  @Property(tries = 40)
  void newsLikeTextOfAnyShapeIsAnalyzedSoundly(@ForAll("newsLike") String text) {
    assertAnalyzedSoundly(text);
  }

  @Provide
  Arbitrary<String> newsLike() {
    return Arbitraries.of(FRAGMENTS).list().ofMaxSize(80).map(parts -> String.join("", parts));
  }
}
