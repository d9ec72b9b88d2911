package org.newsledger.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    NounIndex index = null;
    for (Attribution a : facts.doc().get(Layers.ATTRIBUTIONS)) {
      List<Token> tokens = facts.tokensIn(a.content().span());
      for (PhraseIndex.Match<String> match : lexicon.disputes().findAll(tokens)) {
        if (index == null) {
          index = new NounIndex(facts, drafts);
        }
        Set<String> nouns = nouns(tokens.subList(match.first(), tokens.size()));
        Draft contested = index.contested(a, nouns);
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

  /**
   * The sourced drafts holding each common noun, by where their propositions begin, so a dispute
   * cue looks only at claims sharing a noun with it.
   */
  private static final class NounIndex {
    private final Map<String, List<Integer>> byNoun = new HashMap<>();
    private final List<Draft> drafts;

    NounIndex(Facts facts, List<Draft> drafts) {
      this.drafts = List.copyOf(drafts);
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < drafts.size(); i++) {
        if (!drafts.get(i).sources().isEmpty()) {
          order.add(i);
        }
      }
      order.sort(Comparator.comparingInt(i -> drafts.get(i).proposition().span().begin()));
      for (int i : order) {
        for (String noun : nouns(facts.tokensIn(drafts.get(i).proposition().span()))) {
          byNoun.computeIfAbsent(noun, n -> new ArrayList<>()).add(i);
        }
      }
    }

    /**
     * The claim of another source beginning last (the first of the drafts beginning together) and
     * ending before the statement of {@code a}, that shares one of {@code nouns}; or null.
     */
    Draft contested(Attribution a, Set<String> nouns) {
      CharSpan statement = a.content().span();
      int best = -1;
      for (String noun : nouns) {
        List<Integer> holding = byNoun.getOrDefault(noun, List.of());
        for (int k = lastBeginningBy(holding, statement.begin()); k >= 0; k--) {
          Draft d = drafts.get(holding.get(k));
          int begin = d.proposition().span().begin();
          if (best >= 0 && begin < drafts.get(best).proposition().span().begin()) {
            break;
          }
          if (d.proposition().span().end() <= statement.begin()
              && !d.hasSourceNamed(a.source().name())
              && (best < 0
                  || begin > drafts.get(best).proposition().span().begin()
                  || holding.get(k) < best)) {
            best = holding.get(k);
          }
        }
      }
      return best < 0 ? null : drafts.get(best);
    }

    /** The last position in {@code holding} whose draft begins at or before {@code offset}. */
    private int lastBeginningBy(List<Integer> holding, int offset) {
      int low = 0;
      int high = holding.size();
      while (low < high) {
        int mid = (low + high) >>> 1;
        if (drafts.get(holding.get(mid)).proposition().span().begin() <= offset) {
          low = mid + 1;
        } else {
          high = mid;
        }
      }
      return low - 1;
    }
  }

  private static Set<String> nouns(List<Token> tokens) {
    return tokens.stream()
        .filter(t -> t.pos().equals("NN") || t.pos().equals("NNS"))
        .map(t -> t.lemma().toLowerCase(Locale.ROOT))
        .collect(Collectors.toSet());
  }

  /**
   * Two sourced claims about the same event, one of them negated, dispute each other. Claims are
   * grouped by event type first, as only those of one type can contradict.
   */
  private static void contradictions(Facts facts, List<Draft> drafts) {
    Map<String, List<Draft>> plainByType = new HashMap<>();
    for (Draft b : drafts) {
      Event eb = facts.event(b.eventId());
      if (eb != null && !b.sources().isEmpty() && !eb.negated()) {
        plainByType.computeIfAbsent(eb.type(), type -> new ArrayList<>()).add(b);
      }
    }
    for (Draft a : drafts) {
      Event ea = facts.event(a.eventId());
      if (ea == null || a.sources().isEmpty() || !ea.negated()) {
        continue;
      }
      for (Draft b : plainByType.getOrDefault(ea.type(), List.of())) {
        Event eb = facts.event(b.eventId());
        if (a == b || !contradict(ea, eb) || b.hasSourceNamed(a.sources().get(0).name())) {
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
}
