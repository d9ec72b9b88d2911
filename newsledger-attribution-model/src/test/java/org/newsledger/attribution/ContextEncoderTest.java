package org.newsledger.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Encoding paragraphs together, in padded batches, gives what encoding each alone gives. */
class ContextEncoderTest {

  private static final List<String> SHORT =
      words("Nora Falk said the harbour would close in May .");

  private static final List<String> MIDDLE =
      words(
          "The ferries will stop on Friday , Tom Hale told reporters at the quay , adding that"
              + " the timetable would be published next week .");

  /** Over two windows of word pieces: read in overlapping windows, alone and in a batch. */
  private static final List<String> LONG = longParagraph();

  private static List<String> words(String text) {
    return List.of(text.split(" "));
  }

  private static List<String> longParagraph() {
    List<String> out = new ArrayList<>();
    for (int i = 0; out.size() < 420; i++) {
      out.addAll(
          words(
              "Councillor "
                  + i
                  + " warned that the bridge over the estuary was unsafe and asked the board to"
                  + " close it ."));
    }
    return out;
  }

  @Test
  void paragraphsEncodedTogetherGetTheVectorsTheyGetAlone() {
    for (String name : List.of(ContextEncoder.MINILM, ContextEncoder.E5)) {
      ContextEncoder encoder = ContextEncoder.named(name);
      List<List<String>> paragraphs = List.of(SHORT, LONG, List.of(), MIDDLE, SHORT);
      List<float[][]> together = encoder.encodeAll(paragraphs);
      assertThat(together).hasSize(paragraphs.size());
      for (int p = 0; p < paragraphs.size(); p++) {
        float[][] alone = encoder.encode(paragraphs.get(p));
        assertThat(together.get(p)).hasNumberOfRows(paragraphs.get(p).size());
        for (int w = 0; w < alone.length; w++) {
          assertThat(alone[w]).hasSize(384);
          assertThat(maxDifference(alone[w], together.get(p)[w]))
              .as("%s, paragraph %d, word %d", name, p, w)
              .isLessThan(1e-3f);
        }
      }
    }
  }

  @Test
  void aWordGetsTheSameVectorWhereverItsParagraphStandsInTheBatch() {
    ContextEncoder encoder = ContextEncoder.named(ContextEncoder.MINILM);
    float[][] first = encoder.encodeAll(List.of(MIDDLE, SHORT)).get(1);
    float[][] last = encoder.encodeAll(List.of(SHORT, MIDDLE, LONG)).get(0);
    for (int w = 0; w < first.length; w++) {
      assertThat(maxDifference(first[w], last[w])).isLessThan(1e-3f);
    }
  }

  @Test
  void theQuantizedTwinsLoadAndPointTheSameWay() {
    for (String name : List.of(ContextEncoder.MINILM, ContextEncoder.E5)) {
      float[][] full = ContextEncoder.named(name).encode(MIDDLE);
      float[][] quantized = ContextEncoder.named(name + ContextEncoder.QUANTIZED).encode(MIDDLE);
      double mean = 0;
      for (int w = 0; w < full.length; w++) {
        mean += cosine(full[w], quantized[w]) / full.length;
      }
      System.out.printf("%s: mean cosine full/quantized %.4f%n", name, mean);
      assertThat(mean).as(name).isGreaterThan(0.9);
    }
  }

  private static float maxDifference(float[] a, float[] b) {
    float max = 0;
    for (int d = 0; d < a.length; d++) {
      max = Math.max(max, Math.abs(a[d] - b[d]));
    }
    return max;
  }

  private static double cosine(float[] a, float[] b) {
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (int d = 0; d < a.length; d++) {
      dot += a[d] * b[d];
      na += a[d] * a[d];
      nb += b[d] * b[d];
    }
    return dot / Math.sqrt(na * nb);
  }
}
