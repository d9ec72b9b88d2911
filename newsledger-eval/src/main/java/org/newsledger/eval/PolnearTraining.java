package org.newsledger.eval;

import static java.util.Objects.requireNonNull;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.newsledger.attribution.AttributionStage;
import org.newsledger.attribution.CrfContentTagger;
import org.newsledger.attribution.TaggerSequence;
import org.newsledger.attribution.TrainingSettings;
import org.newsledger.core.CharSpan;
import org.newsledger.core.Document;
import org.newsledger.core.Layers;
import org.newsledger.core.NewsledgerException;
import org.newsledger.core.text.Token;

/**
 * Trains newsledger's learned attribution tagger on a PolNeAR split: each article is analyzed, cut
 * into the paragraphs {@link AttributionStage#taggerSequences} gives (the rules' own contents among
 * the features), and each token labelled from the gold relations: CONTENT when inside a content
 * (first token B-CONTENT), else CUE or SOURCE, else O. The model is written where the user says,
 * never into the repository: PolNeAR may not be redistributed, nor what is learned from it.
 */
public final class PolnearTraining {

  private final PolnearCorpus corpus;

  /** Training over {@code corpus}. */
  public PolnearTraining(PolnearCorpus corpus) {
    this.corpus = requireNonNull(corpus, "corpus is null");
  }

  /**
   * Analyzes the articles of {@code split} (at most {@code limit}; several splits may be given
   * joined by commas, "train,dev") with {@code analyzer}, trains as {@code settings} say and writes
   * the model to {@code model}; an article that fails is reported on {@code out} and left out.
   */
  public void train(
      String split,
      int limit,
      UnaryOperator<Document> analyzer,
      TrainingSettings settings,
      Path model,
      PrintStream out) {
    AttributionStage stage = new AttributionStage();
    List<TaggerSequence> sequences = new ArrayList<>();
    List<List<String>> labels = new ArrayList<>();
    List<PolnearArticle> articles = new ArrayList<>();
    for (String part : split.split(",", -1)) {
      articles.addAll(corpus.articles(part.strip(), limit - articles.size()));
      if (articles.size() >= limit) {
        break;
      }
    }
    int tokens = 0;
    int failed = 0;
    long start = System.nanoTime();
    for (PolnearArticle article : articles) {
      try {
        Document doc = analyzer.apply(article.document());
        List<PolnearAttribution> gold = article.gold(doc.text());
        List<Token> docTokens = doc.get(Layers.TOKENS);
        String[] gAll = labels(docTokens, gold);
        for (TaggerSequence sequence : stage.taggerSequences(doc)) {
          sequences.add(sequence);
          List<String> seqLabels = new ArrayList<>(sequence.tokens().size());
          for (int i = sequence.tokens().first(); i < sequence.tokens().end(); i++) {
            seqLabels.add(gAll[i]);
          }
          labels.add(seqLabels);
          tokens += sequence.tokens().size();
        }
      } catch (NewsledgerException e) {
        failed++;
        out.println("skipped " + article.name() + ": " + e.getMessage());
      }
    }
    out.printf(
        "training on %d articles of PolNeAR %s (%d failed), %d paragraphs, %d tokens; analysis"
            + " took %.1f s%n",
        articles.size() - failed,
        split,
        failed,
        sequences.size(),
        tokens,
        (System.nanoTime() - start) / 1e9);
    start = System.nanoTime();
    CrfContentTagger.train(sequences, labels, settings, model, out);
    out.printf("model written to %s in %.1f s%n", model, (System.nanoTime() - start) / 1e9);
  }

  /** Gold label per document token. */
  static String[] labels(List<Token> tokens, List<PolnearAttribution> gold) {
    String[] labels = new String[tokens.size()];
    java.util.Arrays.fill(labels, "O");
    for (PolnearAttribution relation : gold) {
      mark(tokens, relation.source(), "SOURCE", labels);
      mark(tokens, relation.cue(), "CUE", labels);
    }
    for (PolnearAttribution relation : gold) {
      mark(tokens, relation.content(), "CONTENT", labels);
    }
    for (PolnearAttribution relation : gold) {
      int begin = relation.content().get(0).begin();
      for (int i = 0; i < tokens.size(); i++) {
        if (tokens.get(i).span().end() > begin) {
          if (labels[i].equals("CONTENT")) {
            labels[i] = "B-CONTENT";
          }
          break;
        }
      }
    }
    return labels;
  }

  private static void mark(List<Token> tokens, List<CharSpan> spans, String label, String[] out) {
    for (CharSpan span : spans) {
      for (int i = 0; i < tokens.size(); i++) {
        Token token = tokens.get(i);
        if (token.span().begin() < span.end() && span.begin() < token.span().end()) {
          if (out[i].equals("O") || label.equals("CONTENT")) {
            out[i] = label;
          }
        }
      }
    }
  }
}
