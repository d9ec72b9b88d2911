package org.newsledger.eval;

import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Properties;
import java.util.function.UnaryOperator;
import org.newsledger.core.CharSpan;
import org.newsledger.core.Document;
import org.newsledger.core.ErrorCode;
import org.newsledger.core.Excerpt;
import org.newsledger.core.Layers;
import org.newsledger.core.NewsledgerException;
import org.newsledger.core.facts.Attribution;
import org.newsledger.core.facts.AttributionKind;
import org.newsledger.core.facts.Source;
import org.newsledger.core.facts.SourceType;

/**
 * A peer baseline: CoreNLP 4.5.10's own {@code quote} annotator with quote attribution (its sieves
 * over coreference), each quote turned into a DIRECT attribution whose content and cue are the
 * quote span and whose source is the speaker CoreNLP picked (name "" and UNKNOWN when none). The
 * rule is "corenlp:quote/" plus the sieve that chose the mention. Models load once (about 3 GB of
 * heap with coref); {@code apply} is thread-safe as StanfordCoreNLP's annotate is.
 */
public final class CoreNlpQuoteBaseline implements UnaryOperator<Document> {

  /** Rule prefix of every attribution this baseline makes. */
  public static final String RULE = "corenlp:quote";

  private final StanfordCoreNLP analysis;
  private final StanfordCoreNLP quotes;

  private CoreNlpQuoteBaseline(StanfordCoreNLP analysis, StanfordCoreNLP quotes) {
    this.analysis = analysis;
    this.quotes = quotes;
  }

  /** Loads the models with statistical coreference (slow: tens of seconds). */
  public static CoreNlpQuoteBaseline load() {
    return load(true);
  }

  /**
   * Loads the models; without coreference the quote sieves work from names and pronouns alone (an
   * empty coreference map is handed to them), which is faster and lighter.
   */
  public static CoreNlpQuoteBaseline load(boolean useCoref) {
    Properties props = new Properties();
    props.setProperty(
        "annotators",
        useCoref
            ? "tokenize,ssplit,pos,lemma,ner,depparse,coref"
            : "tokenize,ssplit,pos,lemma,ner,depparse");
    props.setProperty("ssplit.newlineIsSentenceBreak", "always");
    props.setProperty("ner.useSUTime", "false");
    props.setProperty("ner.applyFineGrained", "false");
    props.setProperty("coref.algorithm", "statistical");
    Properties quoteProps = new Properties();
    quoteProps.setProperty("annotators", "quote");
    quoteProps.setProperty("quote.attributeQuotes", "true");
    // the earlier annotators ran in the other pipeline
    quoteProps.setProperty("enforceRequirements", "false");
    try {
      return new CoreNlpQuoteBaseline(new StanfordCoreNLP(props), new StanfordCoreNLP(quoteProps));
    } catch (RuntimeException e) {
      throw new NewsledgerException(
          ErrorCode.RESOURCE_MISSING, "could not load CoreNLP quote models: " + e.getMessage(), e);
    }
  }

  @Override
  public Document apply(Document doc) {
    Annotation annotation = new Annotation(doc.text());
    analysis.annotate(annotation);
    if (annotation.get(CorefCoreAnnotations.CorefChainAnnotation.class) == null) {
      annotation.set(CorefCoreAnnotations.CorefChainAnnotation.class, new HashMap<>());
    }
    quotes.annotate(annotation);
    List<CoreLabel> tokens = annotation.get(CoreAnnotations.TokensAnnotation.class);
    List<CoreMap> quotes = annotation.get(CoreAnnotations.QuotationsAnnotation.class);
    List<Attribution> attributions = new ArrayList<>();
    for (CoreMap quote : quotes == null ? List.<CoreMap>of() : quotes) {
      attributions.add(attribution("q" + (attributions.size() + 1), doc.text(), quote, tokens));
    }
    return doc.with(Layers.ATTRIBUTIONS, attributions);
  }

  private static Attribution attribution(
      String id, String text, CoreMap quote, List<CoreLabel> tokens) {
    int begin = quote.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    int end = quote.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
    Excerpt content = Excerpt.of(text, begin, end);
    String sieve = quote.get(QuoteAttributionAnnotator.MentionSieveAnnotation.class);
    String rule = sieve == null ? RULE : RULE + "/" + sieve;
    return new Attribution(
        id,
        AttributionKind.DIRECT,
        content,
        content,
        source(text, quote, tokens),
        null,
        false,
        rule);
  }

  private static Source source(String text, CoreMap quote, List<CoreLabel> tokens) {
    String name =
        firstNonBlank(
            quote.get(QuoteAttributionAnnotator.CanonicalMentionAnnotation.class),
            quote.get(QuoteAttributionAnnotator.SpeakerAnnotation.class),
            quote.get(QuoteAttributionAnnotator.MentionAnnotation.class));
    Excerpt mention =
        tokenExcerpt(
            text,
            tokens,
            quote.get(QuoteAttributionAnnotator.MentionBeginAnnotation.class),
            quote.get(QuoteAttributionAnnotator.MentionEndAnnotation.class));
    if (name.isEmpty() && mention != null) {
      name = mention.text();
    }
    return new Source(null, name, name.isEmpty() ? SourceType.UNKNOWN : SourceType.PERSON, mention);
  }

  /** The chars of tokens {@code first..last} (inclusive document token indexes), or null. */
  private static Excerpt tokenExcerpt(
      String text, List<CoreLabel> tokens, Integer first, Integer last) {
    if (first == null || last == null || first < 0 || last < first || last >= tokens.size()) {
      return null;
    }
    int begin = tokens.get(first).beginPosition();
    int end = tokens.get(last).endPosition();
    return begin < 0 || end > text.length() ? null : Excerpt.of(text, new CharSpan(begin, end));
  }

  private static String firstNonBlank(String... values) {
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        return value.strip();
      }
    }
    return "";
  }
}
