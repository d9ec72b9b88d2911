package org.newsledger.attribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.newsledger.core.Document;
import org.newsledger.core.Excerpt;
import org.newsledger.core.Layer;
import org.newsledger.core.Layers;
import org.newsledger.core.facts.Attribution;
import org.newsledger.core.facts.AttributionKind;
import org.newsledger.core.facts.EpistemicAct;
import org.newsledger.core.facts.Source;
import org.newsledger.core.pipeline.Stage;

/**
 * Finds who said what: an ordered cascade of rules (dash, according to, as X stated, impersonal
 * passive, "X is expected to", X said that, CONTENT X said, report nouns, quote continuation, "X:
 * ...", "\"...\" ― X"), the first rule to claim a cue winning; sources resolved through the mention
 * layer; nested attributions linked by {@code via}; stances such as "did not confirm" recorded as
 * epistemic acts. Stateless and thread-safe.
 */
public final class AttributionStage implements Stage {

  private final Lexicon lexicon;
  private final Cascade cascade;
  private final ContentTagger tagger;
  private final double minConfidence;

  /** A stage with the word lists shipped in this module (loaded once), rules only. */
  public AttributionStage() {
    this(null, 0);
  }

  /**
   * A stage whose rules are followed by a learned tagger adding the contents they miss (see {@link
   * LearnedContents}) where its mean content probability is at least {@code minConfidence} (in [0,
   * 1]); {@code tagger} may be null for rules only.
   */
  public AttributionStage(ContentTagger tagger, double minConfidence) {
    this(tagger, minConfidence, Set.of());
  }

  /**
   * As {@link #AttributionStage(ContentTagger, double)}, with the rules named in {@code rulesOff}
   * (see {@link #ruleNames}) switched off, to measure what each contributes; an unknown name is an
   * {@link IllegalArgumentException}.
   */
  public AttributionStage(ContentTagger tagger, double minConfidence, Set<String> rulesOff) {
    if (!(minConfidence >= 0 && minConfidence <= 1)) {
      throw new IllegalArgumentException("minConfidence must lie in [0, 1]: " + minConfidence);
    }
    this.lexicon = Lexicon.load();
    this.cascade = new Cascade(Set.copyOf(rulesOff));
    this.tagger = tagger;
    this.minConfidence = minConfidence;
  }

  /** The names of the cascade's rules, in the order they run. */
  public static List<String> ruleNames() {
    return Cascade.names();
  }

  /** The stage name, "attribution". */
  @Override
  public String name() {
    return "attribution";
  }

  /**
   * Paragraphs, tokens and sentences as the token repair leaves them (the rules rely on its tags
   * and sentence joins; see {@link org.newsledger.core.nlp.TokenRepairStage}), mentions and
   * entities.
   */
  @Override
  public Set<Layer<?>> requires() {
    return Set.of(
        Layers.PARAGRAPHS,
        Layers.TOKENS,
        Layers.SENTENCES,
        Layers.REPAIRS,
        Layers.MENTIONS,
        Layers.ENTITIES);
  }

  /** Attributions and epistemic acts. */
  @Override
  public Set<Layer<?>> provides() {
    return Set.of(Layers.ATTRIBUTIONS, Layers.EPISTEMIC);
  }

  /** Adds the attributions ("a1"..) and epistemic acts ("x1"..) found in the document. */
  @Override
  public Document apply(Document doc) {
    Article article = new Article(doc, lexicon);
    Claims claims = new Claims();
    List<Finding> findings = cascade.findAll(article, claims);
    if (tagger != null) {
      findings = new LearnedContents(article, tagger, minConfidence).apply(findings);
      findings.sort(Comparator.comparingInt(f -> f.cue().first()));
    }
    NounPhrases phrases = article.phrases();
    Sources sources = new Sources(article, phrases);
    List<Attribution> attributions =
        new Citations(article, phrases, sources)
            .add(
                new Nesting()
                    .link(new OutletChains(doc.text()).link(build(article, findings, sources))),
                claims);
    List<EpistemicAct> acts =
        new EpistemicFinder(article, phrases, sources).find(attributions, claims);
    return doc.with(Layers.ATTRIBUTIONS, attributions).with(Layers.EPISTEMIC, acts);
  }

  /**
   * The paragraphs of an analyzed document (one holding this stage's required layers) as a learned
   * tagger sees them, with the rules' contents among the features: what {@link ContentTagger}s are
   * trained and run on.
   */
  public List<TaggerSequence> taggerSequences(Document doc) {
    Article article = new Article(doc, lexicon);
    return LearnedContents.sequences(article, cascade.findAll(article, new Claims()));
  }

  private static List<Attribution> build(Article article, List<Finding> findings, Sources sources) {
    List<Attribution> built = new ArrayList<>();
    String text = article.doc().text();
    ContentShapes shapes = new ContentShapes(article);
    SplitQuotes splitQuotes = new SplitQuotes(article);
    for (Finding finding : findings) {
      TokenSpan content = shapes.clip(finding.content());
      List<TokenSpan> quoted = splitQuotes.parts(content, finding.cue(), finding.source());
      List<TokenSpan> parts =
          quoted.size() > 1
              ? quoted
              : splitQuotes.aroundClause(content, finding.cue(), finding.source());
      Source source =
          finding.implicit() == Finding.ImplicitSource.NONE
              ? sources.named(finding.source(), built)
              : sources.implicit(finding.implicit(), finding.source(), built);
      AttributionKind kind =
          finding.kind() != null
              ? finding.kind()
              : quoted.size() > 1 ? AttributionKind.DIRECT : shapes.kind(content);
      built.add(
          new Attribution(
              "a" + (built.size() + 1),
              kind,
              Excerpt.of(text, article.span(finding.cue().first(), finding.cue().last())),
              Excerpt.of(text, article.span(content.first(), content.last())),
              source,
              null,
              article.inHeadline(article.sentenceOf(finding.cue().first())),
              finding.rule(),
              parts.stream()
                  .map(part -> Excerpt.of(text, article.span(part.first(), part.last())))
                  .toList()));
    }
    return built;
  }
}
