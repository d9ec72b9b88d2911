package org.newsledger.core;

import java.util.List;
import org.newsledger.core.facts.Attribution;
import org.newsledger.core.facts.Claim;
import org.newsledger.core.facts.Entity;
import org.newsledger.core.facts.EpistemicAct;
import org.newsledger.core.facts.Event;
import org.newsledger.core.facts.Mention;
import org.newsledger.core.facts.Quantity;
import org.newsledger.core.facts.TimeExpression;
import org.newsledger.core.text.Paragraph;
import org.newsledger.core.text.Repair;
import org.newsledger.core.text.Sentence;
import org.newsledger.core.text.Token;

/** The layers a document can hold. */
public final class Layers {

  /** Paragraphs with their zones (headline, dateline, body). */
  public static final Layer<Paragraph> PARAGRAPHS = Layer.of("paragraphs", Paragraph.class);

  /** Tokens with part-of-speech, lemma and model NER tags. */
  public static final Layer<Token> TOKENS = Layer.of("tokens", Token.class);

  /** Sentences, each inside one paragraph. */
  public static final Layer<Sentence> SENTENCES = Layer.of("sentences", Sentence.class);

  /**
   * What the token repair changed in the NLP model's tokens and sentences (which it replaces); its
   * presence tells a stage that the tokens and sentences it reads are the repaired ones.
   */
  public static final Layer<Repair> REPAIRS = Layer.of("repairs", Repair.class);

  /** Time expressions with normalized values. */
  public static final Layer<TimeExpression> TIMES = Layer.of("times", TimeExpression.class);

  /** Entity mentions, resolved to entities once ENTITIES is present. */
  public static final Layer<Mention> MENTIONS = Layer.of("mentions", Mention.class);

  /** Entities grouping mentions. */
  public static final Layer<Entity> ENTITIES = Layer.of("entities", Entity.class);

  /** Who said what. */
  public static final Layer<Attribution> ATTRIBUTIONS = Layer.of("attributions", Attribution.class);

  /** Non-assertive stances: did not confirm, did not deny, declined to comment. */
  public static final Layer<EpistemicAct> EPISTEMIC = Layer.of("epistemic", EpistemicAct.class);

  /** Numbers with their qualifier and what they count. */
  public static final Layer<Quantity> QUANTITIES = Layer.of("quantities", Quantity.class);

  /** Who did what to whom, where and when, coded in PLOVER. */
  public static final Layer<Event> EVENTS = Layer.of("events", Event.class);

  /** Propositions with their sources and epistemic status. */
  public static final Layer<Claim> CLAIMS = Layer.of("claims", Claim.class);

  /** All layers, in the order a full pipeline provides them. */
  public static final List<Layer<?>> ALL =
      List.of(
          PARAGRAPHS,
          TOKENS,
          SENTENCES,
          REPAIRS,
          TIMES,
          MENTIONS,
          ENTITIES,
          ATTRIBUTIONS,
          EPISTEMIC,
          QUANTITIES,
          EVENTS,
          CLAIMS);

  private Layers() {}
}
