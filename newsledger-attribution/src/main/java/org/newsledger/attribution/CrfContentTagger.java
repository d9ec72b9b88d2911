package org.newsledger.attribution;

import static java.util.Objects.requireNonNull;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ie.crf.CRFCliqueTree;
import edu.stanford.nlp.ie.crf.TestSequenceModel;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.sequences.ExactBestSequenceFinder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.newsledger.core.ErrorCode;
import org.newsledger.core.NewsledgerException;

/**
 * A {@link ContentTagger} backed by a CoreNLP linear-chain CRF over {@link TaggerFeatures}. Models
 * are trained by {@link #train} from labelled paragraphs, for instance PolNeAR's train split; no
 * model ships with newsledger, since the data it would be learned from may not be redistributed.
 */
public final class CrfContentTagger implements ContentTagger {

  /** Labels a tagger may give. */
  public static final List<String> LABELS = List.of("O", "SOURCE", "CUE", "CONTENT", "B-CONTENT");

  /**
   * The mean content probability below which a learned content is dropped unless the user says
   * otherwise, chosen on PolNeAR dev.
   */
  public static final double DEFAULT_MIN_CONFIDENCE = 0.7;

  /** The rule name of every attribution the tagger adds. */
  public static final String NAME = "model:crf-content";

  private final CRFClassifier<CoreLabel> crf;

  private CrfContentTagger(CRFClassifier<CoreLabel> crf) {
    this.crf = crf;
  }

  /** Loads a model written by {@link #train}; a missing or unreadable file is a one-line error. */
  public static CrfContentTagger load(Path model) {
    if (!Files.isRegularFile(model)) {
      throw new NewsledgerException(
          ErrorCode.BAD_CONFIGURATION, "attribution model not found: " + model);
    }
    try {
      CRFClassifier<CoreLabel> crf = CRFClassifier.getClassifier(model.toFile());
      return new CrfContentTagger(crf);
    } catch (IOException | ClassCastException | ClassNotFoundException e) {
      throw new NewsledgerException(
          ErrorCode.BAD_CONFIGURATION,
          "cannot read attribution model " + model + ": " + e.getMessage(),
          e);
    }
  }

  /**
   * Trains a CRF on labelled paragraphs (features and gold labels of equal length) with at most
   * {@code iterations} quasi-Newton iterations and writes it to {@code model}.
   */
  public static CrfContentTagger train(
      List<List<List<String>>> features, List<List<String>> labels, int iterations, Path model) {
    requireNonNull(model, "model is null");
    if (features.size() != labels.size()) {
      throw new IllegalArgumentException("features and labels differ in length");
    }
    Properties props = new Properties();
    props.setProperty("featureFactory", TaggerFeatureFactory.class.getName());
    props.setProperty("maxLeft", "1");
    props.setProperty("useSequences", "true");
    props.setProperty("usePrevSequences", "true");
    props.setProperty("useWord", "false");
    props.setProperty("maxQNItr", Integer.toString(iterations));
    props.setProperty("multiThreadGrad", "1");
    CRFClassifier<CoreLabel> crf = new CRFClassifier<>(props);
    List<List<CoreLabel>> docs = new ArrayList<>(features.size());
    for (int i = 0; i < features.size(); i++) {
      docs.add(labels(features.get(i), labels.get(i)));
    }
    crf.train(docs, crf.makeReaderAndWriter());
    try {
      Path parent = model.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      crf.serializeClassifier(model.toString());
    } catch (IOException | RuntimeException e) {
      throw new NewsledgerException(
          ErrorCode.BAD_CONFIGURATION, "cannot write " + model + ": " + e.getMessage(), e);
    }
    return new CrfContentTagger(crf);
  }

  /**
   * Viterbi labels, and each token's marginal probability of CONTENT or B-CONTENT, both read from
   * one calibrated clique tree (one forward-backward pass per paragraph).
   */
  @Override
  public Tagging tag(List<List<String>> features) {
    if (features.isEmpty()) {
      return new Tagging(List.of(), List.of());
    }
    CRFCliqueTree<String> tree = crf.getCliqueTree(labels(features, null));
    TestSequenceModel model = new TestSequenceModel(tree);
    int[] best = new ExactBestSequenceFinder().bestSequence(model);
    List<String> out = new ArrayList<>(features.size());
    List<Double> content = new ArrayList<>(features.size());
    for (int i = 0; i < features.size(); i++) {
      out.add(tree.classIndex().get(best[i + model.leftWindow()]));
      double p = tree.prob(i, "CONTENT") + tree.prob(i, "B-CONTENT");
      content.add(Math.max(0, Math.min(1, p)));
    }
    return new Tagging(out, content);
  }

  @Override
  public String name() {
    return NAME;
  }

  private static List<CoreLabel> labels(List<List<String>> features, List<String> gold) {
    List<CoreLabel> tokens = new ArrayList<>(features.size());
    for (int i = 0; i < features.size(); i++) {
      CoreLabel token = new CoreLabel();
      token.set(TaggerFeatureFactory.Features.class, features.get(i).toArray(new String[0]));
      token.setWord("w");
      if (gold != null) {
        token.set(CoreAnnotations.AnswerAnnotation.class, gold.get(i));
        token.set(CoreAnnotations.GoldAnswerAnnotation.class, gold.get(i));
      }
      tokens.add(token);
    }
    return tokens;
  }
}
