package org.newsledger.cli.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.newsledger.core.Document;
import org.newsledger.core.ErrorCode;
import org.newsledger.core.NewsledgerException;

/**
 * What a user would otherwise run: a Stanford CoreNLP pipeline with its default models over the
 * whole article text, except that SUTime and fine-grained NER are off, as in newsledger, so the
 * baseline is not slowed by work newsledger skips.
 */
public final class CoreNlpBaseline implements Analyzer {

  /** The baselines the benchmark knows. */
  public enum Kind {
    /** tokenize, ssplit, pos, lemma, ner, depparse, statistical coref, quote with attribution. */
    FULL("corenlp-full", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote"),
    /** tokenize, ssplit, pos: the cost floor of any CoreNLP-based pipeline. */
    TAGGER("corenlp-tagger", "tokenize,ssplit,pos");

    private final String label;
    private final String annotators;

    Kind(String label, String annotators) {
      this.label = label;
      this.annotators = annotators;
    }

    /** The name used on the command line and in tables. */
    public String label() {
      return label;
    }

    /** The kind named {@code label} ("corenlp-full" or "corenlp-tagger"). */
    public static Kind of(String label) {
      for (Kind kind : values()) {
        if (kind.label.equals(label.toLowerCase(Locale.ROOT))) {
          return kind;
        }
      }
      throw new NewsledgerException(
          ErrorCode.BAD_CONFIGURATION,
          "unknown baseline '" + label + "' (expected corenlp-full or corenlp-tagger)");
    }
  }

  private final Kind kind;
  private final StanfordCoreNLP pipeline;

  private CoreNlpBaseline(Kind kind, StanfordCoreNLP pipeline) {
    this.kind = kind;
    this.pipeline = pipeline;
  }

  /** Loads the baseline's own copy of its models (seconds to tens of seconds). */
  public static CoreNlpBaseline load(Kind kind) {
    RedwoodConfiguration.errorLevel().apply();
    // CoreNLP caches annotators by their settings; newsledger's backend already holds the tagger,
    // and sharing it would hide the baseline's load time and model memory.
    StanfordCoreNLP.clearAnnotatorPool();
    try {
      return new CoreNlpBaseline(kind, new StanfordCoreNLP(properties(kind)));
    } catch (RuntimeException e) {
      throw new NewsledgerException(
          ErrorCode.RESOURCE_MISSING,
          "could not load the " + kind.label() + " baseline: " + e.getMessage(),
          e);
    }
  }

  static Properties properties(Kind kind) {
    Properties props = new Properties();
    props.setProperty("annotators", kind.annotators);
    props.setProperty("tokenize.language", "en");
    props.setProperty("ssplit.newlineIsSentenceBreak", "always");
    props.setProperty("ner.useSUTime", "false");
    props.setProperty("ner.applyFineGrained", "false");
    props.setProperty("coref.algorithm", "statistical");
    props.setProperty("quote.attributeQuotes", "true");
    return props;
  }

  @Override
  public String name() {
    return kind.label();
  }

  @Override
  public int analyze(Document article) {
    Annotation annotation = new Annotation(article.text());
    pipeline.annotate(annotation);
    List<?> tokens = annotation.get(CoreAnnotations.TokensAnnotation.class);
    return tokens == null ? 0 : tokens.size();
  }
}
