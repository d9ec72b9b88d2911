package org.newsledger.claims;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsledger.core.CharSpan;
import org.newsledger.core.Layers;
import org.newsledger.core.facts.Attribution;
import org.newsledger.core.facts.ClaimSource;
import org.newsledger.core.facts.ClaimStatus;
import org.newsledger.core.facts.Event;
import org.newsledger.core.facts.StatusChange;
import org.newsledger.core.lexicon.PhraseIndex;
import org.newsledger.core.text.Token;

/**
 * Marks claims sources disagree about, by two rules: a source's statement holding a dispute cue
 * ("it's not the same proposal") contests the nearest earlier claim of another source that shares a
 * common noun with it; two sources report the same event, one negated.
 */
final class Disputes {

  static final String CUE = "claims:dispute-cue";
  static final String CONTRADICTION = "claims:contradicting-sources";

  private final ClaimLexicon lexicon;

  Disputes(ClaimLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** Records DISPUTED changes on every claim found contested. */
  void mark(Facts facts, List<Draft> drafts) {
    for (Attribution a : facts.doc().get(Layers.ATTRIBUTIONS)) {
      List<Token> tokens = facts.tokensIn(a.content().span());
      for (PhraseIndex.Match<String> match : lexicon.disputes().findAll(tokens)) {
        Set<String> nouns = nouns(tokens.subList(match.first(), tokens.size()));
        Draft contested = contested(facts, drafts, a, nouns);
        CharSpan cue = Facts.span(tokens, match.first(), match.end());
        if (contested != null
            && contested.history().stream().noneMatch(h -> h.evidence().span().equals(cue))) {
          contested.record(
              new StatusChange(
                  ClaimStatus.DISPUTED,
                  a.source().name(),
                  a.source().entityId(),
                  facts.excerpt(cue),
                  CUE));
        }
      }
    }
    contradictions(facts, drafts);
  }

  private static Draft contested(
      Facts facts, List<Draft> drafts, Attribution a, Set<String> nouns) {
    CharSpan statement = a.content().span();
    return drafts.stream()
        .filter(d -> d.proposition().span().end() <= statement.begin())
        .filter(d -> !d.sources().isEmpty() && !d.hasSourceNamed(a.source().name()))
        .filter(
            d -> nouns(facts.tokensIn(d.proposition().span())).stream().anyMatch(nouns::contains))
        .max(Comparator.comparingInt(d -> d.proposition().span().begin()))
        .orElse(null);
  }

  private static Set<String> nouns(List<Token> tokens) {
    return tokens.stream()
        .filter(t -> t.pos().equals("NN") || t.pos().equals("NNS"))
        .map(t -> t.lemma().toLowerCase(Locale.ROOT))
        .collect(Collectors.toSet());
  }

  /** Two sourced claims about the same event, one of them negated, dispute each other. */
  private static void contradictions(Facts facts, List<Draft> drafts) {
    for (Draft a : drafts) {
      for (Draft b : drafts) {
        Event ea = event(facts, a);
        Event eb = event(facts, b);
        if (a == b
            || ea == null
            || eb == null
            || a.sources().isEmpty()
            || b.sources().isEmpty()
            || !ea.negated()
            || eb.negated()
            || !contradict(ea, eb)
            || b.hasSourceNamed(a.sources().get(0).name())) {
          continue;
        }
        ClaimSource denier = a.sources().get(0);
        ClaimSource asserter = b.sources().get(0);
        b.record(
            new StatusChange(
                ClaimStatus.DISPUTED,
                denier.name(),
                denier.entityId(),
                ea.trigger(),
                CONTRADICTION));
        a.record(
            new StatusChange(
                ClaimStatus.DISPUTED,
                asserter.name(),
                asserter.entityId(),
                eb.trigger(),
                CONTRADICTION));
      }
    }
  }

  private static boolean contradict(Event negated, Event plain) {
    return negated.type().equals(plain.type())
        && Events.sameEntity(negated.actor(), plain.actor())
        && (negated.target() == null
            || plain.target() == null
            || Events.sameEntity(negated.target(), plain.target()));
  }

  private static Event event(Facts facts, Draft draft) {
    return draft.eventId() == null
        ? null
        : facts.events().stream()
            .filter(e -> e.id().equals(draft.eventId()))
            .findFirst()
            .orElse(null);
  }
}
