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
import org.newsledger.core.pipeline.Stage;
import org.newsledger.core.text.Paragraph;
import org.newsledger.core.text.Sentence;
import org.newsledger.core.text.Token;

/** Runs an {@link NlpBackend} over every paragraph and adds tokens and sentences. */
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
    List<Token> tokens = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    String text = doc.text();
    for (Paragraph paragraph : doc.get(Layers.PARAGRAPHS)) {
      for (TaggedSentence tagged : backend.annotate(text, paragraph.span())) {
        if (tagged.tokens().isEmpty()) {
          continue;
        }
        int sentenceIndex = sentences.size();
        int first = tokens.size();
        for (TaggedToken t : tagged.tokens()) {
          CharSpan span = new CharSpan(t.begin(), t.end());
          tokens.add(
              new Token(
                  tokens.size(), span, span.textOf(text), t.pos(), t.lemma(), t.ner(),
                  sentenceIndex, backend.name()));
        }
        CharSpan sentenceSpan =
            new CharSpan(tokens.get(first).begin(), tokens.get(tokens.size() - 1).end());
        sentences.add(
            new Sentence(
                sentenceIndex, sentenceSpan, new TokenRange(first, tokens.size()),
                paragraph.index(), backend.name()));
      }
    }
    return doc.with(Layers.TOKENS, tokens).with(Layers.SENTENCES, sentences);
  }
}
