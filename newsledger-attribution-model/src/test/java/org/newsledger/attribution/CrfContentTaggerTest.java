package org.newsledger.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsledger.core.Layers;
import org.newsledger.core.NewsledgerException;
import org.newsledger.core.text.Token;

/** Training, writing, loading and running the CRF tagger on a few invented paragraphs. */
class CrfContentTaggerTest {

  private static final String TEXT =
      """
      Nora Falk said the harbour would close in May.

      The ferries will stop, Tom Hale told reporters.

      Ann Lee warned that the bridge was unsafe.

      The council met on Monday and voted.""";

  /** SOURCE for the names, CUE for the cue words, CONTENT for what was said, else O. */
  private static List<String> gold(List<Token> tokens, TaggerSequence sequence) {
    List<String> labels = new ArrayList<>();
    String state = "O";
    for (int i = sequence.tokens().first(); i < sequence.tokens().end(); i++) {
      String w = tokens.get(i).text();
      String label;
      if (List.of("Nora", "Falk", "Tom", "Hale", "Ann", "Lee").contains(w)) {
        label = "SOURCE";
        state = "after-source";
      } else if (List.of("said", "told", "reporters", "warned").contains(w)) {
        label = "CUE";
        state = "after-cue";
      } else if (w.equals(".") || w.equals(",") || w.equals("that")) {
        label = "O";
      } else if (state.equals("after-cue") || (sequence.tokens().first() == 11 && i < 15)) {
        label =
            labels.isEmpty() || !labels.get(labels.size() - 1).endsWith("CONTENT")
                ? "B-CONTENT"
                : "CONTENT";
      } else {
        label = "O";
      }
      labels.add(label);
    }
    return labels;
  }

  @Test
  void learnsTheLabelsItIsTrainedOnAndReadsBackWhatItWrote(@TempDir Path dir) {
    CrfContentTagger loaded = trainedAndReloaded(dir, null);
    assertThat(loaded.encoder()).isEmpty();
  }

  @Test
  void aTaggerReadingThePretrainedEncoderLearnsAndReadsBackToo(@TempDir Path dir) {
    CrfContentTagger loaded = trainedAndReloaded(dir, TrainingSettings.DEFAULT_ENCODER);
    assertThat(loaded.encoder()).contains(TrainingSettings.DEFAULT_ENCODER);
  }

  @Test
  void theTwelveLayerEncoderTrainsAndReadsBackToo(@TempDir Path dir) {
    CrfContentTagger loaded = trainedAndReloaded(dir, ContextEncoder.E5);
    assertThat(loaded.encoder()).contains(ContextEncoder.E5);
  }

  @Test
  void anUnknownEncoderIsRefusedBeforeTraining() {
    assertThatThrownBy(() -> new TrainingSettings(10, Optional.of("no-such-encoder"), 1))
        .isInstanceOf(NewsledgerException.class)
        .hasMessageContaining("unknown encoder no-such-encoder");
  }

  private static List<TaggerSequence> sequences() {
    return new AttributionStage().taggerSequences(Analyzer.body(TEXT));
  }

  private static List<List<String>> labels(List<TaggerSequence> sequences) {
    List<Token> tokens = Analyzer.body(TEXT).get(Layers.TOKENS);
    List<List<String>> labels = new ArrayList<>();
    for (TaggerSequence sequence : sequences) {
      labels.add(gold(tokens, sequence));
    }
    return labels;
  }

  private static CrfContentTagger trainedAndReloaded(Path dir, String encoder) {
    List<TaggerSequence> sequences = sequences();
    List<List<String>> labels = labels(sequences);
    Path model = dir.resolve((encoder == null ? "crf" : encoder) + ".ser.gz");
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    CrfContentTagger.train(
        sequences,
        labels,
        new TrainingSettings(60, Optional.ofNullable(encoder), 1),
        model,
        new PrintStream(log, true, StandardCharsets.UTF_8));
    if (encoder != null) {
      assertThat(log.toString(StandardCharsets.UTF_8))
          .contains("encoded 4 paragraphs with " + encoder);
    }
    CrfContentTagger loaded = CrfContentTagger.load(model);
    assertTagsAsTrained(loaded, sequences, labels);
    for (TaggerSequence sequence : sequences) {
      for (double[] token : loaded.marginals(sequence)) {
        assertThat(Arrays.stream(token).sum()).isCloseTo(1.0, within(1e-6));
      }
    }
    return loaded;
  }

  private static void assertTagsAsTrained(
      ContentTagger tagger, List<TaggerSequence> sequences, List<List<String>> labels) {
    int right = 0;
    int all = 0;
    for (int s = 0; s < sequences.size(); s++) {
      ContentTagger.Tagging tagging = tagger.tag(sequences.get(s));
      List<String> tagged = tagging.labels();
      assertThat(tagged).hasSameSizeAs(labels.get(s));
      for (int i = 0; i < tagged.size(); i++) {
        right += tagged.get(i).equals(labels.get(s).get(i)) ? 1 : 0;
        all++;
        double p = tagging.content().get(i);
        assertThat(p).isBetween(0.0, 1.0);
        if (tagged.get(i).endsWith("CONTENT")) {
          assertThat(p).as("content probability of a content-labelled token").isGreaterThan(0.3);
        }
      }
    }
    assertThat((double) right / all).isGreaterThan(0.9);
    assertThat(tagger.name()).isEqualTo("model:crf-content");
    assertThat(CrfContentTagger.LABELS).containsAll(tagger.tag(sequences.get(0)).labels());
  }

  @Test
  void modelsReadingDifferentEncodersTagAsOneEnsemble(@TempDir Path dir) {
    EnsembleTagger ensemble =
        new EnsembleTagger(
            List.of(
                trainedAndReloaded(dir, ContextEncoder.MINILM),
                trainedAndReloaded(dir, ContextEncoder.E5)));
    List<TaggerSequence> sequences = sequences();
    assertTagsAsTrained(ensemble, sequences, labels(sequences));
    assertThat(ensemble.defaultConfidence()).isEqualTo(EnsembleTagger.DEFAULT_MIN_CONFIDENCE);
  }

  @Test
  void anEnsembleNeedsTwoModels(@TempDir Path dir) {
    CrfContentTagger one = trainedAndReloaded(dir, null);
    assertThatThrownBy(() -> new EnsembleTagger(List.of(one)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(one.defaultConfidence()).isEqualTo(CrfContentTagger.DEFAULT_MIN_CONFIDENCE);
  }

  @Test
  void aMissingModelIsAOneLineError(@TempDir Path dir) {
    assertThatThrownBy(() -> CrfContentTagger.load(dir.resolve("none.ser.gz")))
        .isInstanceOf(NewsledgerException.class)
        .hasMessageStartingWith("attribution model not found: ")
        .hasMessageNotContaining("\n");
  }

  @Test
  void aFileThatIsNoModelIsAOneLineError(@TempDir Path dir) throws Exception {
    Path bogus = dir.resolve("bogus.ser.gz");
    java.nio.file.Files.writeString(bogus, "not a model");
    assertThatThrownBy(() -> CrfContentTagger.load(bogus))
        .isInstanceOf(NewsledgerException.class)
        .hasMessageStartingWith("cannot read attribution model ");
  }
}
