package org.newsledger.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.RuntimeInterruptedException;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.newsledger.core.CharSpan;
import org.newsledger.core.ErrorCode;
import org.newsledger.core.NewsledgerException;
import org.newsledger.core.nlp.NlpBackend;
import org.newsledger.core.nlp.TaggedSentence;
import org.newsledger.core.nlp.TaggedToken;
import org.newsledger.core.pipeline.Deadline;

/**
 * Stanford CoreNLP as newsledger's NLP backend: tokenize, ssplit, pos, lemma and ner (CoNLL 4-class
 * CRF plus rule-based numbers). Fine-grained NER is off: its regex tagger costs ten times the rest
 * of the pipeline and newsledger's own word lists give titles, demonyms and countries. By default
 * the NER tagger runs only on {@link NerWindows} (capitalized words, numbers and their neighbours),
 * about 70% of the tokens of news text; {@link NerScope#WHOLE_SENTENCES} runs it everywhere, as
 * CoreNLP does. Thread-safe; models load once.
 */
public final class CoreNlpBackend implements NlpBackend {

  private static final String NAME = "corenlp-4.5.10";

  /** Where the NER tagger runs. */
  public enum NerScope {
    /** Only windows that can hold a name or a number (the default). */
    WINDOWS,
    /** Every token of every sentence, as CoreNLP's own pipeline does. */
    WHOLE_SENTENCES
  }

  private final StanfordCoreNLP pipeline;

  /** The NER annotator run on windows, or null when the pipeline runs NER itself. */
  private final NERCombinerAnnotator windowNer;

  /** Lemmas when the pipeline does not run CoreNLP's lemma annotator (NER on windows). */
  private final Lemmas lemmas = new Lemmas();

  private CoreNlpBackend(StanfordCoreNLP pipeline, NERCombinerAnnotator windowNer) {
    this.pipeline = pipeline;
    this.windowNer = windowNer;
  }

  /** Loads the models; slow (seconds), so call once per process and share the result. */
  public static CoreNlpBackend load() {
    return load(NerScope.WINDOWS);
  }

  /** Loads the models with NER run over {@code scope}. */
  public static CoreNlpBackend load(NerScope scope) {
    Properties props = new Properties();
    boolean windows = scope == NerScope.WINDOWS;
    props.setProperty(
        "annotators", windows ? "tokenize,ssplit,pos" : "tokenize,ssplit,pos,lemma,ner");
    props.setProperty("tokenize.language", "en");
    props.setProperty("ssplit.newlineIsSentenceBreak", "always");
    props.setProperty("ner.useSUTime", "false");
    props.setProperty("ner.applyNumericClassifiers", "true");
    props.setProperty("ner.applyFineGrained", "false");
    props.setProperty("ner.buildEntityMentions", "false");
    props.setProperty(
        "ner.model", "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");
    // CoreNLP logs every model it loads; a user should see only real errors.
    RedwoodConfiguration.errorLevel().apply();
    try {
      return new CoreNlpBackend(
          new StanfordCoreNLP(props), windows ? new NERCombinerAnnotator(props) : null);
    } catch (IOException | RuntimeException e) {
      throw new NewsledgerException(
          ErrorCode.RESOURCE_MISSING, "could not load CoreNLP models: " + e.getMessage(), e);
    }
  }

  /** Shared instance, loaded on first use. */
  public static CoreNlpBackend shared() {
    return Holder.INSTANCE;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<TaggedSentence> annotate(String text, CharSpan region) {
    int offset = region.begin();
    Annotation annotation = new Annotation(TokenizerText.of(region.textOf(text)));
    try (Deadline.Interruption interruption = Deadline.interruptAtLimit()) {
      pipeline.annotate(annotation);
      if (windowNer != null) {
        Deadline.check();
        lemmatize(annotation);
        tagWindows(annotation);
      }
    } catch (RuntimeInterruptedException e) {
      // CoreNLP's annotators stop on an interrupt: the time limit's, or someone else's.
      Deadline.check();
      Thread.currentThread().interrupt();
      throw e;
    }
    List<TaggedSentence> sentences = new ArrayList<>();
    for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<TaggedToken> tokens = new ArrayList<>();
      for (CoreLabel label : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
        int begin = offset + label.beginPosition();
        int end = offset + label.endPosition();
        String ner = label.ner() == null ? "O" : label.ner();
        String lemma = label.lemma() == null ? label.word() : label.lemma();
        tokens.add(new TaggedToken(begin, end, label.tag(), lemma, ner));
      }
      sentences.add(new TaggedSentence(tokens));
    }
    return sentences;
  }

  /** Sets every token's lemma from {@link Lemmas}, as CoreNLP's lemma annotator would. */
  private void lemmatize(Annotation annotation) {
    for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
      for (CoreLabel token : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
        token.setLemma(lemmas.of(token.word(), token.tag()));
      }
    }
  }

  /**
   * Runs the NER annotator on a stand-in document whose "sentences" are the windows of every real
   * sentence; its labels land on the shared tokens, every other token is O.
   */
  private void tagWindows(Annotation annotation) {
    List<CoreLabel> windowTokens = new ArrayList<>();
    List<CoreMap> windows = new ArrayList<>();
    String text = annotation.get(CoreAnnotations.TextAnnotation.class);
    for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      List<NerWindows.Word> words = new ArrayList<>(tokens.size());
      for (CoreLabel token : tokens) {
        token.setNER("O");
        words.add(
            new NerWindows.Word(
                token.word(), token.tag(), token.beginPosition(), token.endPosition()));
      }
      for (NerWindows.Window window : NerWindows.of(words)) {
        List<CoreLabel> part = new ArrayList<>(tokens.subList(window.begin(), window.end()));
        CoreMap stand = new ArrayCoreMap();
        stand.set(CoreAnnotations.TokensAnnotation.class, part);
        stand.set(CoreAnnotations.SentenceIndexAnnotation.class, windows.size());
        stand.set(CoreAnnotations.TokenBeginAnnotation.class, windowTokens.size());
        windowTokens.addAll(part);
        stand.set(CoreAnnotations.TokenEndAnnotation.class, windowTokens.size());
        int begin = part.get(0).beginPosition();
        int end = part.get(part.size() - 1).endPosition();
        stand.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
        stand.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
        stand.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
        windows.add(stand);
      }
    }
    if (windows.isEmpty()) {
      return;
    }
    Annotation stand = new Annotation(text);
    stand.set(CoreAnnotations.TokensAnnotation.class, windowTokens);
    stand.set(CoreAnnotations.SentencesAnnotation.class, windows);
    windowNer.annotate(stand);
  }

  private static final class Holder {
    static final CoreNlpBackend INSTANCE = load();
  }
}
