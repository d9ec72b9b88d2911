package org.newsledger.events;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsledger.core.lexicon.WordList;
import org.newsledger.core.text.Token;

/**
 * Noun phrases that name a document, a law or an object ("a government decree", "the Free Trade
 * Area agreement", "the gas field"): an event's target is an actor, never one of them.
 */
final class ThingTargets {

  private final Set<String> thingNouns;

  private ThingTargets(Set<String> thingNouns) {
    this.thingNouns = Set.copyOf(requireNonNull(thingNouns, "thingNouns is null"));
  }

  /** Loads thing-nouns.tsv. */
  static ThingTargets load() {
    return new ThingTargets(
        WordList.load(ThingTargets.class, "thing-nouns.tsv").firstColumnLowerCase());
  }

  /**
   * True when the mention's head, its last word, is a thing noun; a name before one ("a Security
   * Council resolution") stays: PLOVER codes the author of a document as its target.
   */
  boolean isThing(List<Token> tokens, PlacedMention placed) {
    Token head = tokens.get(placed.end() - 1);
    return head.isPos("NN") && thingNouns.contains(head.lemma().toLowerCase(Locale.ROOT));
  }
}
