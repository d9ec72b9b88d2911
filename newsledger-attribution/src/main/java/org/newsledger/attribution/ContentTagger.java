package org.newsledger.attribution;

import java.util.List;

/**
 * A learned tagger that labels each token of a paragraph {@code O}, {@code SOURCE}, {@code CUE},
 * {@code CONTENT} or {@code B-CONTENT} (a content's first token), reading the features of {@link
 * AttributionStage#taggerSequences}. Implementations must be thread-safe. The rules stage reads a
 * tagger only through this interface, so models and their runtimes live in another module
 * (newsledger-attribution-model) that plugs in here.
 */
public interface ContentTagger {

  /**
   * The labels of a paragraph's tokens, in order, and for each token the probability the tagger
   * gives it of lying inside a content (CONTENT or B-CONTENT), in [0, 1].
   */
  record Tagging(List<String> labels, List<Double> content) {

    /** Copies both lists, which must be equally long. */
    public Tagging {
      labels = List.copyOf(labels);
      content = List.copyOf(content);
      if (labels.size() != content.size()) {
        throw new IllegalArgumentException("labels and probabilities differ in length");
      }
    }
  }

  /** One label, and one content probability, per token of {@code sequence}. */
  Tagging tag(TaggerSequence sequence);

  /**
   * {@link #tag} for each of several paragraphs, in order; a tagger may run them together (one
   * article's paragraphs come in one call), which must give the same labels as one by one.
   */
  default List<Tagging> tagAll(List<TaggerSequence> sequences) {
    return sequences.stream().map(this::tag).toList();
  }

  /** The model's name, which travels with each attribution it adds as its rule. */
  String name();

  /**
   * The least mean content probability a learned content needs unless the user says otherwise
   * (chosen on PolNeAR dev for each kind of tagger).
   */
  double defaultConfidence();
}
