package org.newsledger.eval.factuality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldSentenceTest {

  @Test
  void rebuildsTextAndKeepsValuesOnEventTokens(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("x.conll");
    Files.writeString(
        file,
        "0\tShips\t_\tNNS\n1\tsailed\t3.0\tVBD\n\n0\tNo\t_\n1\tvote\t-3.0\n",
        StandardCharsets.UTF_8);
    List<GoldSentence> sentences = GoldSentence.read(file);
    assertThat(sentences).hasSize(2);
    assertThat(sentences.get(0).text()).isEqualTo("Ships sailed");
    assertThat(sentences.get(0).tokens().get(1).begin()).isEqualTo(6);
    assertThat(sentences.get(0).values()).containsExactly(null, 3.0);
    assertThat(sentences.get(1).values().get(1)).isEqualTo(-3.0);
  }
}
