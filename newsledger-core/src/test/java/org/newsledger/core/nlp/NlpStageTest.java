package org.newsledger.core.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsledger.core.ArticleMeta;
import org.newsledger.core.CharSpan;
import org.newsledger.core.Document;
import org.newsledger.core.Invariants;
import org.newsledger.core.Layers;
import org.newsledger.core.text.Paragraph;
import org.newsledger.core.text.Sentence;
import org.newsledger.core.text.Zone;

class NlpStageTest {

  /** Splits sentences only at line breaks, tokens at spaces, and counts its calls. */
  private static final class LineBackend implements NlpBackend {
    int calls;

    @Override
    public String name() {
      return "lines";
    }

    @Override
    public List<TaggedSentence> annotate(String text, CharSpan region) {
      calls++;
      List<TaggedSentence> sentences = new ArrayList<>();
      List<TaggedToken> tokens = new ArrayList<>();
      int start = -1;
      for (int i = region.begin(); i <= region.end(); i++) {
        char c = i == region.end() ? '\n' : text.charAt(i);
        if (Character.isWhitespace(c) && start >= 0) {
          tokens.add(new TaggedToken(start, i, "X", text.substring(start, i), "O"));
          start = -1;
        } else if (!Character.isWhitespace(c) && start < 0) {
          start = i;
        }
        if (c == '\n' && !tokens.isEmpty()) {
          sentences.add(new TaggedSentence(tokens));
          tokens = new ArrayList<>();
        }
      }
      return sentences;
    }
  }

  private static final String TEXT =
      "EU talks\nBRUSSELS (Reuters) - The EU said so.\n\nMore text here.\n";

  @Test
  void datelinePrefixOnTheBodyLineStaysItsOwnSentenceInOneBackendCall() {
    LineBackend backend = new LineBackend();
    Document doc =
        new NlpStage(backend)
            .apply(
                laidOut(
                    TEXT,
                    "EU talks",
                    "BRUSSELS (Reuters) -",
                    "The EU said so.",
                    "More text here."));

    assertThat(backend.calls).isEqualTo(1);
    assertThat(sentenceTexts(doc))
        .containsExactly("EU talks", "BRUSSELS (Reuters) -", "The EU said so.", "More text here.");
    assertThat(doc.get(Layers.SENTENCES))
        .extracting(Sentence::paragraphIndex)
        .containsExactly(0, 1, 2, 3);
    assertThat(doc.get(Layers.TOKENS).get(3).text()).isEqualTo("(Reuters)");
    Invariants.check(doc);
  }

  @Test
  void touchingParagraphsFallBackToOneCallEach() {
    LineBackend backend = new LineBackend();
    String text = "GAZA CITY -The strikes went on.";
    Document doc =
        new NlpStage(backend).apply(laidOut(text, "GAZA CITY -", "The strikes went on."));

    assertThat(backend.calls).isEqualTo(2);
    assertThat(sentenceTexts(doc)).containsExactly("GAZA CITY -", "The strikes went on.");
    Invariants.check(doc);
  }

  @Test
  void articleWithoutParagraphsGetsNoTokensAndNoCall() {
    LineBackend backend = new LineBackend();
    Document doc = new NlpStage(backend).apply(laidOut("   "));

    assertThat(backend.calls).isZero();
    assertThat(doc.get(Layers.TOKENS)).isEmpty();
    assertThat(doc.get(Layers.SENTENCES)).isEmpty();
  }

  private static Document laidOut(String text, String... paragraphTexts) {
    List<Paragraph> paragraphs = new ArrayList<>();
    int from = 0;
    for (String paragraph : paragraphTexts) {
      int begin = text.indexOf(paragraph, from);
      from = begin + paragraph.length();
      paragraphs.add(
          new Paragraph(paragraphs.size(), new CharSpan(begin, from), Zone.BODY, "test"));
    }
    return Document.of(ArticleMeta.of("test"), text).with(Layers.PARAGRAPHS, paragraphs);
  }

  private static List<String> sentenceTexts(Document doc) {
    return doc.get(Layers.SENTENCES).stream().map(s -> doc.textOf(s.span())).toList();
  }
}
