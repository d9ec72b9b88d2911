package org.newsledger.core.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsledger.core.ArticleMeta;
import org.newsledger.core.CharSpan;
import org.newsledger.core.Document;
import org.newsledger.core.Invariants;
import org.newsledger.core.Layer;
import org.newsledger.core.Layers;
import org.newsledger.core.NewsledgerException;
import org.newsledger.core.TokenRange;
import org.newsledger.core.pipeline.Pipeline;
import org.newsledger.core.pipeline.Stage;
import org.newsledger.core.text.LayoutStage;
import org.newsledger.core.text.Paragraph;
import org.newsledger.core.text.Repair;
import org.newsledger.core.text.Sentence;
import org.newsledger.core.text.Token;
import org.newsledger.core.text.Zone;

class TokenRepairStageTest {

  private static final TokenRepairStage REPAIR = new TokenRepairStage();

  /**
   * A one-paragraph document tagged by hand: one string per sentence as the model split them, each
   * token {@code word/POS} or {@code word/POS/NER}, separated by a space; a token written {@code
   * ~word/POS} follows the one before without a space.
   */
  private static Document tagged(String... sentences) {
    StringBuilder text = new StringBuilder();
    List<Token> tokens = new ArrayList<>();
    List<Sentence> split = new ArrayList<>();
    for (String sentence : sentences) {
      int first = tokens.size();
      for (String item : sentence.split(" ")) {
        boolean stuck = item.startsWith("~");
        String[] parts = (stuck ? item.substring(1) : item).split("/", -1);
        if (text.length() > 0 && !stuck) {
          text.append(' ');
        }
        CharSpan span = new CharSpan(text.length(), text.length() + parts[0].length());
        text.append(parts[0]);
        String ner = parts.length > 2 ? parts[2] : "O";
        tokens.add(
            new Token(
                tokens.size(),
                span,
                parts[0],
                parts[1],
                parts[0].toLowerCase(java.util.Locale.ROOT),
                ner,
                split.size(),
                "hand"));
      }
      CharSpan span = new CharSpan(tokens.get(first).begin(), tokens.get(tokens.size() - 1).end());
      split.add(new Sentence(split.size(), span, new TokenRange(first, tokens.size()), 0, "hand"));
    }
    CharSpan all = new CharSpan(0, text.length());
    return Document.of(ArticleMeta.of("hand"), text.toString())
        .with(Layers.PARAGRAPHS, List.of(new Paragraph(0, all, Zone.BODY, "hand")))
        .with(Layers.TOKENS, tokens)
        .with(Layers.SENTENCES, split);
  }

  private static List<String> sentenceTexts(Document doc) {
    return doc.get(Layers.SENTENCES).stream().map(s -> doc.textOf(s.span())).toList();
  }

  private static Token token(Document doc, String text) {
    return doc.get(Layers.TOKENS).stream()
        .filter(t -> t.text().equals(text))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void surnameTaggedAsVerbBecomesAProperNounNamingItsRule() {
    Document doc =
        REPAIR.apply(
            tagged(
                "Shane/NNP/PERSON Shook/VBD/PERSON ~,/, an/DT expert/NN ~,/, said/VBD it/PRP"
                    + " failed/VBD ~./."));
    Invariants.check(doc);

    Token shook = token(doc, "Shook");
    assertThat(shook.pos()).isEqualTo("NNP");
    assertThat(shook.rule()).isEqualTo("hand/token-repair:name-as-proper-noun");
    assertThat(token(doc, "said").pos()).isEqualTo("VBD");
    assertThat(token(doc, "said").rule()).isEqualTo("hand");
    assertThat(doc.get(Layers.REPAIRS))
        .extracting(Repair::change, Repair::rule)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("VBD -> NNP", "token-repair:name-as-proper-noun"));
    assertThat(doc.textOf(doc.get(Layers.REPAIRS).get(0).span())).isEqualTo("Shook");
  }

  @Test
  void verbInsideANameRunBeforeAnObjectStaysAVerb() {
    // "Lee/PERSON Calls/VBZ/PERSON elections" reads as a headline's verb, not a surname
    Document doc =
        REPAIR.apply(tagged("Ann/NNP/PERSON Lee/NNP/PERSON Calls/VBZ/PERSON elections/NNS"));

    assertThat(token(doc, "Calls").pos()).isEqualTo("VBZ");
    assertThat(doc.get(Layers.REPAIRS)).isEmpty();
  }

  @Test
  void contractedIsAfterAPronounBecomesTheVerbBe() {
    Document doc = REPAIR.apply(tagged("He/PRP ~’s/POS leaving/VBG ~./."));

    Token is = token(doc, "’s");
    assertThat(is.pos()).isEqualTo("VBZ");
    assertThat(is.lemma()).isEqualTo("be");
    assertThat(is.rule()).isEqualTo("hand/token-repair:contracted-is");
  }

  @Test
  void sentenceCutAfterAnAbbreviationInBracketsIsJoinedAndLaterSentencesRenumbered() {
    Document doc =
        REPAIR.apply(
            tagged(
                "Ann/NNP/PERSON Lee/NNP/PERSON (/-LRB- ~D-N.Y/NNP ~./. ~)/-RRB-",
                "said/VBD the/DT plan/NN failed/VBD ~./.",
                "It/PRP passed/VBD ~./."));
    Invariants.check(doc);

    assertThat(sentenceTexts(doc))
        .containsExactly("Ann Lee (D-N.Y.) said the plan failed.", "It passed.");
    List<Sentence> sentences = doc.get(Layers.SENTENCES);
    assertThat(sentences).extracting(Sentence::index).containsExactly(0, 1);
    assertThat(sentences.get(0).rule()).isEqualTo("hand/token-repair:cut-clause");
    assertThat(sentences.get(1).rule()).isEqualTo("hand");
    assertThat(token(doc, "said").sentenceIndex()).isZero();
    assertThat(token(doc, "It").sentenceIndex()).isEqualTo(1);
    assertThat(doc.get(Layers.REPAIRS))
        .extracting(Repair::rule)
        .containsExactly("token-repair:cut-clause");
  }

