package org.newsledger.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsledger.core.CharSpan;

class BratAttributionsTest {

  // Invented text and annotations in PolNeAR's brat layout.
  private static final String TEXT =
      "The mayor said the bridge opens soon.\n\n"
          + "\"Tolls stay,\" she added, \"for now.\"\n"
          + "Residents fear delays.";

  private static final String ANN =
      String.join(
          "\n",
          "T1\tSource 0 9\tThe mayor",
          "T2\tCue 10 14\tsaid",
          "T3\tContent 15 36\tthe bridge opens soon",
          "T4\tAttribution 10 14\tsaid",
          "E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3",
          "T5\tContent 39 52;64 74\t\"Tolls stay,\" \"for now.\"",
          "T6\tCue 57 62\tadded",
          "T7\tSource 53 56\tshe",
          "E2\tAttribution:T4 Content:T5 Cue:T6 Source:T7",
          "T8\tCue 85 89\tfear",
          "T9\tContent 90 96\tdelays",
          "T10\tContent2 75 84\tResidents",
          "E3\tAttribution-no-source:T8 Cue:T8 Content:T9 Content2:T10",
          "E4\tAttribution:T4 ",
          "");

  @Test
  void readsSourceCueAndContentOfEachRelation() {
    List<PolnearAttribution> gold = BratAttributions.parse(ANN, TEXT);

    assertThat(gold).hasSize(3);
    PolnearAttribution first = gold.get(0);
    assertThat(PolnearAttribution.textOf(TEXT, first.source())).isEqualTo("The mayor");
    assertThat(PolnearAttribution.textOf(TEXT, first.cue())).isEqualTo("said");
    assertThat(PolnearAttribution.textOf(TEXT, first.content())).isEqualTo("the bridge opens soon");
  }

  @Test
  void keepsDiscontinuousContentAsSeveralSpans() {
    PolnearAttribution second = BratAttributions.parse(ANN, TEXT).get(1);

    assertThat(second.content()).containsExactly(new CharSpan(39, 52), new CharSpan(64, 74));
    assertThat(second.contentCover()).isEqualTo(new CharSpan(39, 74));
  }

  @Test
  void mergesSecondContentsAndAllowsNoSource() {
    PolnearAttribution third = BratAttributions.parse(ANN, TEXT).get(2);

    assertThat(third.source()).isEmpty();
    assertThat(PolnearAttribution.textOf(TEXT, third.content())).isEqualTo("Residents delays");
  }

  @Test
  void skipsContinuationLinesOfMultiLineAnnotationText() {
    String ann =
        "T1\tContent 0 38\tThe mayor said the bridge opens soon.\n\nnext line\n"
            + "T2\tCue 10 14\tsaid\nE1\tAttribution:T2 Cue:T2 Content:T1\n";

    assertThat(BratAttributions.parse(ann, TEXT))
        .singleElement()
        .satisfies(a -> assertThat(a.content()).containsExactly(new CharSpan(0, 38)));
  }

  @Test
  void turnsCodePointOffsetsIntoCharOffsets() {
    String text = "\uD83D\uDE00 Ann said hi.";
    String ann =
        "T1\tContent 11 13\thi\nT2\tCue 6 10\tsaid\n" + "E1\tAttribution:T2 Cue:T2 Content:T1\n";

    PolnearAttribution gold = BratAttributions.parse(ann, text).get(0);

    assertThat(PolnearAttribution.textOf(text, gold.content())).isEqualTo("hi");
    assertThat(PolnearAttribution.textOf(text, gold.cue())).isEqualTo("said");
  }
}
