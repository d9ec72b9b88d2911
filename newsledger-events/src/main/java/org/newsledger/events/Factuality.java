package org.newsledger.events;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.newsledger.core.Document;
import org.newsledger.core.Layers;
import org.newsledger.core.facts.Attribution;
import org.newsledger.core.facts.EpistemicAct;
import org.newsledger.core.facts.EventModality;
import org.newsledger.core.text.Sentence;
import org.newsledger.core.text.Token;

/**
 * How far the text commits to a predicate (an event verb or noun): negation, modality, hedging and
 * reporting, read by named rules from the tagged tokens around it and the cue words of
 * factuality-cues.tsv. Loaded once; then stateless and thread-safe.
 */
public final class Factuality {

  /**
   * The reading of one predicate.
   *
   * @param modality how the text presents it; the weakest modality any rule found
   * @param negated true when the text says it did not or will not happen
   * @param hedged true when the text presents it as possible or believed only
   * @param reported true when the text puts it in someone else's words
   * @param rule the names of the rules that decided, joined by "+"; "default" when none fired
   */
  public record Judgment(
      EventModality modality, boolean negated, boolean hedged, boolean reported, String rule) {

    /** Validates the fields. */
    public Judgment {
      requireNonNull(modality, "modality is null");
      requireNonNull(rule, "rule is null");
    }
  }

  private final FactualityRules rules;

  private Factuality(FactualityCues cues) {
    this.rules = new FactualityRules(cues);
  }

  /** Loads factuality-cues.tsv. */
  public static Factuality load() {
    return new Factuality(FactualityCues.load());
  }

  /**
   * The judgment of {@code predicate}, a token of {@code doc}: its sentence's cues, and the
   * attributions and epistemic acts of the document that hold it when those layers are present.
   */
  public Judgment assess(Document doc, Token predicate) {
    Sentence sentence =
        doc.get(Layers.SENTENCES).stream()
            .filter(s -> s.index() == predicate.sentenceIndex())
            .findFirst()
            .orElseThrow(
                () -> new IllegalArgumentException("token outside sentences: " + predicate));
    List<Token> tokens = doc.tokens(sentence);
    Reading reading = rules.read(tokens, predicate.index() - tokens.get(0).index());
    for (Attribution a : doc.getOrEmpty(Layers.ATTRIBUTIONS)) {
      if (a.content().span().contains(predicate.span())
          && !a.cue().span().overlaps(predicate.span())) {
        reading.report("attribution-content");
      }
    }
    for (EpistemicAct act : doc.getOrEmpty(Layers.EPISTEMIC)) {
      if (act.target() != null && act.target().span().contains(predicate.span())) {
        reading.hedge("epistemic-" + act.act().label());
      }
    }
    return reading.judgment();
  }

  /** The judgment of the predicate at sentence-relative {@code head} from its sentence alone. */
  Judgment judge(List<Token> tokens, int head) {
    return rules.read(tokens, head).judgment();
  }
}