  @Test
  void sentenceAfterAnAbbreviationThatStartsInCapitalsStaysCut() {
    Document doc =
        REPAIR.apply(
            tagged(
                "Ann/NNP/PERSON Lee/NNP/PERSON (/-LRB- ~D-N.Y/NNP ~./. ~)/-RRB-",
                "The/DT plan/NN failed/VBD ~./."));

    assertThat(doc.get(Layers.SENTENCES)).hasSize(2);
    assertThat(doc.get(Layers.REPAIRS)).isEmpty();
  }

  @Test
  void closingQuoteThatStartsTheNextSentenceIsKeptWithTheQuote() {
    Document doc =
        REPAIR.apply(
            tagged(
                "“/`` ~We/PRP will/MD win/VB ~./.",
                "~”/'' Lee/NNP/PERSON said/VBD ~./.",
                "“/`` ~Soon/RB ~./."));
    Invariants.check(doc);

    assertThat(sentenceTexts(doc)).containsExactly("“We will win.”", "Lee said.", "“Soon.");
    assertThat(token(doc, "”").sentenceIndex()).isZero();
    assertThat(doc.get(Layers.SENTENCES).get(0).rule())
        .isEqualTo("hand/token-repair:closing-quote");
    assertThat(doc.get(Layers.REPAIRS))
        .extracting(Repair::rule)
        .containsExactly("token-repair:closing-quote");
  }

  @Test
  void documentNeedingNoRepairKeepsItsTokensAndSentences() {
    Document before = tagged("The/DT board/NN said/VBD no/DT ~./.", "It/PRP left/VBD ~./.");
    Document after = REPAIR.apply(before);

    assertThat(after.get(Layers.TOKENS)).isEqualTo(before.get(Layers.TOKENS));
    assertThat(after.get(Layers.SENTENCES)).isEqualTo(before.get(Layers.SENTENCES));
    assertThat(after.get(Layers.REPAIRS)).isEmpty();
  }

  /** Provides tokens and sentences tagged by hand, as an NLP stage would. */
  private record HandNlp(Document tagged) implements Stage {
    @Override
    public String name() {
      return "hand-nlp";
    }

    @Override
    public Set<Layer<?>> requires() {
      return Set.of(Layers.PARAGRAPHS);
    }

    @Override
    public Set<Layer<?>> provides() {
      return Set.of(Layers.TOKENS, Layers.SENTENCES);
    }

    @Override
    public Document apply(Document doc) {
      return doc.with(Layers.TOKENS, tagged.get(Layers.TOKENS))
          .with(Layers.SENTENCES, tagged.get(Layers.SENTENCES));
    }
  }

  /** Requires the repaired tokens, as attribution does. */
  private record NeedsRepairs(Set<Layer<?>> requires) implements Stage {
    @Override
    public String name() {
      return "reader";
    }

    @Override
    public Set<Layer<?>> provides() {
      return Set.of(Layers.TIMES);
    }

    @Override
    public Document apply(Document doc) {
      return doc.with(Layers.TIMES, List.of());
    }
  }

  @Test
  void strictPipelineRunsTheRepairBetweenTheModelAndItsReaders() {
    Document hand =
        tagged(
            "Ann/NNP/PERSON Lee/NNP/PERSON (/-LRB- ~D-N.Y/NNP ~./. ~)/-RRB-",
            "said/VBD it/PRP failed/VBD ~./.");
    Stage reader = new NeedsRepairs(Set.of(Layers.TOKENS, Layers.SENTENCES, Layers.REPAIRS));
    Pipeline pipeline =
        Pipeline.of(List.of(new LayoutStage(), new HandNlp(hand), REPAIR, reader)).strict();

    Document doc = pipeline.apply(Document.of(ArticleMeta.of("hand"), hand.text()));

    Invariants.check(doc);
    assertThat(doc.diagnostics()).isEmpty();
    assertThat(doc.get(Layers.SENTENCES)).hasSize(1);
    assertThat(doc.get(Layers.REPAIRS)).hasSize(1);
  }

  @Test
  void pipelineRejectsARepairAfterAStageThatReadTheModelsTokens() {
    Document hand = tagged("It/PRP passed/VBD ~./.");
    Stage tokenReader = new NeedsRepairs(Set.of(Layers.TOKENS));
    Stage repairReader = new NeedsRepairs(Set.of(Layers.TOKENS, Layers.REPAIRS));

    assertThatThrownBy(
            () -> Pipeline.of(List.of(new LayoutStage(), new HandNlp(hand), tokenReader, REPAIR)))
        .isInstanceOf(NewsledgerException.class)
        .hasMessageContaining("'reader' requires layer 'tokens'")
        .hasMessageContaining("the later stage 'token-repair' replaces");
    assertThatThrownBy(
            () -> Pipeline.of(List.of(new LayoutStage(), new HandNlp(hand), repairReader)))
        .isInstanceOf(NewsledgerException.class)
        .hasMessageContaining("requires layer 'repairs'");
  }
}
