package org.newsledger.claims;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsledger.core.CharSpan;
import org.newsledger.core.Excerpt;
import org.newsledger.core.Layers;
import org.newsledger.core.facts.Attribution;
import org.newsledger.core.facts.ClaimSource;
import org.newsledger.core.facts.ClaimStatus;
import org.newsledger.core.facts.Event;
import org.newsledger.core.facts.Source;
import org.newsledger.core.facts.StatusChange;
import org.newsledger.core.text.Pos;
import org.newsledger.core.text.Token;

/**
 * One claim per reported proposition: attributions with the same content share a claim. The source
 * reports it, or confirms or denies it when the cue verb says so ("denied that ..."); an outer
 * attribution relays it.
 */
final class ReportedClaims {

  static final String RULE = "claims:attribution-content";
  static final String REPORTED = "claims:reported-by-source";
  static final String STANCE = "claims:stance-cue";
  static final String RELAYED = "claims:relayed-by";

  private final ClaimLexicon lexicon;

  ReportedClaims(ClaimLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * The claims of the document's attributions, in the order of their contents. A quotation split
   * around its reporting clause ("A," she said. "B.") gives one claim per part: each part is a
   * proposition of its own, and the reporting clause between them is no part of either.
   */
  List<Draft> drafts(Facts facts) {
    Map<CharSpan, Draft> byContent = new LinkedHashMap<>();
    List<Attribution> attributions = facts.doc().get(Layers.ATTRIBUTIONS);
    for (Attribution a : attributions) {
      if (holdsItsRelayedReport(a, attributions)) {
        continue;
      }
      for (Excerpt part : a.contentParts()) {
        if (part.span().isEmpty() || !isClause(facts, part.span())) {
          continue;
        }
        Draft draft = byContent.computeIfAbsent(part.span(), span -> newDraft(facts, a, part));
        record(facts, draft, a);
      }
    }
    return List.copyOf(byContent.values());
  }

  /**
   * True when {@code a}'s content holds the reporting clause of an attribution reported through it
   * ("According to the Tribune, a deal is expected, sources close to the talks reported"; "media
   * reported that officials said ..."): what it reports is the inner proposition, which the inner
   * claim already records as relayed by {@code a}, so the outer content is no claim of its own.
   */
  private static boolean holdsItsRelayedReport(Attribution a, List<Attribution> attributions) {
    return attributions.stream()
        .anyMatch(
            inner -> a.id().equals(inner.via()) && a.content().span().contains(inner.cue().span()));
  }

  /**
   * True when the content has a verb or names an event ("reported on the suspension of
   * deliveries"): "citing the fuel shortage" gives a reason, not a proposition a reader could
   * accept or reject.
   */
  static boolean isClause(Facts facts, CharSpan content) {
    return hasVerb(facts, content)
        || facts.events().stream().anyMatch(e -> content.contains(e.trigger().span()));
  }

  /** True when a verb or a modal stands in {@code span}. */
  static boolean hasVerb(Facts facts, CharSpan span) {
    return facts.tokensIn(span).stream().anyMatch(Pos::isVerbOrModal);
  }

  private static Draft newDraft(Facts facts, Attribution a, Excerpt part) {
    List<Event> inside =
        facts.eventsOf(a.id()).stream()
            .filter(e -> part.span().contains(e.trigger().span()))
            .toList();
    Event main = facts.mainEvent(inside);
    return new Draft(part, main == null ? null : main.id(), RULE);
  }

  private void record(Facts facts, Draft draft, Attribution a) {
    Source source = a.source();
    ClaimStatus stance = stance(facts, a);
    // who reports or confirms it, and an outlet relaying that, are its sources; a denial is not
    boolean vouched = stance == ClaimStatus.REPORTED || stance == ClaimStatus.CONFIRMED;
    if (vouched) {
      draft.addSource(new ClaimSource(source.entityId(), source.name(), source.type(), a.id()));
    }
    String rule = stance == ClaimStatus.REPORTED ? REPORTED : STANCE;
    draft.record(new StatusChange(stance, source.name(), source.entityId(), a.cue(), rule));
    Attribution relay = facts.attribution(a.via());
    if (relay != null) {
      Source by = relay.source();
      if (vouched) {
        draft.addSource(new ClaimSource(by.entityId(), by.name(), by.type(), relay.id()));
      }
      draft.record(
          new StatusChange(ClaimStatus.REPORTED, by.name(), by.entityId(), relay.cue(), RELAYED));
    }
  }

  private ClaimStatus stance(Facts facts, Attribution a) {
    for (Token token : facts.tokensIn(a.cue().span())) {
      ClaimStatus status = lexicon.stanceCues().get(token.lemma().toLowerCase(Locale.ROOT));
      if (status != null) {
        return status;
      }
    }
    return ClaimStatus.REPORTED;
  }
}
