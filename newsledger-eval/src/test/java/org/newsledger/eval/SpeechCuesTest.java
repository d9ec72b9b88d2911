package org.newsledger.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpeechCuesTest {

  private final SpeechCues cues = SpeechCues.load();

  @Test
  void recognisesInflectedAndIrregularSpeechVerbs() {
    assertThat(cues.isSpeech("said")).isTrue();
    assertThat(cues.isSpeech("told reporters")).isTrue();
    assertThat(cues.isSpeech("has announced")).isTrue();
    assertThat(cues.isSpeech("is claiming")).isTrue();
    assertThat(cues.isSpeech("replied")).isTrue();
  }

  @Test
  void leavesBeliefAndPerceptionCuesOut() {
    assertThat(cues.isSpeech("fears")).isFalse();
    assertThat(cues.isSpeech("thinks")).isFalse();
    assertThat(cues.isSpeech("according to")).isFalse();
  }
}
