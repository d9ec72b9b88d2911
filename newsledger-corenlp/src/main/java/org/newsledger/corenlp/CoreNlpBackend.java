package org.newsledger.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.newsledger.core.CharSpan;
import org.newsledger.core.ErrorCode;
import org.newsledger.core.NewsledgerException;
import org.newsledger.core.nlp.NlpBackend;
import org.newsledger.core.nlp.TaggedSentence;
import org.newsledger.core.nlp.TaggedToken;

/**
 * Stanford CoreNLP as newsledger's NLP backend: tokenize, ssplit, pos, lemma and ner (CoNLL 4-class
 * CRF plus rule-based numbers). Fine-grained NER is off: its regex tagger costs ten times the rest
 * of the pipeline and newsledger's own word lists give titles, demonyms and countries. Thread-safe;
 * models load once.
 */
public final class CoreNlpBackend implements NlpBackend {

  private static final String NAME = "corenlp-4.5.10";

  private final StanfordCoreNLP pipeline;

  private CoreNlpBackend(StanfordCoreNLP pipeline) {
    this.pipeline = pipeline;
  }

  /** Loads the models; slow (seconds), so call once per process and share the result. */
  public static CoreNlpBackend load() {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
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
      return new CoreNlpBackend(new StanfordCoreNLP(props));
    } catch (RuntimeException e) {
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
    Annotation annotation = new Annotation(region.textOf(text));
    pipeline.annotate(annotation);
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

  private static final class Holder {
    static final CoreNlpBackend INSTANCE = load();
  }
}
