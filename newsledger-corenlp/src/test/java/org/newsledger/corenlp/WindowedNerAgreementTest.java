package org.newsledger.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.newsledger.core.CharSpan;
import org.newsledger.core.nlp.TaggedSentence;
import org.newsledger.core.nlp.TaggedToken;

/**
 * Running NER on windows only must give (nearly) the labels of a whole-sentence run, and the
 * remembered lemmas exactly CoreNLP's lemma annotator's: measured on the project's own sample and
 * golden-test articles.
 */
class WindowedNerAgreementTest {

  private static final Set<String> NAMES = Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC");

  @Test
  void windowsAgreeWithWholeSentencesOnNames() throws IOException {
    CoreNlpBackend windows = CoreNlpBackend.load(CoreNlpBackend.NerScope.WINDOWS);
    CoreNlpBackend whole = CoreNlpBackend.load(CoreNlpBackend.NerScope.WHOLE_SENTENCES);
    int names = 0;
    int same = 0;
    int tokens = 0;
    int sameLemma = 0;
    for (String text : articles()) {
      CharSpan all = new CharSpan(0, text.length());
      List<TaggedToken> expected = flatten(whole.annotate(text, all));
      List<TaggedToken> actual = flatten(windows.annotate(text, all));
      assertThat(actual).hasSameSizeAs(expected);
      for (int i = 0; i < expected.size(); i++) {
        tokens++;
        sameLemma += expected.get(i).lemma().equals(actual.get(i).lemma()) ? 1 : 0;
        if (NAMES.contains(expected.get(i).ner())) {
          names++;
          same += expected.get(i).ner().equals(actual.get(i).ner()) ? 1 : 0;
        }
      }
    }
    assertThat(tokens).isGreaterThan(500);
    assertThat(names).isGreaterThan(30);
    assertThat(same / (double) names).isGreaterThanOrEqualTo(0.99);
    assertThat(sameLemma).isEqualTo(tokens);
  }

  private static List<TaggedToken> flatten(List<TaggedSentence> sentences) {
    List<TaggedToken> tokens = new ArrayList<>();
    sentences.forEach(s -> tokens.addAll(s.tokens()));
    return tokens;
  }

  private static List<String> articles() throws IOException {
    List<String> texts = new ArrayList<>();
    for (Path folder :
        List.of(Path.of("../samples"), Path.of("../newsledger-cli/src/test/resources/golden"))) {
      try (Stream<Path> files = Files.list(folder)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
          texts.add(Files.readString(file));
        }
      }
    }
    return texts;
  }
}
