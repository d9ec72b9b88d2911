package org.newsledger.core.nlp;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsledger.core.CharSpan;
import org.newsledger.core.Document;
import org.newsledger.core.Layer;
import org.newsledger.core.Layers;
import org.newsledger.core.TokenRange;
import org.newsledger.core.pipeline.Deadline;
import org.newsledger.core.pipeline.Stage;
import org.newsledger.core.text.Paragraph;
import org.newsledger.core.text.Sentence;
import org.newsledger.core.text.Token;

/**
 * Runs an {@link NlpBackend} over the paragraphs and adds tokens and sentences. The backend gets
 * the whole article in one call (see {@link ParagraphText}); its sentences are cut at paragraph
 * ends, and when that cannot be done safely each paragraph gets its own call.
 */
public final class NlpStage implements Stage {

  private final NlpBackend backend;

  /** A stage over the given backend. */
  public NlpStage(NlpBackend backend) {
    this.backend = requireNonNull(backend, "backend is null");
  }

  @Override
  public String name() {
    return "nlp";
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
    List<Paragraph> paragraphs = doc.get(Layers.PARAGRAPHS);
    Builder whole = paragraphs.isEmpty() ? null : wholeArticle(doc.text(), paragraphs);
    Builder result = whole != null ? whole : paragraphByParagraph(doc.text(), paragraphs);
    return doc.with(Layers.TOKENS, result.tokens).with(Layers.SENTENCES, result.sentences);
  }

  /** One backend call for the article; null when a token is not inside a paragraph. */
  private Builder wholeArticle(String text, List<Paragraph> paragraphs) {
    String masked = ParagraphText.of(text, paragraphs);
    if (masked == null) {
      return null;
    }
    CharSpan region =
        new CharSpan(
            paragraphs.get(0).span().begin(), paragraphs.get(paragraphs.size() - 1).span().end());
    Builder builder = new Builder(text, backend.name());
    int p = 0;
    for (TaggedSentence tagged : backend.annotate(masked, region)) {
      List<TaggedToken> part = new ArrayList<>();
      for (TaggedToken token : tagged.tokens()) {
        while (p < paragraphs.size() && token.begin() >= paragraphs.get(p).span().end()) {
          builder.sentence(part, paragraphs.get(p++).index());
          part = new ArrayList<>();
        }
        CharSpan span = new CharSpan(token.begin(), token.end());
        if (p == paragraphs.size() || !paragraphs.get(p).span().contains(span)) {
          return null;
        }
        part.add(token);
      }
      if (!part.isEmpty()) {
        builder.sentence(part, paragraphs.get(p).index());
      }
    }
    return builder;
  }

  private Builder paragraphByParagraph(String text, List<Paragraph> paragraphs) {
    Builder builder = new Builder(text, backend.name());
    for (Paragraph paragraph : paragraphs) {
      Deadline.check();
      for (TaggedSentence tagged : backend.annotate(text, paragraph.span())) {
        builder.sentence(tagged.tokens(), paragraph.index());
      }
    }
    return builder;
  }

  /** Collects tokens and sentences in text order. */
  private static final class Builder {
    private final String text;
    private final String rule;
    private final List<Token> tokens = new ArrayList<>();
    private final List<Sentence> sentences = new ArrayList<>();

    Builder(String text, String rule) {
      this.text = text;
      this.rule = rule;
    }

    /** Adds a sentence of the tokens in paragraph {@code paragraphIndex}; none if empty. */
    void sentence(List<TaggedToken> tagged, int paragraphIndex) {
      if (tagged.isEmpty()) {
        return;
      }
      int sentenceIndex = sentences.size();
      int first = tokens.size();
      for (TaggedToken t : tagged) {
        CharSpan span = new CharSpan(t.begin(), t.end());
        tokens.add(
            new Token(
                tokens.size(),
                span,
                span.textOf(text),
                t.pos(),
                t.lemma(),
                t.ner(),
                sentenceIndex,
                rule));
      }
      CharSpan sentenceSpan =
          new CharSpan(tokens.get(first).begin(), tokens.get(tokens.size() - 1).end());
      sentences.add(
          new Sentence(
              sentenceIndex,
              sentenceSpan,
              new TokenRange(first, tokens.size()),
              paragraphIndex,
              rule));
    }
  }
}
