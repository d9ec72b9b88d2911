package org.newsledger.entities;

import static java.util.Objects.requireNonNull;

import java.util.Set;
import org.newsledger.core.Document;
import org.newsledger.core.Layer;
import org.newsledger.core.Layers;
import org.newsledger.core.pipeline.Stage;

/**
 * In-document coreference: groups mentions into entities with an ordered list of sieves (keys,
 * person names, role nominals and offices, pronouns), then re-issues MENTIONS with entity ids.
 */
public final class CorefStage implements Stage {

  private final Lexicon lexicon;

  /** A stage over the shared word lists. */
  public CorefStage() {
    this(Lexicon.shared());
  }

  CorefStage(Lexicon lexicon) {
    this.lexicon = requireNonNull(lexicon, "lexicon is null");
  }

  @Override
  public String name() {
    return "coref";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.TOKENS, Layers.SENTENCES, Layers.MENTIONS);
  }

  @Override
  public Set<Layer<?>> provides() {
    return Set.of(Layers.ENTITIES, Layers.MENTIONS);
  }

  @Override
  public Document apply(Document doc) {
    Resolution resolution = new Resolution(doc);
    Clauses clauses = new Clauses(lexicon, resolution.tokens, doc.text());
    new KeySieve(lexicon).apply(resolution);
    new PersonSieve(lexicon).apply(resolution, clauses);
    new NominalSieve(lexicon).apply(resolution);
    new PronounSieve(lexicon).apply(resolution, clauses);
    return EntityAssembler.assemble(resolution);
  }
}
