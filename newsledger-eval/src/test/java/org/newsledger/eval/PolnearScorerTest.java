package org.newsledger.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsledger.core.ArticleMeta;
import org.newsledger.core.CharSpan;
import org.newsledger.core.Document;

class PolnearScorerTest {

  private static final String TEXT =
      "Mayor Ada Lindqvist said the bridge will reopen on Friday. "
          + "Residents fear long delays on the river road. "
          + "\u201cWe are ready,\u201d a spokesman said.";

  private static final PolnearScorer SCORER = new PolnearScorer(SpeechCues.load());

  private static CharSpan span(String words) {
    int at = TEXT.indexOf(words);
    return new CharSpan(at, at + words.length());
  }

  private static final List<PolnearAttribution> GOLD =
      List.of(
          new PolnearAttribution(
              "E1",
              List.of(span("the bridge will reopen on Friday")),
              List.of(span("said")),
              List.of(span("Mayor Ada Lindqvist"))),
          new PolnearAttribution(
              "E2",
              List.of(span("long delays on the river road")),
              List.of(span("fear")),
              List.of(span("Residents"))),
          new PolnearAttribution(
              "E3",
              List.of(span("\u201cWe are ready,\u201d")),
              List.of(new CharSpan(TEXT.lastIndexOf("said"), TEXT.lastIndexOf("said") + 4)),
              List.of(span("a spokesman"))));

  private static PolnearCounts score(FakeAnalyzer analyzer) {
    Document doc = analyzer.apply(Document.of(ArticleMeta.of("t"), TEXT));
    return SCORER.score(doc, GOLD);
  }

  @Test
  void matchesContentsSharingHalfTheWordsOfTheLargerSpan() {
    PolnearCounts counts =
        score(
            FakeAnalyzer.empty()
                .with("the bridge will reopen", "said", "Lindqvist", "Lindqvist", null)
                .with("the bridge", "said", "Lindqvist", null, null));

    assertThat(counts.content()).isEqualTo(new Counts(1, 1, 2));
    assertThat(counts.exact()).isZero();
  }

  @Test
  void countsExactSpansDespiteQuoteMarksAndPunctuationAtTheEdges() {
    PolnearCounts counts =
        score(
            FakeAnalyzer.empty().with("We are ready", "said", "a spokesman", "a spokesman", null));

    assertThat(counts.exactContent()).isEqualTo(new Counts(1, 0, 2));
  }

  @Test
  void judgesSourcesByNameOrSpanAndCuesBySpan() {
    PolnearCounts counts =
        score(
            FakeAnalyzer.empty()
                .with("the bridge will reopen on Friday", "said", "Ada Lindqvist", null, null)
                .with("long delays on the river road", "long", "the council", "Mayor", null)
                .with("We are ready", "ready", "", null, null));

    assertThat(counts.matched()).isEqualTo(3);
    assertThat(counts.sourceJudged()).isEqualTo(3);
    assertThat(counts.sourceCorrect()).isEqualTo(1);
    assertThat(counts.cueCorrect()).isEqualTo(1);
  }

  @Test
  void restrictsSpeechRecallToGoldWithSpeechCues() {
    PolnearCounts counts =
        score(
            FakeAnalyzer.empty()
                .with("long delays on the river road", "fear", "Residents", "Residents", null));

    assertThat(counts.speechGold()).isEqualTo(2);
    assertThat(counts.speechMatched()).isZero();
    assertThat(counts.content().recall()).isEqualTo(1.0 / 3);
  }

  @Test
  void listsMissedSpuriousAndWrongSourceRowsWithTheirTexts() {
    Document doc =
        FakeAnalyzer.empty()
            .with("the bridge will reopen on Friday", "said", "the council", null, null)
            .with("Residents fear", "fear", "Residents", null, null)
            .apply(Document.of(ArticleMeta.of("t"), TEXT));

    List<PolnearError> errors = SCORER.errors(doc, GOLD);

    assertThat(errors)
        .extracting(PolnearError::kind)
        .containsExactly(
            PolnearError.Kind.MISSED,
            PolnearError.Kind.MISSED,
            PolnearError.Kind.SPURIOUS,
            PolnearError.Kind.WRONG_SOURCE);
    assertThat(errors.get(0).content()).isEqualTo("long delays on the river road");
    assertThat(errors.get(0).cue()).isEqualTo("fear");
    assertThat(errors.get(2).content()).isEqualTo("Residents fear");
    assertThat(errors.get(3).source()).isEqualTo("the council");
    assertThat(errors.get(3).counterpart()).isEqualTo("Mayor Ada Lindqvist");
    assertThat(errors.get(3).overlap()).isEqualTo(1.0);
  }

  @Test
  void writesOneFlatTabSeparatedRowPerError() {
    PolnearError error =
        new PolnearError(
            "a1", PolnearError.Kind.SPURIOUS, "r", 0.25, "said", "X", "one\ttwo\nthree", "");

    assertThat(error.tsv()).isEqualTo("a1\tspurious\tr\t0.25\tsaid\tX\tone two three\t");
    assertThat(error.tsv().split("\t", -1)).hasSameSizeAs(PolnearError.tsvHeader().split("\t"));
  }
}
