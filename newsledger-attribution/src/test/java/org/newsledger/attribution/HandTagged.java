package org.newsledger.attribution;

import java.util.ArrayList;
import java.util.List;
import org.newsledger.core.ArticleMeta;
import org.newsledger.core.CharSpan;
import org.newsledger.core.Document;
import org.newsledger.core.Layers;
import org.newsledger.core.TokenRange;
import org.newsledger.core.nlp.TokenRepairStage;
import org.newsledger.core.text.Paragraph;
import org.newsledger.core.text.Sentence;
import org.newsledger.core.text.Token;
import org.newsledger.core.text.Zone;

/**
 * Articles of one body sentence tagged by hand, for tests of the finders that need no CoreNLP:
 * {@code "The/DT board/NN said/VBD/say that/IN ..."}, each token {@code word/POS}, optionally
 * {@code /lemma} (else the word in lower case) and {@code /NER} (else O), separated by spaces.
 */
final class HandTagged {

  private static final Lexicon LEXICON = Lexicon.load();

  private HandTagged() {}

  /** The article view of the tagged sentence, after the token repair (as in the pipeline). */
  static Article article(String tagged) {
    List<Token> tokens = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (String item : tagged.split(" ")) {
      String[] parts = item.split("/", -1);
      if (text.length() > 0) {
        text.append(' ');
      }
      CharSpan span = new CharSpan(text.length(), text.length() + parts[0].length());
      text.append(parts[0]);
      String lemma = parts.length > 2 ? parts[2] : parts[0].toLowerCase(java.util.Locale.ROOT);
      String ner = parts.length > 3 ? parts[3] : "O";
      tokens.add(new Token(tokens.size(), span, parts[0], parts[1], lemma, ner, 0, "hand"));
    }
    CharSpan all = new CharSpan(0, text.length());
    Document doc =
        Document.of(ArticleMeta.of("hand"), text.toString())
            .with(Layers.PARAGRAPHS, List.of(new Paragraph(0, all, Zone.BODY, "hand")))
            .with(Layers.TOKENS, tokens)
            .with(
                Layers.SENTENCES,
                List.of(new Sentence(0, all, new TokenRange(0, tokens.size()), 0, "hand")));
    return new Article(new TokenRepairStage().apply(doc), LEXICON);
  }

  /** The words of {@code span} joined by spaces. */
  static String words(Article article, TokenSpan span) {
    if (span == null) {
      return null;
    }
    List<String> words = new ArrayList<>();
    for (int i = span.first(); i < span.end(); i++) {
      words.add(article.token(i).text());
    }
    return String.join(" ", words);
  }
}
