package org.newsledger.claims;

import java.util.Comparator;
import java.util.List;
import org.newsledger.core.CharSpan;
import org.newsledger.core.Layers;
import org.newsledger.core.facts.ClaimStatus;
import org.newsledger.core.facts.EpistemicAct;
import org.newsledger.core.facts.EpistemicKind;
import org.newsledger.core.facts.Event;
import org.newsledger.core.facts.StatusChange;

/**
 * Gives each epistemic act ("did not confirm", "declined to comment") to the claim it concerns, by
 * a cascade of named rules; the first that finds a claim wins.
 */
final class EpistemicLinks {

  static final String TARGET = "claims:epistemic-target";
  static final String SAME_EVENT = "claims:epistemic-same-event";
  static final String INSIDE = "claims:epistemic-inside-claim";
  static final String FOLLOWS = "claims:epistemic-follows-claim";
  static final String OWN = "claims:epistemic-own-claim";

  private EpistemicLinks() {}

  /** Records every act in {@code drafts}, adding a claim when no rule finds one. */
  static void link(Facts facts, List<Draft> drafts) {
    for (EpistemicAct act : facts.doc().get(Layers.EPISTEMIC)) {
      Linked linked = find(facts, drafts, act);
      if (linked == null) {
        if (!proposes(facts, act)) {
          continue;
        }
        CharSpan span = act.target().span();
        Event main = facts.mainEvent(eventsIn(facts, span));
        Draft own = new Draft(facts.excerpt(span), main == null ? null : main.id(), OWN);
        drafts.add(own);
        linked = new Linked(own, OWN);
      }
      linked
          .draft()
          .record(
              new StatusChange(
                  status(act),
                  act.actor().name(),
                  act.actor().entityId(),
                  act.cue(),
                  linked.rule()));
    }
  }

  private record Linked(Draft draft, String rule) {}

  /**
   * True when the act's target can stand as a claim of its own: a clause, or for an act that weighs
   * the truth of what it concerns ("did not confirm reports of a deployment") a clause or an event
   * it names. A refusal to comment weighs nothing, so only a clause makes it a claim ("declined to
   * comment on whether the army would be deployed"), never a topic ("on the talks"); an act with no
   * target gives no claim of its own, as its words alone are a bare cue.
   */
  private static boolean proposes(Facts facts, EpistemicAct act) {
    if (act.target() == null) {
      return false;
    }
    CharSpan span = act.target().span();
    return act.act() == EpistemicKind.DECLINED_TO_COMMENT
        ? ReportedClaims.hasVerb(facts, span)
        : ReportedClaims.isClause(facts, span);
  }

  private static Linked find(Facts facts, List<Draft> drafts, EpistemicAct act) {
    if (act.target() != null) {
      Draft byTarget =
          innermost(
              drafts.stream()
                  .filter(d -> d.proposition().span().overlaps(act.target().span()))
                  .toList());
      if (byTarget != null) {
        return new Linked(byTarget, TARGET);
      }
      Draft bySameEvent = sameEvent(facts, drafts, eventsIn(facts, act.target().span()));
      return bySameEvent == null ? null : new Linked(bySameEvent, SAME_EVENT);
    }
    Draft holding =
        innermost(
            drafts.stream().filter(d -> d.proposition().span().contains(act.span())).toList());
    if (holding != null) {
      return new Linked(holding, INSIDE);
    }
    Draft before = preceding(facts, drafts, act.span());
    return before == null ? null : new Linked(before, FOLLOWS);
  }

  private static Draft innermost(List<Draft> drafts) {
    return drafts.stream()
        .min(Comparator.comparingInt(d -> d.proposition().span().length()))
        .orElse(null);
  }

  /** A claim about an event of the same type, mode and target as one in the act's target. */
  private static Draft sameEvent(Facts facts, List<Draft> drafts, List<Event> targets) {
    for (Event target : targets) {
      for (Draft draft : drafts) {
        Event event = facts.event(draft.eventId());
        if (event != null && Events.corefer(event, target)) {
          return draft;
        }
      }
    }
    return null;
  }

  /**
   * The claim ending last before {@code span} (the first of those ending together), when it lies in
   * the same or the previous sentence; a claim ending earlier lies no nearer.
   */
  private static Draft preceding(Facts facts, List<Draft> drafts, CharSpan span) {
    Draft last =
        drafts.stream()
            .filter(d -> d.proposition().span().end() <= span.begin())
            .max(Comparator.comparingInt(d -> d.proposition().span().end()))
            .orElse(null);
    int sentence = facts.sentenceAt(span.begin());
    return last != null && sentence - facts.sentenceAt(last.proposition().span().end() - 1) <= 1
        ? last
        : null;
  }

  private static List<Event> eventsIn(Facts facts, CharSpan span) {
    return facts.eventsIn(span);
  }

  private static ClaimStatus status(EpistemicAct act) {
    return ClaimStatus.valueOf(act.act().name());
  }
}
