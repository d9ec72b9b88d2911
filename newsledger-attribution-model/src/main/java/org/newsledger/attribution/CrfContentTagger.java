package org.newsledger.attribution;

import static java.util.Objects.requireNonNull;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ie.crf.CRFCliqueTree;
import edu.stanford.nlp.ie.crf.TestSequenceModel;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.sequences.ExactBestSequenceFinder;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.IntStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
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
   * otherwise, chosen on PolNeAR dev with a train-only model (0.6: 0.743, 0.7: 0.745, 0.75: 0.745,
   * 0.8: 0.747, 0.85: 0.741).
   */
  public static final double DEFAULT_MIN_CONFIDENCE = 0.8;

  /** The rule name of every attribution the tagger adds. */
  public static final String NAME = "model:crf-content";

  /** First object of a model file that also holds one encoder probe. */
  private static final String MAGIC_ONE_PROBE = "newsledger-crf-content/2";

  /** First object of a model file that also holds the encoder probes it averages. */
  private static final String MAGIC = "newsledger-crf-content/3";

  /** Paragraphs per block when the training set is split in two for the encoder probes. */
  private static final int FOLD_BLOCK = 16;

  private static final int PROBE_EPOCHS = 2;

  /** Paragraphs encoded together when training. */
  private static final int ENCODE_BLOCK = 64;

  private final CRFClassifier<CoreLabel> crf;

  /** The name of the encoder whose states the probes read; null without one. */
  private final String encoder;

  /** The probes whose mean probabilities the CRF reads; empty without the encoder. */
  private final List<EncoderProbe> probes;

  private CrfContentTagger(
      CRFClassifier<CoreLabel> crf, String encoder, List<EncoderProbe> probes) {
    this.crf = crf;
    this.encoder = probes.isEmpty() ? null : encoder;
    this.probes = List.copyOf(probes);
  }

  /** {@value #DEFAULT_MIN_CONFIDENCE}, chosen on PolNeAR dev for one model. */
  @Override
  public double defaultConfidence() {
    return DEFAULT_MIN_CONFIDENCE;
  }

  /** Loads a model written by {@link #train}; a missing or unreadable file is a one-line error. */
  public static CrfContentTagger load(Path model) {
    if (!Files.isRegularFile(model)) {
      throw new NewsledgerException(
          ErrorCode.BAD_CONFIGURATION, "attribution model not found: " + model);
    }
    try {
      try (ObjectInputStream in =
          new ObjectInputStream(
              new GZIPInputStream(new BufferedInputStream(Files.newInputStream(model))))) {
        Object magic = in.readObject();
        if (MAGIC.equals(magic) || MAGIC_ONE_PROBE.equals(magic)) {
          String encoder = (String) in.readObject();
          if (!ContextEncoder.names().contains(encoder)) {
            throw new NewsledgerException(
                ErrorCode.BAD_CONFIGURATION,
                "attribution model " + model + " needs encoder " + encoder + ", not available");
          }
          List<EncoderProbe> probes =
              MAGIC.equals(magic)
                  ? probesOf((Object[]) in.readObject())
                  : List.of((EncoderProbe) in.readObject());
          CRFClassifier<CoreLabel> crf = CRFClassifier.getClassifier(in);
          return new CrfContentTagger(crf, encoder, probes);
        }
      } catch (IOException | ClassCastException | ClassNotFoundException e) {
        // not a model with a probe: a plain CoreNLP classifier, read below
      }
      CRFClassifier<CoreLabel> crf = CRFClassifier.getClassifier(model.toFile());
      return new CrfContentTagger(crf, null, List.of());
    } catch (IOException | ClassCastException | ClassNotFoundException e) {
      throw new NewsledgerException(
          ErrorCode.BAD_CONFIGURATION,
          "cannot read attribution model " + model + ": " + e.getMessage(),
          e);
    }
  }

  /** The encoder whose token states the tagger reads as well as its own features, if any. */
  public Optional<String> encoder() {
    return Optional.ofNullable(encoder);
  }

  /**
   * Trains a CRF on labelled paragraphs (a gold label per token) as {@code settings} say and writes
   * it to {@code model}. With {@link TrainingSettings#encoder}, each token's pretrained encoder
   * state is read too: a probe learns labels from it, and its binned probabilities become CRF
   * features. The probes that give the training features are each trained on the other half of the
   * paragraphs (blocks of {@value #FOLD_BLOCK}), so the CRF learns how far to trust a probe on text
   * it has not seen. The model keeps both fold probes and tags new text with their mean
   * probabilities, as strong as those the CRF learned from (PolNeAR dev 0.742 -> 0.745 against a
   * probe trained on all paragraphs, which stands in for both when there are too few to split).
   * Progress goes to {@code log}.
   */
  public static CrfContentTagger train(
      List<TaggerSequence> sequences,
      List<List<String>> labels,
      TrainingSettings settings,
      Path model,
      PrintStream log) {
    requireNonNull(model, "model is null");
    if (sequences.size() != labels.size()) {
      throw new IllegalArgumentException("sequences and labels differ in length");
    }
    List<List<List<String>>> features = new ArrayList<>(sequences.size());
    for (TaggerSequence sequence : sequences) {
      features.add(sequence.features());
    }
    List<EncoderProbe> kept = List.of();
    if (settings.encoder().isPresent()) {
      long start = System.nanoTime();
      ContextEncoder context = ContextEncoder.named(settings.encoder().get());
      // blocks of paragraphs in parallel, each encoder call on one thread
      int blocks = (sequences.size() + ENCODE_BLOCK - 1) / ENCODE_BLOCK;
      List<float[][]> states =
          new ArrayList<>(
              IntStream.range(0, blocks)
                  .parallel()
                  .mapToObj(
                      b ->
                          context.encodeAll(
                              sequences
                                  .subList(
                                      b * ENCODE_BLOCK,
                                      Math.min(sequences.size(), (b + 1) * ENCODE_BLOCK))
                                  .stream()
                                  .map(TaggerSequence::words)
                                  .toList()))
                  .flatMap(List::stream)
                  .toList());
      log.printf(
          "encoded %d paragraphs with %s in %.1f s%n",
          sequences.size(), context.name(), (System.nanoTime() - start) / 1e9);
      start = System.nanoTime();
      // folds 0 and 1 give the training features; fold 2 (all paragraphs) is the one kept
      List<EncoderProbe> probes =
          IntStream.range(0, 3)
              .parallel()
              .mapToObj(fold -> trainProbe(states, labels, fold))
              .toList();
      EncoderProbe all = probes.get(2);
      kept = keptProbes(probes);
      for (int s = 0; s < sequences.size(); s++) {
        EncoderProbe heldOut = probes.get(1 - fold(s)); // the probe that did not see this paragraph
        features.set(
            s,
            withProbes(features.get(s), List.of(heldOut != null ? heldOut : all), states.get(s)));
        states.set(s, null);
      }
      log.printf("trained the encoder probes in %.1f s%n", (System.nanoTime() - start) / 1e9);
    }
    Properties props = new Properties();
    props.setProperty("featureFactory", TaggerFeatureFactory.class.getName());
    props.setProperty("maxLeft", "1");
    props.setProperty("useSequences", "true");
    props.setProperty("usePrevSequences", "true");
    props.setProperty("useWord", "false");
    props.setProperty("maxQNItr", Integer.toString(settings.iterations()));
    props.setProperty("multiThreadGrad", Integer.toString(settings.threads()));
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
      if (kept.isEmpty()) {
        crf.serializeClassifier(model.toString());
      } else {
        try (ObjectOutputStream out =
            new ObjectOutputStream(
                new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(model))))) {
          out.writeObject(MAGIC);
          out.writeObject(settings.encoder().get());
          out.writeObject(kept.toArray());
          crf.serializeClassifier(out);
        }
      }
    } catch (IOException | RuntimeException e) {
      throw new NewsledgerException(
          ErrorCode.BAD_CONFIGURATION, "cannot write " + model + ": " + e.getMessage(), e);
    }
    return new CrfContentTagger(crf, settings.encoder().orElse(null), kept);
  }

  /**
   * The probes a model keeps for tagging: the two fold probes, whose mean is as strong as what the
   * CRF learned from; the probe trained on all paragraphs when there were too few to split.
   */
  private static List<EncoderProbe> keptProbes(List<EncoderProbe> probes) {
    boolean folds = probes.get(0) != null && probes.get(1) != null;
    return folds ? List.of(probes.get(0), probes.get(1)) : List.of(probes.get(2));
  }

  private static List<EncoderProbe> probesOf(Object[] stored) {
    List<EncoderProbe> probes = new ArrayList<>(stored.length);
    for (Object probe : stored) {
      probes.add((EncoderProbe) probe);
    }
    return probes;
  }

  private static int fold(int sequence) {
    return (sequence / FOLD_BLOCK) % 2;
  }

  /**
   * A probe on the paragraphs outside {@code fold} (0 or 1), or on all of them (2); null when there
   * are none (too few paragraphs for two folds).
   */
  private static EncoderProbe trainProbe(
      List<float[][]> states, List<List<String>> labels, int fold) {
    List<float[]> x = new ArrayList<>();
    List<Integer> y = new ArrayList<>();
    for (int s = 0; s < states.size(); s++) {
      if (fold == fold(s)) {
        continue;
      }
      for (int i = 0; i < states.get(s).length; i++) {
        x.add(states.get(s)[i]);
        y.add(LABELS.indexOf(labels.get(s).get(i)));
      }
    }
    if (x.isEmpty()) {
      return null;
    }
    int[] gold = y.stream().mapToInt(Integer::intValue).toArray();
    return EncoderProbe.train(x, gold, LABELS, PROBE_EPOCHS, 17L + fold);
  }

  private static List<List<String>> withProbes(
      List<List<String>> features, List<EncoderProbe> probes, float[][] states) {
    float[][] probabilities = new float[states.length][];
    for (int i = 0; i < states.length; i++) {
      float[] mean = new float[LABELS.size()];
      for (EncoderProbe probe : probes) {
        float[] p = probe.probabilities(states[i]);
        for (int c = 0; c < mean.length; c++) {
          mean[c] += p[c] / probes.size();
        }
      }
      probabilities[i] = mean;
    }
    List<List<String>> extra = EncoderProbe.features(probabilities, probes.get(0).labels());
    List<List<String>> out = new ArrayList<>(features.size());
    for (int i = 0; i < features.size(); i++) {
      List<String> f = new ArrayList<>(features.get(i));
      f.addAll(extra.get(i));
      out.add(f);
    }
    return out;
  }

  /**
   * Viterbi labels, and each token's marginal probability of CONTENT or B-CONTENT, both read from
   * one calibrated clique tree (one forward-backward pass per paragraph).
   */
  @Override
  public Tagging tag(TaggerSequence sequence) {
    return tagAll(List.of(sequence)).get(0);
  }

  /** {@link #tag} for each paragraph, the encoder run over all of them together. */
  @Override
  public List<Tagging> tagAll(List<TaggerSequence> sequences) {
    List<float[][]> states = states(sequences);
    List<Tagging> out = new ArrayList<>(sequences.size());
    for (int s = 0; s < sequences.size(); s++) {
      TaggerSequence sequence = sequences.get(s);
      if (sequence.features().isEmpty()) {
        out.add(new Tagging(List.of(), List.of()));
        continue;
      }
      CRFCliqueTree<String> tree = cliqueTree(sequence, states.get(s));
      TestSequenceModel model = new TestSequenceModel(tree);
      int[] best = new ExactBestSequenceFinder().bestSequence(model);
      List<String> labels = new ArrayList<>(tree.length());
      List<Double> content = new ArrayList<>(tree.length());
      for (int i = 0; i < tree.length(); i++) {
        labels.add(tree.classIndex().get(best[i + model.leftWindow()]));
        double p = tree.prob(i, "CONTENT") + tree.prob(i, "B-CONTENT");
        content.add(Math.max(0, Math.min(1, p)));
      }
      out.add(new Tagging(labels, content));
    }
    return out;
  }

  /** Each token's marginal probability of each of {@link #LABELS}, in that order. */
  double[][] marginals(TaggerSequence sequence) {
    return marginalsAll(List.of(sequence)).get(0);
  }

  /** {@link #marginals} for each paragraph, the encoder run over all of them together. */
  List<double[][]> marginalsAll(List<TaggerSequence> sequences) {
    List<float[][]> states = states(sequences);
    List<double[][]> out = new ArrayList<>(sequences.size());
    for (int s = 0; s < sequences.size(); s++) {
      TaggerSequence sequence = sequences.get(s);
      if (sequence.features().isEmpty()) {
        out.add(new double[0][LABELS.size()]);
        continue;
      }
      CRFCliqueTree<String> tree = cliqueTree(sequence, states.get(s));
      double[][] p = new double[tree.length()][LABELS.size()];
      for (int i = 0; i < p.length; i++) {
        for (int c = 0; c < LABELS.size(); c++) {
          p[i][c] = tree.classIndex().contains(LABELS.get(c)) ? tree.prob(i, LABELS.get(c)) : 0;
        }
      }
      out.add(p);
    }
    return out;
  }

  /** The encoder's word vectors for each paragraph; nulls without an encoder. */
  private List<float[][]> states(List<TaggerSequence> sequences) {
    if (probes.isEmpty()) {
      return java.util.Arrays.asList(new float[sequences.size()][][]);
    }
    return ContextEncoder.forTagging(encoder)
        .encodeAll(sequences.stream().map(TaggerSequence::words).toList());
  }

  private CRFCliqueTree<String> cliqueTree(TaggerSequence sequence, float[][] states) {
    List<List<String>> features = sequence.features();
    if (!probes.isEmpty()) {
      features = withProbes(features, probes, states);
    }
    return crf.getCliqueTree(labels(features, null));
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
